package org.sachet.calendar;

import java.time.LocalDate;

/**
 * Month-length table of the Bikram Sambat calendar for BS 2000 through BS 2090, anchored at
 * 1 Baisakh 2000 BS = 1943-04-14 AD.
 *
 * <p>BS month lengths follow the sun's entry into each zodiac sign as decided each year by
 * Nepal's calendar committee (Nepal Panchanga Nirnayak Samiti), so they cannot be computed
 * by a simple rule and are kept as data.
 *
 * <p>Sources compared (calendar facts only, no code taken); each row of {@code MONTH_LENGTHS} names
 * the sources that give exactly that row:
 * <ul>
 *   <li>A: amitgaru2/nepali-datetime {@code calendar_bs.csv} (the maintainer follows nepcal.com, PR #54;
 *       later fixes, incl. PR #70 for 2083);</li>
 *   <li>N: opensource-nepal/node-nepali-datetime {@code constants.ts} (npm nepali-datetime 2.0.0);</li>
 *   <li>S: subeshb1/Nepali-Date {@code date-config} (npm nepali-date-converter 3.4.0, from Hamro Patro);</li>
 *   <li>M: medic/bikram-sambat {@code test-data/daysInMonth.json} (2026-06).</li>
 * </ul>
 * All four agree on every month of 2000..2061 and 2063..2082, and every resulting 1 Baisakh
 * also matches an independent Surya Siddhanta computation of Mesha Sankranti. Re-checked month by
 * month against A at b1de2060 (2025-05, before PR #70), N at a9df0c21 (2026-07), S at 2183c30a
 * (2025-04) and M at 1aabdf9d (2026-06). BikramSambatSecondSourceTest compares the table with M
 * (test resource {@code bs-month-lengths-medic.csv}) and fails on any difference it does not list.
 *
 * <p>Disagreements and choices:
 * <ul>
 *   <li>2062: N, S, M (and a 2013 copy of nepalicalendar.rat32.com) have Baisakh 30 / Jestha 32;
 *       A has Baisakh 31 / Jestha 31. We use 31 / 31: 1 Jestha 2062 = Sunday 2005-05-15 (30 / 32 would
 *       make it Saturday 2005-05-14; AD 2005-05-14..06-14 read one day apart, Asar 1 is 2005-06-15 in both).
 *       Evidence, all second-hand: aerawatcorp/bikram issue #25 (2023-09, screenshots of a 2062
 *       calendar with 31 / 31; a maintainer noted rat32.com disagrees) led to PR #26 (merged 2024-06-17,
 *       the reviewer checked the whole year against images from several sources) and to the
 *       docs/history.rst entry for 2.1.0 to 2.1.2: "2062 BS Date changes and confirmed as per the Nepal
 *       RajPatra" (the official gazette). A changed to 31 / 31 in 1.0.8.3 (2024-09, commit 6c2b3527,
 *       no source given); RajuPrasai/NepDate issue #14 lists 2062/01/31 = 2005-05-14 and PR #15
 *       (2024-07) adopted it. No scan of the printed 2062 patro and no document dated Baisakh 31 or
 *       Jestha 32, 2062 was found, so the committee's figure is not confirmed first-hand.
 *       The sankranti fell within minutes of midnight, which explains the split.</li>
 *   <li>2083: older tables (A before May 2026, M before June 2026) had Asoj 30, Mangsir 30, Poush 29,
 *       Magh 30; the published 2083 calendar has 31, 29, 30, 29, as N and S already had.</li>
 *   <li>2084..2090 are <b>projections</b>: no official calendar exists yet and the sources differ
 *       (A/M/S put 1 Baisakh 2088 on 2031-04-15, A/M put 1 Baisakh 2085 on 2028-04-13). We use N,
 *       whose New Year dates all agree with the Surya Siddhanta Mesha Sankranti computation and whose
 *       2087 row matches Nepali Patro as quoted in medic/bikram-sambat issue #31. Hamro Patro (2026)
 *       shows 2027-06-22 as Asar 8, 2084, i.e. Jestha 2084 with 31 days where N has 32: expect these
 *       rows to change once the committee publishes those years.</li>
 * </ul>
 */
final class BikramSambatCalendarData {

    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2090;

    /** The last year with a published official calendar; 2084..2090 are projections (class doc). */
    static final int LAST_PUBLISHED_YEAR = 2083;

    /** 1 Baisakh 2000 BS; the start of the table. */
    static final LocalDate ANCHOR = LocalDate.of(1943, 4, 14);

    /** Days in Baisakh..Chaitra for each year from MIN_YEAR; the comment names the row's sources (class doc). */
    private static final int[][] MONTH_LENGTHS = {
            {30, 32, 31, 32, 31, 30, 30, 30, 29, 30, 29, 31}, // 2000 A N S M
            {31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30}, // 2001 A N S M
            {31, 31, 32, 32, 31, 30, 30, 29, 30, 29, 30, 30}, // 2002 A N S M
            {31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31}, // 2003 A N S M
            {30, 32, 31, 32, 31, 30, 30, 30, 29, 30, 29, 31}, // 2004 A N S M
            {31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30}, // 2005 A N S M
            {31, 31, 32, 32, 31, 30, 30, 29, 30, 29, 30, 30}, // 2006 A N S M
            {31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31}, // 2007 A N S M
            {31, 31, 31, 32, 31, 31, 29, 30, 30, 29, 29, 31}, // 2008 A N S M
            {31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30}, // 2009 A N S M
            {31, 31, 32, 32, 31, 30, 30, 29, 30, 29, 30, 30}, // 2010 A N S M
            {31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31}, // 2011 A N S M
            {31, 31, 31, 32, 31, 31, 29, 30, 30, 29, 30, 30}, // 2012 A N S M
            {31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30}, // 2013 A N S M
            {31, 31, 32, 32, 31, 30, 30, 29, 30, 29, 30, 30}, // 2014 A N S M
            {31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31}, // 2015 A N S M
            {31, 31, 31, 32, 31, 31, 29, 30, 30, 29, 30, 30}, // 2016 A N S M
            {31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30}, // 2017 A N S M
            {31, 32, 31, 32, 31, 30, 30, 29, 30, 29, 30, 30}, // 2018 A N S M
            {31, 32, 31, 32, 31, 30, 30, 30, 29, 30, 29, 31}, // 2019 A N S M
            {31, 31, 31, 32, 31, 31, 30, 29, 30, 29, 30, 30}, // 2020 A N S M
            {31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30}, // 2021 A N S M
            {31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 30}, // 2022 A N S M
            {31, 32, 31, 32, 31, 30, 30, 30, 29, 30, 29, 31}, // 2023 A N S M
            {31, 31, 31, 32, 31, 31, 30, 29, 30, 29, 30, 30}, // 2024 A N S M
            {31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30}, // 2025 A N S M
            {31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31}, // 2026 A N S M
            {30, 32, 31, 32, 31, 30, 30, 30, 29, 30, 29, 31}, // 2027 A N S M
            {31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30}, // 2028 A N S M
            {31, 31, 32, 31, 32, 30, 30, 29, 30, 29, 30, 30}, // 2029 A N S M
            {31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31}, // 2030 A N S M
            {30, 32, 31, 32, 31, 30, 30, 30, 29, 30, 29, 31}, // 2031 A N S M
            {31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30}, // 2032 A N S M
            {31, 31, 32, 32, 31, 30, 30, 29, 30, 29, 30, 30}, // 2033 A N S M
            {31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31}, // 2034 A N S M
            {30, 32, 31, 32, 31, 31, 29, 30, 30, 29, 29, 31}, // 2035 A N S M
            {31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30}, // 2036 A N S M
            {31, 31, 32, 32, 31, 30, 30, 29, 30, 29, 30, 30}, // 2037 A N S M
            {31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31}, // 2038 A N S M
            {31, 31, 31, 32, 31, 31, 29, 30, 30, 29, 30, 30}, // 2039 A N S M
            {31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30}, // 2040 A N S M
            {31, 31, 32, 32, 31, 30, 30, 29, 30, 29, 30, 30}, // 2041 A N S M
            {31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31}, // 2042 A N S M
            {31, 31, 31, 32, 31, 31, 29, 30, 30, 29, 30, 30}, // 2043 A N S M
            {31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30}, // 2044 A N S M
            {31, 32, 31, 32, 31, 30, 30, 29, 30, 29, 30, 30}, // 2045 A N S M
            {31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31}, // 2046 A N S M
            {31, 31, 31, 32, 31, 31, 30, 29, 30, 29, 30, 30}, // 2047 A N S M
            {31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30}, // 2048 A N S M
            {31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 30}, // 2049 A N S M
            {31, 32, 31, 32, 31, 30, 30, 30, 29, 30, 29, 31}, // 2050 A N S M
            {31, 31, 31, 32, 31, 31, 30, 29, 30, 29, 30, 30}, // 2051 A N S M
            {31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30}, // 2052 A N S M
            {31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 30}, // 2053 A N S M
            {31, 32, 31, 32, 31, 30, 30, 30, 29, 30, 29, 31}, // 2054 A N S M
            {31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30}, // 2055 A N S M
            {31, 31, 32, 31, 32, 30, 30, 29, 30, 29, 30, 30}, // 2056 A N S M
            {31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31}, // 2057 A N S M
            {30, 32, 31, 32, 31, 30, 30, 30, 29, 30, 29, 31}, // 2058 A N S M
            {31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30}, // 2059 A N S M
            {31, 31, 32, 32, 31, 30, 30, 29, 30, 29, 30, 30}, // 2060 A N S M
            {31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31}, // 2061 A N S M
            {31, 31, 31, 32, 31, 31, 29, 30, 29, 30, 29, 31}, // 2062 A, gazette per class doc (N S M: 30, 32, ...)
            {31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30}, // 2063 A N S M
            {31, 31, 32, 32, 31, 30, 30, 29, 30, 29, 30, 30}, // 2064 A N S M
            {31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31}, // 2065 A N S M
            {31, 31, 31, 32, 31, 31, 29, 30, 30, 29, 29, 31}, // 2066 A N S M
            {31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30}, // 2067 A N S M
            {31, 31, 32, 32, 31, 30, 30, 29, 30, 29, 30, 30}, // 2068 A N S M
            {31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31}, // 2069 A N S M
            {31, 31, 31, 32, 31, 31, 29, 30, 30, 29, 30, 30}, // 2070 A N S M
            {31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30}, // 2071 A N S M
            {31, 32, 31, 32, 31, 30, 30, 29, 30, 29, 30, 30}, // 2072 A N S M
            {31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31}, // 2073 A N S M
            {31, 31, 31, 32, 31, 31, 30, 29, 30, 29, 30, 30}, // 2074 A N S M
            {31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30}, // 2075 A N S M
            {31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 30}, // 2076 A N S M
            {31, 32, 31, 32, 31, 30, 30, 30, 29, 30, 29, 31}, // 2077 A N S M
            {31, 31, 31, 32, 31, 31, 30, 29, 30, 29, 30, 30}, // 2078 A N S M
            {31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30}, // 2079 A N S M
            {31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 30}, // 2080 A N S M
            {31, 32, 31, 32, 31, 30, 30, 30, 29, 30, 29, 31}, // 2081 A N S M
            {31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30}, // 2082 A N S M
            {31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30}, // 2083 published calendar: N S M; A since 2026-05
            {31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31}, // 2084 projection: N (S agrees; A, M differ)
            {30, 32, 31, 32, 31, 30, 30, 30, 29, 30, 29, 31}, // 2085 projection: N (S agrees; A, M differ)
            {31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30}, // 2086 projection: N (S agrees; A, M differ)
            {31, 31, 32, 32, 31, 30, 30, 29, 30, 29, 30, 30}, // 2087 projection: N (A, S, M differ)
            {31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31}, // 2088 projection: N (A, S, M differ)
            {30, 32, 31, 32, 31, 30, 30, 30, 29, 30, 29, 31}, // 2089 projection: N (A, S, M differ)
            {31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30}, // 2090 projection: N (A, S, M differ)
    };

    /** Day index (days since ANCHOR) of 1 Baisakh of each year, plus one entry for the end. */
    private static final int[] YEAR_START = new int[MONTH_LENGTHS.length + 1];

    static {
        for (int i = 0; i < MONTH_LENGTHS.length; i++) {
            int sum = 0;
            for (int days : MONTH_LENGTHS[i]) {
                sum += days;
            }
            YEAR_START[i + 1] = YEAR_START[i] + sum;
        }
    }

    private BikramSambatCalendarData() {
    }

    static boolean isSupportedYear(int year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }

    /** Days in the given month; the year must be supported and the month in 1..12. */
    static int daysInMonth(int year, int month) {
        return MONTH_LENGTHS[year - MIN_YEAR][month - 1];
    }

    static int daysInYear(int year) {
        return YEAR_START[year - MIN_YEAR + 1] - YEAR_START[year - MIN_YEAR];
    }

    /** Number of days covered by the table; valid day indexes are 0 (inclusive) to this (exclusive). */
    static int totalDays() {
        return YEAR_START[MONTH_LENGTHS.length];
    }

    /** Days since ANCHOR of the given (already validated) BS date. */
    static int dayIndex(int year, int month, int day) {
        int index = YEAR_START[year - MIN_YEAR];
        for (int m = 1; m < month; m++) {
            index += daysInMonth(year, m);
        }
        return index + day - 1;
    }

    /** Inverse of {@link #dayIndex}; returns {year, month, day}. The index must be in range. */
    static int[] fromDayIndex(int index) {
        int yearOffset = 0;
        while (YEAR_START[yearOffset + 1] <= index) {
            yearOffset++;
        }
        int year = MIN_YEAR + yearOffset;
        int remaining = index - YEAR_START[yearOffset];
        int month = 1;
        while (remaining >= daysInMonth(year, month)) {
            remaining -= daysInMonth(year, month);
            month++;
        }
        return new int[] {year, month, remaining + 1};
    }
}
