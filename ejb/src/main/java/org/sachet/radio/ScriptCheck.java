package org.sachet.radio;

import org.sachet.content.script.CueKind;
import org.sachet.content.script.ParsedScript;
import org.sachet.content.script.ScriptText;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A script's text read against its series: scenes with headings, each line spoken by one of the series'
 * characters, nothing left unread, within the sizes a script is stored with. What is wrong is listed line by
 * line; a text without problems becomes the scenes and cues of a version.
 */
public final class ScriptCheck {

    static final int MAX_CHARACTERS = 400_000;
    static final int MAX_CUES = 3_000;
    static final int MAX_CUE_WORDS = 4_000;
    static final int MAX_HEADING = 300;
    static final int MAX_PROBLEMS_LISTED = 50;

    private final ParsedScript parsed;
    private final boolean nepali;
    private final List<ScriptProblem> problems = new ArrayList<>();
    private final List<ScriptScene> scenes = new ArrayList<>();
    private final List<ScriptCue> cues = new ArrayList<>();

    private ScriptCheck(String text, RadioSeries series) {
        this.nepali = series.scriptsInNepali();
        String typed = text == null ? "" : text;
        if (typed.length() > MAX_CHARACTERS) {
            this.parsed = ScriptText.read("");
            problems.add(ScriptProblem.of(0, "radio.script.tooLong", MAX_CHARACTERS));
            return;
        }
        this.parsed = ScriptText.read(Normalizer.normalize(typed, Normalizer.Form.NFC));
        Map<String, DramaCharacter> byName = new HashMap<>();
        series.getCharacters().forEach(c -> byName.put(key(c.getName()), c));
        parsed.unread().forEach(line -> problems.add(ScriptProblem.of(line.lineNumber(), "radio.script.unread",
                abbreviated(line.text()))));
        int sceneNumber = 0;
        for (ParsedScript.Scene scene : parsed.scenes()) {
            sceneNumber++;
            if (scene.heading().isEmpty()) {
                int line = scene.cues().isEmpty() ? 0 : scene.cues().get(0).lineNumber();
                problems.add(ScriptProblem.of(line, sceneNumber == 1 ? "radio.script.noFirstHeading"
                        : "radio.script.noHeading", sceneNumber));
            } else if (scene.heading().length() > MAX_HEADING) {
                problems.add(ScriptProblem.of(0, "radio.script.headingTooLong", sceneNumber, MAX_HEADING));
            }
            scenes.add(new ScriptScene(scene.heading()));
            for (ParsedScript.Cue cue : scene.cues()) {
                DramaCharacter character = null;
                if (cue.kind() == CueKind.LINE) {
                    character = byName.get(key(cue.speaker()));
                    if (character == null) {
                        problems.add(ScriptProblem.of(cue.lineNumber(), "radio.script.unknownCharacter",
                                cue.speaker(), names(series)));
                    }
                }
                if (cue.text().isEmpty() && cue.direction() == null) {
                    problems.add(ScriptProblem.of(cue.lineNumber(), "radio.script.emptyCue"));
                } else if (cue.text().length() > MAX_CUE_WORDS) {
                    problems.add(ScriptProblem.of(cue.lineNumber(), "radio.script.cueTooLong", MAX_CUE_WORDS));
                }
                cues.add(new ScriptCue(sceneNumber, cue.kind(), character, cue.direction(), cue.text()));
            }
        }
        if (parsed.cueCount() == 0) {
            problems.add(ScriptProblem.of(0, "radio.script.noLines"));
        } else if (parsed.cueCount() > MAX_CUES) {
            problems.add(ScriptProblem.of(0, "radio.script.tooManyCues", parsed.cueCount(), MAX_CUES));
        }
    }

    /** Reads a text written for an episode of the series. */
    public static ScriptCheck of(String text, RadioSeries series) {
        return new ScriptCheck(text, series);
    }

    /** Refuses the text, with every problem found, unless there is none. */
    void requireNoProblems() {
        if (!problems.isEmpty()) {
            throw new ScriptRefused(problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS_LISTED)));
        }
    }

    public List<ScriptProblem> problems() {
        return List.copyOf(problems);
    }

    public ParsedScript parsed() {
        return parsed;
    }

    /** The text written out as the script is stored, in the series' language: what versions are compared by. */
    public String canonicalText() {
        return ScriptText.write(ScriptVersion.asParsed(scenes, cues), nepali);
    }

    /** Whether headings and the narrator's, sound and music cues are written in Nepali. */
    boolean nepali() {
        return nepali;
    }

    List<ScriptScene> scenes() {
        return scenes;
    }

    List<ScriptCue> cues() {
        return cues;
    }

    /** A name as a cue may write it: any case, spaces run together. */
    private static String key(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String names(RadioSeries series) {
        return series.getCharacters().isEmpty() ? "—"
                : series.getCharacters().stream().map(DramaCharacter::getName).collect(Collectors.joining(", "));
    }

    private static String abbreviated(String line) {
        return line.length() <= 80 ? line : line.substring(0, 79) + "…";
    }
}
