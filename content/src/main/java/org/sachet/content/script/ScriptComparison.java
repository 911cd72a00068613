package org.sachet.content.script;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two versions of a script side by side, line against line (java-diff-utils finds what changed), with the words
 * that differ marked within a changed line. Long runs of unchanged lines can be folded to a count, so a phone on a
 * slow link receives the changes with a little context rather than the whole script twice.
 */
public final class ScriptComparison {

    /** What happened to a line: kept, changed, only in the older version, only in the newer. */
    public enum Change {
        SAME, CHANGED, REMOVED, ADDED, FOLDED
    }

    /** A piece of a line, marked when it is what differs. */
    public record Piece(String text, boolean marked) {
    }

    /**
     * One row: the older line (number from 1, or 0 when there is none) against the newer one. A FOLDED row stands
     * for {@code folded} unchanged lines and has no text.
     */
    public record Row(Change change, int olderNumber, List<Piece> older, int newerNumber, List<Piece> newer,
                      int folded) {
        public Row {
            older = List.copyOf(older);
            newer = List.copyOf(newer);
        }
    }

    private static final Pattern WORD = Pattern.compile("\\s+|[^\\s]+");

    private final List<Row> rows;
    private final int changes;

    private ScriptComparison(List<Row> rows, int changes) {
        this.rows = List.copyOf(rows);
        this.changes = changes;
    }

    /**
     * @param context unchanged lines kept on each side of a change; a negative number keeps every line
     */
    public static ScriptComparison of(List<String> older, List<String> newer, int context) {
        List<Row> rows = new ArrayList<>();
        int o = 0;
        int n = 0;
        int changes = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(older, newer).getDeltas()) {
            int olderStart = delta.getSource().getPosition();
            while (o < olderStart) {
                rows.add(same(older.get(o), ++o, ++n));
            }
            List<String> removed = delta.getSource().getLines();
            List<String> added = delta.getTarget().getLines();
            int paired = delta.getType() == DeltaType.CHANGE ? Math.min(removed.size(), added.size()) : 0;
            for (int i = 0; i < paired; i++) {
                rows.add(changed(removed.get(i), ++o, added.get(i), ++n));
            }
            for (int i = paired; i < removed.size(); i++) {
                rows.add(new Row(Change.REMOVED, ++o, List.of(new Piece(removed.get(i), true)), 0, List.of(), 0));
            }
            for (int i = paired; i < added.size(); i++) {
                rows.add(new Row(Change.ADDED, 0, List.of(), ++n, List.of(new Piece(added.get(i), true)), 0));
            }
            changes++;
        }
        while (o < older.size()) {
            rows.add(same(older.get(o), ++o, ++n));
        }
        return new ScriptComparison(context < 0 ? rows : fold(rows, context), changes);
    }

    public List<Row> rows() {
        return rows;
    }

    /** How many places differ (a run of changed lines is one). */
    public int changes() {
        return changes;
    }

    private static Row same(String line, int olderNumber, int newerNumber) {
        List<Piece> pieces = List.of(new Piece(line, false));
        return new Row(Change.SAME, olderNumber, pieces, newerNumber, pieces, 0);
    }

    /** A changed line with the words that differ marked on each side. */
    private static Row changed(String olderLine, int olderNumber, String newerLine, int newerNumber) {
        List<String> olderWords = words(olderLine);
        List<String> newerWords = words(newerLine);
        boolean[] olderMarks = new boolean[olderWords.size()];
        boolean[] newerMarks = new boolean[newerWords.size()];
        for (AbstractDelta<String> delta : DiffUtils.diff(olderWords, newerWords).getDeltas()) {
            mark(olderMarks, delta.getSource().getPosition(), delta.getSource().size());
            mark(newerMarks, delta.getTarget().getPosition(), delta.getTarget().size());
        }
        return new Row(Change.CHANGED, olderNumber, pieces(olderWords, olderMarks), newerNumber,
                pieces(newerWords, newerMarks), 0);
    }

    /** Words and the spaces between them, so that the pieces put together give the line back. */
    private static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(line);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    private static void mark(boolean[] marks, int from, int count) {
        for (int i = from; i < from + count; i++) {
            marks[i] = true;
        }
    }

    /** Neighbouring words with the same mark joined into one piece; a marked space between marked words too. */
    private static List<Piece> pieces(List<String> words, boolean[] marks) {
        List<Piece> pieces = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        boolean runMarked = false;
        for (int i = 0; i < words.size(); i++) {
            boolean marked = marks[i] || words.get(i).isBlank() && i > 0 && i + 1 < words.size() && marks[i - 1]
                    && marks[i + 1];
            if (run.length() > 0 && marked != runMarked) {
                pieces.add(new Piece(run.toString(), runMarked));
                run.setLength(0);
            }
            run.append(words.get(i));
            runMarked = marked;
        }
        if (run.length() > 0) {
            pieces.add(new Piece(run.toString(), runMarked));
        }
        return pieces;
    }

    /** Runs of unchanged lines longer than twice the context become one FOLDED row between their ends. */
    private static List<Row> fold(List<Row> rows, int context) {
        List<Row> folded = new ArrayList<>();
        int i = 0;
        while (i < rows.size()) {
            if (rows.get(i).change() != Change.SAME) {
                folded.add(rows.get(i++));
                continue;
            }
            int end = i;
            while (end < rows.size() && rows.get(end).change() == Change.SAME) {
                end++;
            }
            int keepBefore = i == 0 ? 0 : context;
            int keepAfter = end == rows.size() ? 0 : context;
            if (end - i > keepBefore + keepAfter + 1) {
                folded.addAll(rows.subList(i, i + keepBefore));
                int hidden = end - i - keepBefore - keepAfter;
                Row first = rows.get(i + keepBefore);
                folded.add(new Row(Change.FOLDED, first.olderNumber(), List.of(), first.newerNumber(), List.of(),
                        hidden));
                folded.addAll(rows.subList(end - keepAfter, end));
            } else {
                folded.addAll(rows.subList(i, end));
            }
            i = end;
        }
        return folded;
    }
}
