package org.sachet.templates.pdf;

/** Digits as Nepali print writes them (०१२…९); everything else is left as it is. */
public final class Digits {

    private Digits() {
    }

    public static String devanagari(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) ('०' + (c - '0')) : c);
        }
        return out.toString();
    }
}
