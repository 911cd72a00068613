package org.sachet.accounts;

import java.util.Locale;

/** The languages every page is offered in. */
public enum Language {
    ENGLISH("en"), NEPALI("ne");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** @throws IllegalArgumentException for a code other than "en" or "ne" */
    public static Language of(String code) {
        for (Language language : values()) {
            if (language.code.equals(code)) {
                return language;
            }
        }
        throw new IllegalArgumentException("unsupported language: " + code);
    }
}
