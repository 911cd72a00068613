package org.sachet.content.safeguarding;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * A normalised copy of some text for name matching, with a map back to offsets in the
 * original, so findings can report exactly what the user uploaded.
 *
 * <p>Normalisation works per grapheme-ish cluster (a base char plus its combining marks):
 * NFD, drop ZWNJ/ZWJ and the Devanagari nukta, then NFC; all whitespace becomes a space.
 * Dropping the nukta is deliberate: Nepali writers use it inconsistently (फ़ / फ), and for
 * safeguarding a spurious match is cheaper than a missed name.
 */
final class MatchText {

    private static final char ZWNJ = '\u200C';
    private static final char ZWJ = '\u200D';
    private static final char NUKTA = '\u093C';

    final String text;
    private final int[] origStart;
    private final int[] origEnd;

    private MatchText(String text, int[] origStart, int[] origEnd) {
        this.text = text;
        this.origStart = origStart;
        this.origEnd = origEnd;
    }

    /** Original start offset of normalised char {@code i}. */
    int originalStart(int i) {
        return origStart[i];
    }

    /** Original end offset (exclusive) of the normalised range ending before {@code end}. */
    int originalEnd(int end) {
        return origEnd[end - 1];
    }

    static MatchText of(String source) {
        int n = source.length();
        StringBuilder out = new StringBuilder(n);
        int[] starts = new int[n];
        int[] ends = new int[n];
        int i = 0;
        while (i < n) {
            int clusterStart = i;
            int cp = source.codePointAt(i);
            i += Character.charCount(cp);
            while (i < n && continuesCluster(source.codePointAt(i))) {
                i += Character.charCount(source.codePointAt(i));
            }
            String piece;
            if (i - clusterStart == Character.charCount(cp) && isStable(cp)) {
                // Fast path: most chars need no normalisation; keeps 1 MB scans cheap.
                piece = Character.isWhitespace(cp) || Character.isSpaceChar(cp) ? " " : Character.toString(cp);
            } else if (isPlainDevanagari(source, clusterStart, i)) {
                // Devanagari composes under NFC only with the nukta, so these clusters are already final.
                piece = source.substring(clusterStart, i);
            } else {
                piece = normaliseCluster(source.substring(clusterStart, i));
            }
            for (int k = 0; k < piece.length(); k++) {
                int pos = out.length();
                if (pos == starts.length) {
                    starts = Arrays.copyOf(starts, pos * 2 + 1);
                    ends = Arrays.copyOf(ends, pos * 2 + 1);
                }
                out.append(piece.charAt(k));
                starts[pos] = clusterStart;
                ends[pos] = i;
            }
        }
        return new MatchText(out.toString(), starts, ends);
    }

    private static boolean continuesCluster(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || cp == ZWNJ || cp == ZWJ;
    }

    private static boolean isStable(int cp) {
        if (cp < 0x0300) {
            return true;
        }
        // Precomposed nukta letters and zero-width joiners need the slow path.
        return cp != 0x0929 && cp != 0x0931 && cp != 0x0934 && !(cp >= 0x0958 && cp <= 0x095F)
                && cp != ZWNJ && cp != ZWJ && cp < 0xAC00;
    }

    private static boolean isPlainDevanagari(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c < 0x0900 || c > 0x097F || c == NUKTA || !isStable(c)) {
                return false;
            }
        }
        return true;
    }

    private static String normaliseCluster(String cluster) {
        String d = Normalizer.normalize(cluster, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int k = 0; k < d.length(); k++) {
            char c = d.charAt(k);
            if (c != ZWNJ && c != ZWJ && c != NUKTA) {
                b.append(Character.isWhitespace(c) || Character.isSpaceChar(c) ? ' ' : c);
            }
        }
        return Normalizer.normalize(b, Normalizer.Form.NFC);
    }

    /** Normalises a watch-list spelling the same way as scanned text, collapsing spaces. */
    static String normaliseName(String name) {
        return of(name).text.trim().replaceAll(" +", " ");
    }
}
