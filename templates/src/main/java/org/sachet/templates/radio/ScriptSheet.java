package org.sachet.templates.radio;

import org.sachet.templates.pdf.PrintDocument;
import org.sachet.templates.text.NepaliDigits;

import java.text.MessageFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A radio script to print: the whole script with its line numbers, scene headings, who speaks and the
 * directions; or an actor's sides: one character's lines, each with the cue line before it, numbered as in the
 * whole script. Printed on the day the version was saved, so the same version always prints to the same bytes and
 * a printed copy is recognised by its fingerprint.
 */
public final class ScriptSheet {

    private static final List<Float> WIDTHS = List.of(7f, 20f, 73f);

    /** What a line shows. */
    public enum Kind { HEADING, LINE, NARRATOR, SOUND_EFFECT, MUSIC }

    /**
     * One numbered line of the script: a scene heading ({@code who} its scene number, {@code words} the place and
     * time) or a cue ({@code who} the character for a line, {@code direction} what stands in brackets, or null).
     */
    public record Line(int number, Kind kind, String who, String direction, String words) {
    }

    /**
     * @param fingerprint the version's SHA-256, of which the first twelve characters are printed
     * @param approvedBy  who approved the version, or null when it is not the approved one
     */
    public record Script(String series, int episode, String episodeTitle, int version, String fingerprint,
                         String approvedBy, List<Line> lines) {
        public Script {
            lines = List.copyOf(lines);
        }
    }

    private ScriptSheet() {
    }

    /** The whole script, in "ne" or "en" (headings, labels and digits; the script's own words as written). */
    public static PrintDocument full(Script script, String language, Instant saved) {
        ResourceBundle labels = labels(language);
        PrintDocument.Builder document = header(script, labels, language, saved,
                labels.getString("script.full"));
        List<List<String>> rows = new ArrayList<>();
        List<Boolean> emphasised = new ArrayList<>();
        for (Line line : script.lines()) {
            rows.add(row(line, labels, language));
            emphasised.add(line.kind() == Kind.HEADING);
        }
        return document.columns(rows, emphasised, WIDTHS).build();
    }

    /**
     * One character's lines, each after the line that cues it (the cue line before, when it is not theirs too);
     * a gap in the numbers shows where the script goes on without them.
     */
    public static PrintDocument sides(Script script, String character, String language, Instant saved) {
        ResourceBundle labels = labels(language);
        PrintDocument.Builder document = header(script, labels, language, saved,
                MessageFormat.format(labels.getString("script.sides"), character));
        List<List<String>> rows = new ArrayList<>();
        List<Boolean> emphasised = new ArrayList<>();
        List<Line> lines = script.lines();
        int lastPrinted = -1;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.kind() != Kind.LINE || !character.equals(line.who())) {
                continue;
            }
            int from = i > 0 && i - 1 > lastPrinted ? i - 1 : i;
            if (lastPrinted >= 0 && from > lastPrinted + 1) {
                rows.add(List.of("", "", "…"));
                emphasised.add(false);
            }
            for (int j = from; j <= i; j++) {
                rows.add(row(lines.get(j), labels, language));
                emphasised.add(lines.get(j).kind() == Kind.HEADING);
            }
            lastPrinted = i;
        }
        if (rows.isEmpty()) {
            return document.paragraph(MessageFormat.format(labels.getString("script.noLines"), character)).build();
        }
        return document.columns(rows, emphasised, WIDTHS).build();
    }

    private static PrintDocument.Builder header(Script script, ResourceBundle labels, String language, Instant saved,
                                                String what) {
        String title = digits(MessageFormat.format(labels.getString("script.title"), String.valueOf(script.episode()),
                script.episodeTitle()), language);
        String version = MessageFormat.format(labels.getString("script.version"),
                digits(String.valueOf(script.version()), language), script.fingerprint().substring(0, 12));
        PrintDocument.Builder document = PrintDocument.builder(title, labels.getString("script.author"), saved)
                .paragraph(script.series() + " · " + what)
                .paragraph(version + " · " + (script.approvedBy() == null ? labels.getString("script.notApproved")
                        : MessageFormat.format(labels.getString("script.approvedBy"), script.approvedBy())));
        return document;
    }

    private static List<String> row(Line line, ResourceBundle labels, String language) {
        String number = digits(String.valueOf(line.number()), language);
        return switch (line.kind()) {
            case HEADING -> List.of(number, digits(MessageFormat.format(labels.getString("script.scene"), line.who()),
                    language), line.words());
            case LINE -> List.of(number, line.who(), (line.direction() == null ? "" : "(" + line.direction() + ") ")
                    + line.words());
            case NARRATOR, SOUND_EFFECT, MUSIC -> List.of(number, labels.getString("cue." + line.kind()),
                    line.words());
        };
    }

    private static String digits(String text, String language) {
        return language.equals("ne") ? NepaliDigits.toDevanagari(text) : text;
    }

    static ResourceBundle labels(String language) {
        return ResourceBundle.getBundle("org.sachet.templates.radio.labels", Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
