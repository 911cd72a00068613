package org.sachet.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** {@code #{fmt.number(n)}}: a number as the viewer reads it (Devanagari digits in Nepali). */
@Named("fmt")
@RequestScoped
public class NumberDisplay {

    @Inject
    private UserPreferences preferences;

    public String number(long value) {
        return Numbers.format(value, preferences.getLocale());
    }

    public String bytes(long value) {
        return Numbers.fileSize(value, preferences.getLocale());
    }
}
