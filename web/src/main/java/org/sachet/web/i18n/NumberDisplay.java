package org.sachet.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sachet.http.Numbers;

/** {@code #{fmt.number(n)}}: a number as the viewer reads it (Devanagari digits in Nepali). */
@Named("fmt")
@RequestScoped
public class NumberDisplay {

    @Inject
    private UserPreferences preferences;

    public String number(long value) {
        return Numbers.format(value, preferences.getLocale());
    }

    /** A text's digits as the viewer reads them: an edition "2082" or an age group "10–14" in Nepali digits. */
    public String digits(String text) {
        boolean nepali = org.sachet.accounts.Language.NEPALI.locale().getLanguage()
                .equals(preferences.getLocale().getLanguage());
        return text == null || !nepali ? text : org.sachet.templates.text.NepaliDigits.toDevanagari(text);
    }

    public String bytes(long value) {
        return Numbers.fileSize(value, preferences.getLocale());
    }
}
