package org.sachet.content.safeguarding;

import java.util.Objects;

/**
 * One piece of personal data found in scanned text.
 *
 * @param kind    what was found
 * @param text    the matched text exactly as it appears in the input
 * @param start   index of the first matched char in the scanned text
 * @param end     index one past the last matched char ({@code text.length() == end - start})
 * @param context a snippet of roughly {@value #CONTEXT_CHARS} chars either side of the match,
 *                whitespace collapsed, with "…" where it was cut, so a reviewer can judge it
 */
public record Finding(FindingKind kind, String text, int start, int end, String context) {

    /** How many chars of surrounding text each side of a match go into {@link #context()}. */
    public static final int CONTEXT_CHARS = 40;

    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(context, "context");
        if (start < 0 || end < start || text.length() != end - start) {
            throw new IllegalArgumentException("offsets " + start + ".." + end + " do not fit text");
        }
    }

    /** Builds a finding for {@code source[start, end)}, cutting the context snippet from the source. */
    static Finding of(FindingKind kind, String source, int start, int end) {
        return new Finding(kind, source.substring(start, end), start, end, contextOf(source, start, end));
    }

    static String contextOf(String source, int start, int end) {
        int from = Math.max(0, start - CONTEXT_CHARS);
        int to = Math.min(source.length(), end + CONTEXT_CHARS);
        // Never cut a surrogate pair in half; the snippet must stay valid text.
        if (from > 0 && Character.isLowSurrogate(source.charAt(from))) {
            from--;
        }
        if (to < source.length() && Character.isLowSurrogate(source.charAt(to))) {
            to++;
        }
        // nor start on a vowel sign or virama: a Devanagari syllable cut in two reads as garbage
        while (from > 0 && isMark(source.charAt(from))) {
            from--;
        }
        while (to < source.length() && isMark(source.charAt(to))) {
            to++;
        }
        String body = collapseWhitespace(source, from, to);
        if (from == 0) {
            body = body.stripLeading();
        }
        if (to == source.length()) {
            body = body.stripTrailing();
        }
        return (from > 0 ? "…" : "") + body + (to < source.length() ? "…" : "");
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    // Hand-rolled: a regex replaceAll per finding dominated scans of large documents.
    private static String collapseWhitespace(String s, int from, int to) {
        StringBuilder b = new StringBuilder(to - from);
        boolean inSpace = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                if (!inSpace) {
                    b.append(' ');
                }
                inSpace = true;
            } else {
                b.append(c);
                inSpace = false;
            }
        }
        return b.toString();
    }
}
