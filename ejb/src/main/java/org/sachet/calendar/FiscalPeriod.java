package org.sachet.calendar;

import org.sachet.templates.text.NepaliDigits;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period of Nepal's fiscal year, which runs from 1 Shrawan to the last day of Asar in Bikram Sambat:
 * the whole year ({@code quarter} 0) or one of its quarters (Q1 Shrawan–Asoj, Q2 Kartik–Poush, Q3 Magh–Chaitra,
 * Q4 Baisakh–Asar). {@code startYear} is the BS year in which the fiscal year starts: 2083 is "2083/84".
 */
public record FiscalPeriod(int startYear, int quarter) implements Serializable, Comparable<FiscalPeriod> {

    private static final int FIRST_MONTH = BikramSambatMonth.SHRAWAN.getValue();
    private static final Pattern TEXT = Pattern.compile("(\\d{4})/(\\d{2})(?:[- ]?Q([1-4]))?");

    public FiscalPeriod {
        if (quarter < 0 || quarter > 4) {
            throw new IllegalArgumentException("A quarter is 1 to 4 (0 for the whole year): " + quarter);
        }
        // the last supported BS year has no following Asar
        if (startYear < BikramSambatCalendarData.MIN_YEAR || startYear >= BikramSambatCalendarData.MAX_YEAR) {
            throw new IllegalArgumentException("No fiscal year starts in BS " + startYear);
        }
    }

    public static FiscalPeriod year(int startYear) {
        return new FiscalPeriod(startYear, 0);
    }

    /** The fiscal year a day falls in. */
    public static FiscalPeriod yearOf(LocalDate day) {
        BikramSambatDate bs = BikramSambatDate.fromGregorian(day);
        return year(bs.month() >= FIRST_MONTH ? bs.year() : bs.year() - 1);
    }

    /** "2083/84" or "2083/84-Q2" (also "2083/84 Q2"), with ASCII or Devanagari digits. */
    public static Optional<FiscalPeriod> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = TEXT.matcher(NepaliDigits.toAscii(text.strip()));
        if (!m.matches()) {
            return Optional.empty();
        }
        int start = Integer.parseInt(m.group(1));
        if (Integer.parseInt(m.group(2)) != (start + 1) % 100) {
            return Optional.empty();
        }
        try {
            return Optional.of(new FiscalPeriod(start, m.group(3) == null ? 0 : Integer.parseInt(m.group(3))));
        } catch (IllegalArgumentException outOfRange) {
            return Optional.empty();
        }
    }

    public boolean isYear() {
        return quarter == 0;
    }

    public FiscalPeriod fiscalYear() {
        return year(startYear);
    }

    public List<FiscalPeriod> quarters() {
        return List.of(new FiscalPeriod(startYear, 1), new FiscalPeriod(startYear, 2), new FiscalPeriod(startYear, 3),
                new FiscalPeriod(startYear, 4));
    }

    /** The BS months of the period in order, each as its first day. */
    public List<BikramSambatDate> months() {
        int first = isYear() ? 0 : (quarter - 1) * 3;
        int count = isYear() ? 12 : 3;
        List<BikramSambatDate> months = new ArrayList<>(count);
        for (int i = first; i < first + count; i++) {
            int month = FIRST_MONTH + i;
            months.add(month <= 12 ? BikramSambatDate.of(startYear, month, 1)
                    : BikramSambatDate.of(startYear + 1, month - 12, 1));
        }
        return months;
    }

    /** The first day, in the Gregorian calendar. */
    public LocalDate start() {
        return months().get(0).toGregorian();
    }

    /** The last day (inclusive), in the Gregorian calendar. */
    public LocalDate end() {
        BikramSambatDate lastMonth = months().get(months().size() - 1);
        return BikramSambatDate.of(lastMonth.year(), lastMonth.month(), lastMonth.lengthOfMonth()).toGregorian();
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start()) && !day.isAfter(end());
    }

    /** How much of the period has passed by the end of a day: 0 before it starts, 1 once it is over. */
    public double elapsedShare(LocalDate today) {
        if (today.isBefore(start())) {
            return 0;
        }
        if (!today.isBefore(end())) {
            return 1;
        }
        long days = ChronoUnit.DAYS.between(start(), end()) + 1;
        return (ChronoUnit.DAYS.between(start(), today) + 1) / (double) days;
    }

    /** "2083/84" or "2083/84-Q2". */
    @Override
    public String toString() {
        String year = startYear + "/" + String.format("%02d", (startYear + 1) % 100);
        return isYear() ? year : year + "-Q" + quarter;
    }

    @Override
    public int compareTo(FiscalPeriod other) {
        return startYear != other.startYear ? Integer.compare(startYear, other.startYear)
                : Integer.compare(quarter, other.quarter);
    }
}
