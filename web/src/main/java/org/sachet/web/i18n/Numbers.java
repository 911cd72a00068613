package org.sachet.web.i18n;

import org.sachet.accounts.Language;
import org.sachet.calendar.NepaliDigits;

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
}
