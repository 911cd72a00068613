package org.sachet.web.i18n;

import org.sachet.accounts.Language;
import org.sachet.calendar.BikramSambatDate;
import org.sachet.calendar.BikramSambatFormat;
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
        this.nepali = Language.NEPALI.locale().getLanguage().equals(locale.getLanguage());
    }

    String bikramSambat(BikramSambatDate date) {
        return nepali ? BikramSambatFormat.nepali(date) : BikramSambatFormat.english(date);
    }

    /** A BS month and year: "Shrawan 2083", "साउन २०८३". */
    String bikramSambatMonth(BikramSambatDate date) {
        return nepali ? date.getMonth().getNepaliName() + " " + digits(String.valueOf(date.year()))
                : date.getMonth().getEnglishName() + " " + date.year();
    }

    String gregorian(LocalDate date) {
        return digits(date.format(DateTimeFormatter.ofPattern(nepali ? "d MMMM yyyy" : "d MMM yyyy", locale)));
    }

    String time(LocalTime time) {
        return digits(time.format(DateTimeFormatter.ofPattern("HH:mm")));
    }

    /** The ISO-like form used in inputs: 2081-04-15 (Devanagari digits in Nepali). */
    public String isoBikramSambat(BikramSambatDate date) {
        return digits(String.format("%04d-%02d-%02d", date.year(), date.month(), date.day()));
    }

    private String digits(String text) {
        return nepali ? NepaliDigits.toDevanagari(text) : text;
    }
}
