package org.sachet.content.search;

import java.io.IOException;
import java.text.Normalizer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Folds the spellings that Nepali writers, keyboards and PDF extraction produce for one word into one, so that
 * either spelling finds the other:
 * <ul>
 *   <li>NFKC (also folds full-width Latin and ligatures);</li>
 *   <li>the nukta is dropped, also from precomposed letters (ऩ = न, क़ = क): it is used inconsistently;</li>
 *   <li>zero-width joiner and non-joiner are dropped (they only choose a glyph);</li>
 *   <li>chandrabindu becomes anusvara (हाँस = हांस);</li>
 *   <li>long ī and ū become short i and u (नीति = निति, दूत = दुत): Nepali spelling of them is notoriously
 *       inconsistent, and for search recall matters more than these rare minimal pairs;</li>
 *   <li>a nasal consonant with virama before a consonant becomes anusvara (पञ्चायत = पंचायत, सम्बन्ध = संबंध);</li>
 *   <li>a word-final virama is dropped (छन् = छन).</li>
 * </ul>
 * Lucene's HindiNormalizationFilter was not used: it also deletes every virama (flattening conjuncts), folds ऐ and
 * औ into ए and ओ (पैसा "money" = पेसा "occupation") and independent आ into अ, which loses too much for Nepali.
 * Devanagari digits are folded by DecimalDigitFilter, not here.
 */
final class DevanagariFoldingFilter extends TokenFilter {

    private static final char VIRAMA = '\u094D';
    private static final char ANUSVARA = '\u0902';

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    DevanagariFoldingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!isAscii(term)) { // most English tokens: nothing to do
            String folded = fold(term);
            term.setEmpty().append(folded);
        }
        return true;
    }

    /** The folded spelling of a word; also used to write the suffix and stop lists in the form tokens reach them. */
    static String fold(CharSequence word) {
        String text = word.toString();
        if (!Normalizer.isNormalized(text, Normalizer.Form.NFKC)) {
            text = Normalizer.normalize(text, Normalizer.Form.NFKC);
        }
        StringBuilder letters = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\u093C', '\u200C', '\u200D' -> { } // nukta, ZWNJ, ZWJ
                case '\u0901' -> letters.append(ANUSVARA);
                case '\u0929' -> letters.append('\u0928');
                case '\u0931' -> letters.append('\u0930');
                case '\u0934' -> letters.append('\u0933');
                case '\u0958' -> letters.append('\u0915');
                case '\u0959' -> letters.append('\u0916');
                case '\u095A' -> letters.append('\u0917');
                case '\u095B' -> letters.append('\u091C');
                case '\u095C' -> letters.append('\u0921');
                case '\u095D' -> letters.append('\u0922');
                case '\u095E' -> letters.append('\u092B');
                case '\u095F' -> letters.append('\u092F');
                case '\u0908' -> letters.append('\u0907'); // ई -> इ
                case '\u090A' -> letters.append('\u0909'); // ऊ -> उ
                case '\u0940' -> letters.append('\u093F'); // ी -> ि
                case '\u0942' -> letters.append('\u0941'); // ू -> ु
                default -> letters.append(c);
            }
        }
        return foldVirama(letters);
    }

    private static String foldVirama(StringBuilder letters) {
        if (letters.indexOf(String.valueOf(VIRAMA)) < 0) {
            return letters.toString();
        }
        StringBuilder out = new StringBuilder(letters.length());
        int n = letters.length();
        for (int i = 0; i < n; i++) {
            char c = letters.charAt(i);
            if (c == VIRAMA && i == n - 1) {
                break; // word-final virama
            }
            if (isNasal(c) && i + 2 < n && letters.charAt(i + 1) == VIRAMA && isConsonant(letters.charAt(i + 2))) {
                out.append(ANUSVARA);
                i++; // skip the virama
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean isNasal(char c) {
        return c == '\u0919' || c == '\u091E' || c == '\u0923' || c == '\u0928' || c == '\u092E';
    }

    private static boolean isConsonant(char c) {
        return c >= '\u0915' && c <= '\u0939';
    }

    private static boolean isAscii(CharTermAttribute term) {
        char[] buffer = term.buffer();
        for (int i = 0, n = term.length(); i < n; i++) {
            if (buffer[i] >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
