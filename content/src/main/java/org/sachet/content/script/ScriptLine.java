package org.sachet.content.script;

/**
 * One numbered line of a written-out script: a scene's heading ({@code scene} set), a cue ({@code cue} set) or the
 * blank line between scenes (neither). {@code sceneNumber} counts scenes from 1; 0 for a blank line.
 */
public record ScriptLine(int number, int sceneNumber, ParsedScript.Scene scene, ParsedScript.Cue cue, String text) {

    public boolean isHeading() {
        return scene != null;
    }

    public boolean isCue() {
        return cue != null;
    }
}
