package org.sachet.http;

import org.sachet.accounts.Language;
import org.sachet.templates.text.NepaliDigits;

import java.util.Locale;

/**
 * Whole numbers as people read them: "4,500" in English; in Nepali with Devanagari digits and the South
 * Asian grouping, "४,५००" and "१२,३४,५६७".
 */
public final class Numbers {

    private Numbers() {
    }

    public static String format(long value, Locale locale) {
        boolean nepali = Language.NEPALI.locale().getLanguage().equals(locale.getLanguage());
        String digits = Long.toString(Math.abs(value));
        StringBuilder grouped = new StringBuilder();
        int length = digits.length();
        for (int i = 0; i < length; i++) {
            int fromEnd = length - i;
            grouped.append(digits.charAt(i));
            boolean boundary = nepali ? fromEnd == 4 || (fromEnd > 4 && fromEnd % 2 == 0) : fromEnd % 3 == 1;
            if (fromEnd > 1 && boundary) {
                grouped.append(',');
            }
        }
        String text = (value < 0 ? "-" : "") + grouped;
        return nepali ? NepaliDigits.toDevanagari(text) : text;
    }

    /**
     * A whole number as people type it: ASCII or Devanagari digits, a minus sign, and commas between digit groups
     * in either grouping ("5,000", "५,०००", "१२,३४,५६७"). Anything else, a comma at an end or two together, a
     * fraction, a number beyond {@code long}, is refused.
     *
     * @throws NumberFormatException when the text is not such a number
     */
    public static long parseWhole(String typed) {
        String text = NepaliDigits.toAscii(typed.strip());
        // separators only where a grouping puts them, in thousands (5,000) or the Nepali way (12,34,567): "1,2" is
        // a slip, not twelve
        if (!text.matches("-?([0-9]+|[0-9]{1,3}(,[0-9]{3})+|[0-9]{1,2}(,[0-9]{2})*,[0-9]{3})")) {
            throw new NumberFormatException("not a whole number: " + typed);
        }
        return Long.parseLong(text.replace(",", ""));
    }

    /** A file size as people read it: bytes, kB, MB or GB (powers of 1000, as browsers show them), one decimal. */
    public static String fileSize(long bytes, Locale locale) {
        boolean nepali = Language.NEPALI.locale().getLanguage().equals(locale.getLanguage());
        String[] units = nepali ? new String[] {"बाइट", "केबी", "एमबी", "जीबी"} : new String[] {"bytes", "kB", "MB", "GB"};
        if (bytes < 1000) {
            return format(bytes, locale) + " " + units[0];
        }
        double value = bytes;
        int unit = 0;
        while (value >= 1000 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        String text = String.format(Locale.ROOT, "%.1f", value);
        return (nepali ? NepaliDigits.toDevanagari(text) : text) + " " + units[unit];
    }
}
