package org.sachet.content.script;

/** What a script's cue is: a character's line, the narrator's, a sound effect or music. */
public enum CueKind {
    LINE, NARRATOR, SOUND_EFFECT, MUSIC
}
