package org.sachet.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sachet.calendar.BikramSambatDate;
import org.sachet.calendar.DateWords;
import org.sachet.calendar.NepaliTime;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * {@code #{dates...}}: dates as people in Nepal read them, in both calendars: "15 Shrawan 2081 (31 Jul 2024)",
 * or in Nepali "१५ साउन २०८१ (३१ जुलाई २०२४)". Instants are shown in Nepal time.
 */
@Named("dates")
@RequestScoped
public class DateDisplay {

    @Inject
    private UserPreferences preferences;

    public String getToday() {
        return date(NepaliTime.today());
    }

    public String date(LocalDate date) {
        return date(date, preferences.getLocale());
    }

    /** The date in a language other than the viewer's, e.g. for a printed form in the language asked for. */
    public String date(LocalDate date, java.util.Locale locale) {
        return new DateWords(locale).date(date);
    }

    /**
     * Whether a day falls in a Bikram Sambat year after the last published official calendar: its month lengths
     * are a projection, so a date field says the AD day may still move.
     */
    public boolean projected(LocalDate date) {
        return date != null && BikramSambatDate.fromGregorian(date).isProjected();
    }

    /** The BS and the Gregorian month names in the viewer's language, for a date field's script (bs-preview.js). */
    public String getBsMonthNames() {
        return new DateWords(preferences.getLocale()).bikramSambatMonthNames();
    }

    public String getAdMonthNames() {
        return new DateWords(preferences.getLocale()).gregorianMonthNames();
    }

    /** A BS month and year in the viewer's language, e.g. "Shrawan 2083". */
    public String month(BikramSambatDate month) {
        return new DateWords(preferences.getLocale()).bikramSambatMonth(month);
    }

    /** A year of birth in both calendars, "2010 (BS 2066/67)": an AD year spans two BS years. */
    public String birthYear(Integer year) {
        if (year == null) {
            return "";
        }
        int bsFrom = BikramSambatDate.fromGregorian(LocalDate.of(year, 1, 1)).year();
        int bsTo = BikramSambatDate.fromGregorian(LocalDate.of(year, 12, 31)).year();
        // the viewer's language, not the page's: also asked outside a page (the ambassadors' spreadsheet)
        String text = org.sachet.http.Messages.get(preferences.getLocale(), "date.birthYear", String.valueOf(year),
                String.valueOf(bsFrom), String.format("%02d", bsTo % 100));
        return preferences.isNepali() ? org.sachet.templates.text.NepaliDigits.toDevanagari(text) : text;
    }

    public String instant(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime local = instant.atZone(NepaliTime.ZONE);
        DateWords words = new DateWords(preferences.getLocale());
        return date(local.toLocalDate()) + " " + words.time(local.toLocalTime());
    }
}
