package org.sachet.radio;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.sachet.content.script.CueKind;

/**
 * One cue of a script version, in order: a character's line (the character, and their name as the series had it
 * when the version was saved, so an approved version reads the same after a renaming), the narrator's, a sound
 * effect or music.
 */
@Embeddable
public class ScriptCue {

    @Column(name = "SCENE_NUMBER", nullable = false)
    private int sceneNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false)
    private CueKind kind;

    @Column(name = "CHARACTER_ID")
    private Long characterId;

    @Column(name = "SPEAKER")
    private String speaker;

    @Column(name = "DIRECTION")
    private String direction;

    @Column(name = "WORDS", nullable = false)
    private String words;

    protected ScriptCue() {
    }

    ScriptCue(int sceneNumber, CueKind kind, DramaCharacter character, String direction, String words) {
        this.sceneNumber = sceneNumber;
        this.kind = kind;
        this.characterId = character == null ? null : character.getId();
        this.speaker = character == null ? null : character.getName();
        this.direction = direction;
        this.words = words;
    }

    /** The scene's number in the version, from 1. */
    public int getSceneNumber() {
        return sceneNumber;
    }

    public CueKind getKind() {
        return kind;
    }

    public Long getCharacterId() {
        return characterId;
    }

    public String getSpeaker() {
        return speaker;
    }

    public String getDirection() {
        return direction;
    }

    public String getWords() {
        return words;
    }
}
