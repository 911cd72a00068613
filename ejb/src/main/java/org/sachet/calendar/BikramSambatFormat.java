package org.sachet.calendar;

import org.sachet.templates.text.NepaliDigits;

import java.util.Objects;

/**
 * Formats Bikram Sambat dates for display, as day, month name and year: "15 Shrawan 2081" in
 * English or "१५ साउन २०८१" in Nepali. For machine-readable output use
 * {@link BikramSambatDate#toString()}.
 */
public final class BikramSambatFormat {

    private BikramSambatFormat() {
    }

    /** For example "15 Shrawan 2081". */
    public static String english(BikramSambatDate date) {
        Objects.requireNonNull(date, "date");
        return date.day() + " " + date.getMonth().getEnglishName() + " " + date.year();
    }

    /** For example "१५ साउन २०८१" (Devanagari digits and month name). */
    public static String nepali(BikramSambatDate date) {
        Objects.requireNonNull(date, "date");
        return NepaliDigits.toDevanagari(date.day() + " " + date.getMonth().getNepaliName() + " " + date.year());
    }
}
