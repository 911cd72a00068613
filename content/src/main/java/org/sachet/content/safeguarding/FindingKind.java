package org.sachet.content.safeguarding;

/**
 * The kinds of personal data the {@link SafeguardingScanner} looks for in material
 * before it is published.
 */
public enum FindingKind {
    /** Nepali mobile or landline number, or an international number in E.164 style. */
    PHONE,
    /** E-mail address. */
    EMAIL,
    /** Nepali citizenship certificate number (नागरिकता प्रमाणपत्र नं.). */
    CITIZENSHIP_NUMBER,
    /** Passport (राहदानी) number, only when anchored by a passport keyword. */
    PASSPORT_NUMBER,
    /** A name from the programme's watch list, e.g. a survivor or a child in its care. */
    WATCH_LIST_NAME
}
