package org.sachet.http;

import org.sachet.accounts.Language;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user-facing texts ({@code org/sachet/web/messages*.properties}, English and Nepali side by side),
 * for code outside a Faces page: messages from services, API error bodies.
 */
public final class Messages {

    public static final String BUNDLE = "org.sachet.web.messages";

    private Messages() {
    }

    public static String get(Locale locale, String key, Object... arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader()).getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        if (arguments.length == 0) {
            return pattern;
        }
        Object[] shown = arguments.clone();
        if (Language.NEPALI.locale().getLanguage().equals(locale.getLanguage())) {
            for (int i = 0; i < shown.length; i++) {
                if (shown[i] instanceof Number number) {
                    shown[i] = Numbers.format(number.longValue(), locale);
                }
            }
        }
        return new MessageFormat(pattern.replace("'", "''"), locale).format(shown);
    }

    /** Nepali when the Accept-Language header prefers it to English, else English. */
    public static Locale localeOf(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Language.ENGLISH.locale();
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage),
                    List.of(Language.ENGLISH.locale(), Language.NEPALI.locale()));
            return best == null ? Language.ENGLISH.locale() : best;
        } catch (IllegalArgumentException malformed) {
            return Language.ENGLISH.locale();
        }
    }
}
