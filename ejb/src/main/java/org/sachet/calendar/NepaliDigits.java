package org.sachet.calendar;

import org.sachet.templates.pdf.Digits;

import java.util.Objects;

/**
 * Converts between ASCII digits (0-9) and Devanagari digits (० - ९, U+0966..U+096F), leaving
 * every other character unchanged. Used to show and read dates the way Nepali users write them.
 */
public final class NepaliDigits {

    private static final char DEVANAGARI_ZERO = '\u0966';

    private NepaliDigits() {
    }

    /** Replaces each ASCII digit with its Devanagari digit, e.g. "2081" becomes "२०८१" (as printed documents do). */
    public static String toDevanagari(CharSequence text) {
        return Digits.devanagari(Objects.requireNonNull(text, "text").toString());
    }

    /** Replaces each Devanagari digit with its ASCII digit, e.g. "२०८१" becomes "2081". */
    public static String toAscii(CharSequence text) {
        Objects.requireNonNull(text, "text");
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(isDevanagariDigit(c) ? (char) ('0' + (c - DEVANAGARI_ZERO)) : c);
        }
        return out.toString();
    }

    static boolean isDevanagariDigit(char c) {
        return c >= DEVANAGARI_ZERO && c <= DEVANAGARI_ZERO + 9;
    }
}
