package org.sachet.content.safeguarding;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a regex only at positions where a match could start, instead of {@code find()} trying
 * every char; this keeps a 1 MB scan with several patterns well under a second.
 * Bounds are transparent so the patterns' lookbehinds still see the surrounding text.
 */
final class CandidateMatcher {

    private CandidateMatcher() {
    }

    /** Returns {start, end} of {@code group} for each non-overlapping match beginning at a candidate. */
    static List<int[]> spans(Pattern pattern, int group, String s, IntPredicate candidateStart) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = pattern.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
        int n = s.length();
        for (int i = 0; i < n; i++) {
            if (candidateStart.test(i) && m.region(i, n).lookingAt()) {
                spans.add(new int[] {m.start(group), m.end(group)});
                i = Math.max(i, m.end() - 1);
            }
        }
        return spans;
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Start of a digit run or a '+': every number pattern here refuses a preceding digit. */
    static IntPredicate numberStarts(String s) {
        return i -> {
            char c = s.charAt(i);
            return (c == '+' || isAsciiDigit(c)) && (i == 0 || !isAsciiDigit(s.charAt(i - 1)));
        };
    }

    /** Positions holding one of {@code firsts} (already lower-cased) after a non-word char. */
    static IntPredicate wordStartsWith(String s, String firsts) {
        return i -> firsts.indexOf(Character.toLowerCase(s.charAt(i))) >= 0
                && (i == 0 || !isWordChar(s.charAt(i - 1)));
    }

    static boolean isWordChar(char c) {
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }
}
