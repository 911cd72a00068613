package org.sachet.content.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a radio script written as plain text (typed, or what Tika took out of a DOCX or ODT), in English or Nepali:
 * <ul>
 * <li>a scene heading: {@code SCENE 2: The tea shop, morning} or {@code दृश्य २: चिया पसल, बिहान};</li>
 * <li>a cue: {@code NAME: words} — a character's line ({@code RAM: (angrily) Where were you?}, the bracket at its
 * start a direction), or {@code NARRATOR:}/{@code वाचक:}, {@code SFX:}/{@code ध्वनि:}, {@code MUSIC:}/{@code सङ्गीत:};</li>
 * <li>a line right after a cue, with no name, continues that cue; a blank line ends it.</li>
 * </ul>
 * Anything else is kept as an unread line with its number. A name is at most 40 characters without digits or
 * sentence punctuation, so "Note: call at 5" is read as a cue of "Note" only where it looks like a name.
 */
public final class ScriptText {

    private static final Pattern HEADING = Pattern.compile(
            "^(?:SCENE|Scene|scene|दृश्य)\\s*(?:[0-9०-९]+\\s*[:.\\-–]?|[:.\\-–])\\s*(.*)$");
    private static final Pattern CUE = Pattern.compile("^([\\p{L}\\p{M}][\\p{L}\\p{M} .'’-]{0,39}?)\\s*:\\s*(.*)$");
    private static final Pattern DIRECTION = Pattern.compile("^\\(([^)]{1,200})\\)\\s*(.*)$");

    private static final Set<String> NARRATOR = Set.of("NARRATOR", "वाचक", "उद्घोषक");
    private static final Set<String> SOUND = Set.of("SFX", "SOUND", "ध्वनि");
    private static final Set<String> MUSIC = Set.of("MUSIC", "सङ्गीत", "संगीत");

    private ScriptText() {
    }

    public static ParsedScript read(String text) {
        List<ParsedScript.Scene> scenes = new ArrayList<>();
        List<ParsedScript.UnreadLine> unread = new ArrayList<>();
        String heading = "";
        List<ParsedScript.Cue> cues = new ArrayList<>();
        ParsedScript.Cue open = null;
        String[] lines = text == null ? new String[0] : text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty()) {
                open = close(open, cues);
                continue;
            }
            Matcher scene = HEADING.matcher(line);
            if (scene.matches()) {
                open = close(open, cues);
                if (!cues.isEmpty() || !heading.isEmpty()) {
                    scenes.add(new ParsedScript.Scene(heading, cues));
                }
                heading = scene.group(1).strip();
                cues = new ArrayList<>();
                continue;
            }
            Matcher cue = CUE.matcher(line);
            if (cue.matches()) {
                open = close(open, cues);
                open = cue(cue.group(1).strip(), cue.group(2).strip(), number);
                continue;
            }
            if (open != null) {
                open = new ParsedScript.Cue(open.kind(), open.speaker(), open.direction(),
                        (open.text() + " " + line).strip(), open.lineNumber());
            } else {
                unread.add(new ParsedScript.UnreadLine(number, line));
            }
        }
        close(open, cues);
        if (!cues.isEmpty() || !heading.isEmpty()) {
            scenes.add(new ParsedScript.Scene(heading, cues));
        }
        return new ParsedScript(scenes, unread);
    }

    /**
     * The script written out the way {@link #read} reads it, one line per scene heading and per cue, a blank line
     * between scenes: what the editor shows, what versions are compared by and what a version's fingerprint is of.
     * Reading the lines back gives the same script.
     *
     * @param nepali whether headings and the narrator's, sound and music cues are named in Nepali (with Nepali
     *               digits) rather than in English
     */
    public static List<String> lines(ParsedScript script, boolean nepali) {
        return layout(script, nepali).stream().map(ScriptLine::text).toList();
    }

    /**
     * The lines of {@link #lines} with their numbers (from 1) and what each shows: a scene's heading, a cue, or
     * the blank line between scenes. Printed and shown scripts number their lines this way.
     */
    public static List<ScriptLine> layout(ParsedScript script, boolean nepali) {
        List<ScriptLine> lines = new ArrayList<>();
        int sceneNumber = 0;
        for (ParsedScript.Scene scene : script.scenes()) {
            if (!lines.isEmpty()) {
                lines.add(new ScriptLine(lines.size() + 1, 0, null, null, ""));
            }
            sceneNumber++;
            if (!scene.heading().isEmpty() || sceneNumber > 1) {
                String name = nepali ? "दृश्य " + devanagari(sceneNumber) : "SCENE " + sceneNumber;
                lines.add(new ScriptLine(lines.size() + 1, sceneNumber, scene, null, name + ": " + scene.heading()));
            }
            for (ParsedScript.Cue cue : scene.cues()) {
                lines.add(new ScriptLine(lines.size() + 1, sceneNumber, null, cue, line(cue, nepali)));
            }
        }
        return lines;
    }

    /** The lines of {@link #lines} joined with new lines, ending with one. */
    public static String write(ParsedScript script, boolean nepali) {
        List<String> lines = lines(script, nepali);
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    }

    /** One cue as one line: {@code NAME: (direction) words}, {@code NARRATOR: words}, {@code SFX: ...}. */
    public static String line(ParsedScript.Cue cue, boolean nepali) {
        String name = switch (cue.kind()) {
            case LINE -> cue.speaker();
            case NARRATOR -> nepali ? "वाचक" : "NARRATOR";
            case SOUND_EFFECT -> nepali ? "ध्वनि" : "SFX";
            case MUSIC -> nepali ? "सङ्गीत" : "MUSIC";
        };
        String direction = cue.direction() == null || cue.direction().isEmpty() ? "" : "(" + cue.direction() + ")";
        String words = (direction + " " + cue.text()).strip();
        return words.isEmpty() ? name + ":" : name + ": " + words;
    }

    /**
     * Whether a name can start a character's line, so that a script naming it is read back: letters, marks,
     * spaces and . ' - only, at most 40 characters, and not the narrator's, sound or music name.
     */
    public static boolean isCueName(String name) {
        if (name == null || name.isBlank()) {
            return false;
        }
        Matcher cue = CUE.matcher(name.strip() + ": x");
        if (!cue.matches() || !cue.group(1).strip().equals(name.strip())) {
            return false;
        }
        String upper = name.strip().toUpperCase(Locale.ROOT);
        return !NARRATOR.contains(upper) && !SOUND.contains(upper) && !MUSIC.contains(upper)
                && !HEADING.matcher(name.strip() + " 1:").matches();
    }

    static String devanagari(int number) {
        StringBuilder digits = new StringBuilder(Integer.toString(number));
        for (int i = 0; i < digits.length(); i++) {
            digits.setCharAt(i, (char) ('०' + digits.charAt(i) - '0'));
        }
        return digits.toString();
    }

    private static ParsedScript.Cue close(ParsedScript.Cue open, List<ParsedScript.Cue> cues) {
        if (open != null) {
            cues.add(open);
        }
        return null;
    }

    private static ParsedScript.Cue cue(String name, String words, int number) {
        String upper = name.toUpperCase(Locale.ROOT);
        if (NARRATOR.contains(upper)) {
            return new ParsedScript.Cue(CueKind.NARRATOR, null, null, words, number);
        }
        if (SOUND.contains(upper)) {
            return new ParsedScript.Cue(CueKind.SOUND_EFFECT, null, null, words, number);
        }
        if (MUSIC.contains(upper)) {
            return new ParsedScript.Cue(CueKind.MUSIC, null, null, words, number);
        }
        Matcher direction = DIRECTION.matcher(words);
        if (direction.matches()) {
            return new ParsedScript.Cue(CueKind.LINE, name, direction.group(1).strip(), direction.group(2).strip(),
                    number);
        }
        return new ParsedScript.Cue(CueKind.LINE, name, null, words, number);
    }
}
