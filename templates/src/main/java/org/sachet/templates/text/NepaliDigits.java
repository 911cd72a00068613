package org.sachet.templates.text;

import java.util.Objects;

/**
 * Converts between ASCII digits (0-9) and Devanagari digits (० - ९, U+0966..U+096F), leaving every other
 * character unchanged: how Nepali print, forms and dates write numbers. The one digit mapping of every module.
 */
public final class NepaliDigits {

    private static final char DEVANAGARI_ZERO = '\u0966';

    private NepaliDigits() {
    }

    /** Replaces each ASCII digit with its Devanagari digit, e.g. "2081" becomes "२०८१". */
    public static String toDevanagari(CharSequence text) {
        Objects.requireNonNull(text, "text");
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= '0' && c <= '9' ? (char) (DEVANAGARI_ZERO + (c - '0')) : c);
        }
        return out.toString();
    }

    /** Replaces each Devanagari digit with its ASCII digit, e.g. "२०८१" becomes "2081". */
    public static String toAscii(CharSequence text) {
        Objects.requireNonNull(text, "text");
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= DEVANAGARI_ZERO && c <= DEVANAGARI_ZERO + 9 ? (char) ('0' + (c - DEVANAGARI_ZERO)) : c);
        }
        return out.toString();
    }
}
