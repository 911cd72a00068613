package org.sachet.catalogue;

/** Languages a material is written or spoken in; the code is what the search index and the API use. */
public enum MaterialLanguage {
    NEPALI("ne"), ENGLISH("en"), MAITHILI("mai"), BHOJPURI("bho"), THARU("thl"), TAMANG("taj");

    private final String code;

    MaterialLanguage(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Reads a language by its code ({@code ne}) or its name ({@code NEPALI}), as API clients write it. */
    public static MaterialLanguage of(String text) {
        for (MaterialLanguage language : values()) {
            if (language.code.equalsIgnoreCase(text) || language.name().equalsIgnoreCase(text)) {
                return language;
            }
        }
        throw new IllegalArgumentException("unknown language: " + text);
    }
}
