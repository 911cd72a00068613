package org.sachet.calendar;

import org.sachet.templates.text.NepaliDigits;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An immutable date in the Bikram Sambat (BS) calendar, Nepal's official calendar, with
 * conversion to and from Gregorian (AD) {@link LocalDate}.
 *
 * <p>Only dates covered by the month-length table are supported: 1 Baisakh 2000 (1943-04-14 AD)
 * through the last day of Chaitra 2090 (2034-04-13 AD). Anything else, and any day that does not
 * exist in that month, is rejected with an {@link IllegalArgumentException}. Dates from 2084 on
 * rest on projected month lengths; see {@link BikramSambatCalendarData}.
 *
 * @param year  BS year, 2000..2090
 * @param month 1 (Baisakh) .. 12 (Chaitra)
 * @param day   1 .. length of that month (29..32)
 */
public record BikramSambatDate(int year, int month, int day)
        implements Comparable<BikramSambatDate>, Serializable {

    /** 1 Baisakh 2000, the first supported date. */
    public static final BikramSambatDate MIN = new BikramSambatDate(BikramSambatCalendarData.MIN_YEAR, 1, 1);

    /**
     * The last year whose official calendar is published; the table's later years are projections that may change
     * when the calendar committee publishes them (see {@code BikramSambatCalendarData}).
     */
    public static final int LAST_PUBLISHED_YEAR = BikramSambatCalendarData.LAST_PUBLISHED_YEAR;

    /** The last day of Chaitra 2090, the last supported date. */
    public static final BikramSambatDate MAX = new BikramSambatDate(BikramSambatCalendarData.MAX_YEAR, 12,
            BikramSambatCalendarData.daysInMonth(BikramSambatCalendarData.MAX_YEAR, 12));

    // yyyy-mm-dd or yyyy/m/d, one separator kind per date; digits are normalised to ASCII first.
    private static final Pattern FORMAT = Pattern.compile("(\\d{4})([-/])(\\d{1,2})\\2(\\d{1,2})");

    /** Validates on every construction path, including deserialisation. */
    public BikramSambatDate {
        String problem = findProblem(year, month, day);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** Returns the BS date year-month-day, or throws IllegalArgumentException if it does not exist. */
    public static BikramSambatDate of(int year, int month, int day) {
        return new BikramSambatDate(year, month, day);
    }

    /** Converts a Gregorian date; throws IllegalArgumentException outside the supported range. */
    public static BikramSambatDate fromGregorian(LocalDate date) {
        Objects.requireNonNull(date, "date");
        long index = date.toEpochDay() - BikramSambatCalendarData.ANCHOR.toEpochDay();
        if (index < 0 || index >= BikramSambatCalendarData.totalDays()) {
            throw new IllegalArgumentException("AD " + date + " is outside the supported range "
                    + MIN.toGregorian() + ".." + MAX.toGregorian() + " (BS " + MIN + ".." + MAX + ")");
        }
        return fromDayIndex((int) index);
    }

    /**
     * Parses "2081-01-01" or "2081/1/1", with ASCII or Devanagari digits ("२०८१-०१-०१").
     * Surrounding whitespace is ignored.
     *
     * @throws IllegalArgumentException if the text is not in one of these forms or the date does not exist
     */
    public static BikramSambatDate parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        Matcher m = FORMAT.matcher(NepaliDigits.toAscii(text).strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("Cannot parse '" + text
                    + "' as a BS date; expected yyyy-mm-dd or yyyy/m/d");
        }
        return of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
    }

    public LocalDate toGregorian() {
        return BikramSambatCalendarData.ANCHOR.plusDays(dayIndex());
    }

    /** Returns this date moved by the given number of days (negative moves back). */
    public BikramSambatDate plusDays(long days) {
        int total = BikramSambatCalendarData.totalDays();
        // Bounding days first keeps the sum far from long overflow.
        long index = Math.abs(days) < total ? dayIndex() + days : -1;
        if (index < 0 || index >= total) {
            throw new IllegalArgumentException("BS " + this + " plus " + days
                    + " days is outside the supported range " + MIN + ".." + MAX);
        }
        return fromDayIndex((int) index);
    }

    public BikramSambatMonth getMonth() {
        return BikramSambatMonth.of(month);
    }

    /** Number of days in this date's month (29..32). */
    public int lengthOfMonth() {
        return BikramSambatCalendarData.daysInMonth(year, month);
    }

    /** Number of days in this date's year (365 or 366). */
    /** Whether this date's year is beyond the published calendar (its month lengths are a projection). */
    public boolean isProjected() {
        return year > LAST_PUBLISHED_YEAR;
    }

    public int lengthOfYear() {
        return BikramSambatCalendarData.daysInYear(year);
    }

    @Override
    public int compareTo(BikramSambatDate other) {
        int c = Integer.compare(year, other.year);
        if (c == 0) {
            c = Integer.compare(month, other.month);
        }
        return c != 0 ? c : Integer.compare(day, other.day);
    }

    public boolean isBefore(BikramSambatDate other) {
        return compareTo(other) < 0;
    }

    public boolean isAfter(BikramSambatDate other) {
        return compareTo(other) > 0;
    }

    /** ISO-like form with ASCII digits, e.g. "2081-04-15". */
    @Override
    public String toString() {
        return format(year, month, day);
    }

    private int dayIndex() {
        return BikramSambatCalendarData.dayIndex(year, month, day);
    }

    private static BikramSambatDate fromDayIndex(int index) {
        int[] ymd = BikramSambatCalendarData.fromDayIndex(index);
        return new BikramSambatDate(ymd[0], ymd[1], ymd[2]);
    }

    /** Returns why the date is not acceptable, or null if it is. */
    private static String findProblem(int year, int month, int day) {
        // the date is written only for a message: dates are made by the million when reach is counted
        if (month < 1 || month > 12) {
            return "BS " + format(year, month, day) + " is not a valid date: month must be 1..12";
        }
        if (day < 1) {
            return "BS " + format(year, month, day) + " is not a valid date: day must be at least 1";
        }
        if (!BikramSambatCalendarData.isSupportedYear(year)) {
            return "BS " + format(year, month, day) + " is outside the supported range: years "
                    + BikramSambatCalendarData.MIN_YEAR + ".." + BikramSambatCalendarData.MAX_YEAR;
        }
        int length = BikramSambatCalendarData.daysInMonth(year, month);
        if (day > length) {
            return "BS " + format(year, month, day) + " is not a valid date: "
                    + BikramSambatMonth.of(month).getEnglishName() + " " + year + " has " + length + " days";
        }
        return null;
    }

    private static String format(int year, int month, int day) {
        return String.format("%04d-%02d-%02d", year, month, day);
    }
}
