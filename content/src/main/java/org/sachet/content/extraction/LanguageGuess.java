package org.sachet.content.extraction;

import java.util.Optional;

/**
 * Guesses the language of extracted text from its script: Devanagari letters mean Nepali, Latin letters English
 * (our materials are in these two; Hindi or French would be misnamed, which is acceptable for search and
 * filtering). Mixed text, common in bilingual handouts, is "ne+en".
 */
final class LanguageGuess {

    /** Enough of a long text to judge it. */
    private static final int SAMPLE_CHARS = 200_000;
    private static final int MIN_LETTERS = 20;
    /** A script under this share of the letters is treated as quotations, not a language of the text. */
    private static final double MINOR_SHARE = 0.15;

    private LanguageGuess() {
    }

    static Optional<String> of(String text) {
        long devanagari = 0;
        long latin = 0;
        long letters = 0;
        int end = Math.min(text.length(), SAMPLE_CHARS);
        for (int i = 0; i < end; ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (!Character.isLetter(codePoint) && Character.getType(codePoint) != Character.NON_SPACING_MARK
                    && Character.getType(codePoint) != Character.COMBINING_SPACING_MARK) {
                continue;
            }
            letters++;
            Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
            if (script == Character.UnicodeScript.DEVANAGARI) {
                devanagari++;
            } else if (script == Character.UnicodeScript.LATIN) {
                latin++;
            }
        }
        if (devanagari + latin < MIN_LETTERS || devanagari + latin < letters / 2) {
            return Optional.empty();
        }
        double nepaliShare = (double) devanagari / (devanagari + latin);
        if (nepaliShare >= 1 - MINOR_SHARE) {
            return Optional.of("ne");
        }
        if (nepaliShare <= MINOR_SHARE) {
            return Optional.of("en");
        }
        return Optional.of("ne+en");
    }
}
