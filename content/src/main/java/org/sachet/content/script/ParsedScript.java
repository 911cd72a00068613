package org.sachet.content.script;

import java.util.List;

/**
 * A script as read from text: its scenes in order, and the lines that could not be read, with their numbers, so
 * that an import shows them instead of dropping them.
 */
public record ParsedScript(List<Scene> scenes, List<UnreadLine> unread) {

    public ParsedScript {
        scenes = List.copyOf(scenes);
        unread = List.copyOf(unread);
    }

    /** A scene: its heading (place and time, as written; empty before the first heading) and its cues. */
    public record Scene(String heading, List<Cue> cues) {
        public Scene {
            cues = List.copyOf(cues);
        }
    }

    /**
     * One cue. {@code speaker} is the character's name as written, for a line; {@code direction} what stood in
     * brackets at its start ("(angrily)"), or null.
     */
    public record Cue(CueKind kind, String speaker, String direction, String text, int lineNumber) {
    }

    /** A line of the text that is not a heading, a cue or the continuation of one. */
    public record UnreadLine(int lineNumber, String text) {
    }

    /** The words spoken (characters' lines and the narrator's; not sound or music): what a reading's length follows. */
    public int spokenWords() {
        return scenes.stream().flatMap(s -> s.cues().stream())
                .filter(c -> c.kind() == CueKind.LINE || c.kind() == CueKind.NARRATOR)
                .mapToInt(c -> c.text().isBlank() ? 0 : c.text().strip().split("\\s+").length).sum();
    }

    /**
     * The minutes the spoken words take at a reading pace (words per minute, which differs by language and
     * producer), rounded up to the half minute.
     */
    public double spokenMinutes(int wordsPerMinute) {
        return minutes(spokenWords(), wordsPerMinute);
    }

    /** The minutes a number of words takes at a reading pace, rounded up to the half minute. */
    public static double minutes(int words, int wordsPerMinute) {
        if (wordsPerMinute < 1) {
            throw new IllegalArgumentException("words per minute: " + wordsPerMinute);
        }
        return Math.ceil(words * 2.0 / wordsPerMinute) / 2.0;
    }

    /** How many cues there are in all. */
    public int cueCount() {
        return scenes.stream().mapToInt(s -> s.cues().size()).sum();
    }
}
