package org.sachet.calendar;

import org.sachet.templates.text.NepaliDigits;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Writes dates in one language: month names, and digits as the reader reads them. */
public final class DateWords {

    private final Locale locale;
    private final boolean nepali;

    public DateWords(Locale locale) {
        this.locale = locale;
        this.nepali = "ne".equals(locale.getLanguage());
    }

    /**
     * A day in both calendars: "15 Shrawan 2083 (31 Jul 2026)"; outside the Bikram Sambat table, the Gregorian
     * date alone. Empty for none.
     */
    public String date(LocalDate date) {
        if (date == null) {
            return "";
        }
        if (date.isBefore(BikramSambatDate.MIN.toGregorian()) || date.isAfter(BikramSambatDate.MAX.toGregorian())) {
            return gregorian(date);
        }
        return bikramSambat(BikramSambatDate.fromGregorian(date)) + " (" + gregorian(date) + ")";
    }

    public String bikramSambat(BikramSambatDate date) {
        return nepali ? BikramSambatFormat.nepali(date) : BikramSambatFormat.english(date);
    }

    /** A BS month and year: "Shrawan 2083", "साउन २०८३". */
    public String bikramSambatMonth(BikramSambatDate date) {
        return nepali ? date.getMonth().getNepaliName() + " " + digits(String.valueOf(date.year()))
                : date.getMonth().getEnglishName() + " " + date.year();
    }

    /** The twelve Bikram Sambat month names, Baisakh first, comma-separated: for a page's script. */
    public String bikramSambatMonthNames() {
        StringBuilder names = new StringBuilder();
        for (BikramSambatMonth month : BikramSambatMonth.values()) {
            names.append(names.length() == 0 ? "" : ",").append(nepali ? month.getNepaliName() : month.getEnglishName());
        }
        return names.toString();
    }

    /** The twelve Gregorian month names as {@link #gregorian} writes them, January first, comma-separated. */
    public String gregorianMonthNames() {
        StringBuilder names = new StringBuilder();
        for (int month = 1; month <= 12; month++) {
            names.append(month == 1 ? "" : ",").append(LocalDate.of(2026, month, 1)
                    .format(DateTimeFormatter.ofPattern(nepali ? "MMMM" : "MMM", locale)));
        }
        return names.toString();
    }

    public String gregorian(LocalDate date) {
        return digits(date.format(DateTimeFormatter.ofPattern(nepali ? "d MMMM yyyy" : "d MMM yyyy", locale)));
    }

    public String time(LocalTime time) {
        return digits(time.format(DateTimeFormatter.ofPattern("HH:mm")));
    }

    /** The ISO-like form used in inputs: 2081-04-15 (Devanagari digits in Nepali). */
    public String isoBikramSambat(BikramSambatDate date) {
        return digits(String.format("%04d-%02d-%02d", date.year(), date.month(), date.day()));
    }

    /** A text's digits as the reader reads them: "2083/84" or "२०८३/८४". */
    public String digits(String text) {
        return nepali ? NepaliDigits.toDevanagari(text) : text;
    }
}
