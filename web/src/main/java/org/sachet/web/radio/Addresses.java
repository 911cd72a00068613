package org.sachet.web.radio;

/** Numbers read from a page's address by the page itself, so a mistyped one is "not found", never an error. */
final class Addresses {

    private Addresses() {
    }

    /** The whole number written (ASCII or Devanagari digits), or null when it is not one. */
    static Long number(String text) {
        if (text == null || text.isBlank() || text.strip().length() > 18) {
            return null;
        }
        String digits = org.sachet.templates.text.NepaliDigits.toAscii(text.strip());
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                return null;
            }
        }
        return Long.valueOf(digits);
    }
}
