package org.sachet.calendar;

/** Converts between ASCII digits and Devanagari digits (०-९), leaving every other character alone. */
public final class NepaliDigits {

    private static final char DEVANAGARI_ZERO = '\u0966';

    private NepaliDigits() {
    }

    public static String toDevanagari(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) (DEVANAGARI_ZERO + (c - '0')) : c);
        }
        return out.toString();
    }

    public static String toAscii(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c >= DEVANAGARI_ZERO && c <= DEVANAGARI_ZERO + 9 ? (char) ('0' + (c - DEVANAGARI_ZERO)) : c);
        }
        return out.toString();
    }
}
