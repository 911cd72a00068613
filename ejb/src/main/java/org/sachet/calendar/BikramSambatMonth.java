package org.sachet.calendar;

/**
 * The twelve months of the Bikram Sambat year, with their usual English transliteration and
 * their Nepali (Devanagari) name as printed on everyday Nepali calendars.
 */
public enum BikramSambatMonth {
    BAISAKH("Baisakh", "बैशाख"),
    JESTHA("Jestha", "जेठ"),
    ASAR("Asar", "असार"),
    SHRAWAN("Shrawan", "साउन"),
    BHADRA("Bhadra", "भदौ"),
    ASOJ("Asoj", "असोज"),
    KARTIK("Kartik", "कात्तिक"),
    MANGSIR("Mangsir", "मंसिर"),
    POUSH("Poush", "पुस"),
    MAGH("Magh", "माघ"),
    FALGUN("Falgun", "फागुन"),
    CHAITRA("Chaitra", "चैत");

    private static final BikramSambatMonth[] VALUES = values();

    private final String englishName;
    private final String nepaliName;

    BikramSambatMonth(String englishName, String nepaliName) {
        this.englishName = englishName;
        this.nepaliName = nepaliName;
    }

    /** Returns the month with the given number, 1 (Baisakh) to 12 (Chaitra). */
    public static BikramSambatMonth of(int month) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("BS month must be 1..12, got " + month);
        }
        return VALUES[month - 1];
    }

    /** 1 for Baisakh up to 12 for Chaitra. */
    public int getValue() {
        return ordinal() + 1;
    }

    public String getEnglishName() {
        return englishName;
    }

    public String getNepaliName() {
        return nepaliName;
    }
}
