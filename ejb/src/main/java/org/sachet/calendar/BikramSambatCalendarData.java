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
 * <p>Sources compared (calendar facts only, no code taken):
 * <ul>
 *   <li>A: amitgaru2/nepali-datetime {@code calendar_bs.csv} (scraped from Nepali Patro, with
 *       later fixes, incl. PR #70 for 2083);</li>
 *   <li>N: opensource-nepal/node-nepali-datetime {@code constants.ts} (npm nepali-datetime 2.0.0);</li>
 *   <li>S: subeshb1/Nepali-Date {@code date-config} (npm nepali-date-converter 3.4.0, from Hamro Patro);</li>
 *   <li>M: medic/bikram-sambat {@code test-data/daysInMonth.json} (2026-06).</li>
 * </ul>
 * All four agree on every month of 2000..2061 and 2063..2083, and every resulting 1 Baisakh
 * also matches an independent Surya Siddhanta computation of Mesha Sankranti.
 *
 * <p>Disagreements and choices:
 * <ul>
 *   <li>2062: N, S, M (and a 2013 copy of nepalicalendar.rat32.com) have Baisakh 30 / Jestha 32;
 *       A has Baisakh 31 / Jestha 31. A's value was adopted in 2024 by three projects
 *       independently (nepali-datetime 1.0.8.3, aerawatcorp/bikram PR #26, RajuPrasai/NepDate PR #15),
 *       each citing the printed 2062 calendar, so we use 31 / 31 (1 Jestha 2062 = 2005-05-15).
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

    /** Days in Baisakh..Chaitra for each year from MIN_YEAR. */
    private static final int[][] MONTH_LENGTHS = {
            {30, 32, 31, 32, 31, 30, 30, 30, 29, 30, 29, 31}, // 2000
            {31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30}, // 2001
            {31, 31, 32, 32, 31, 30, 30, 29, 30, 29, 30, 30}, // 2002
            {31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31}, // 2003
            {30, 32, 31, 32, 31, 30, 30, 30, 29, 30, 29, 31}, // 2004
            {31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30}, // 2005
            {31, 31, 32, 32, 31, 30, 30, 29, 30, 29, 30, 30}, // 2006
            {31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31}, // 2007
            {31, 31, 31, 32, 31, 31, 29, 30, 30, 29, 29, 31}, // 2008
            {31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30}, // 2009
            {31, 31, 32, 32, 31, 30, 30, 29, 30, 29, 30, 30}, // 2010
            {31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31}, // 2011
            {31, 31, 31, 32, 31, 31, 29, 30, 30, 29, 30, 30}, // 2012
            {31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30}, // 2013
            {31, 31, 32, 32, 31, 30, 30, 29, 30, 29, 30, 30}, // 2014
            {31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31}, // 2015
            {31, 31, 31, 32, 31, 31, 29, 30, 30, 29, 30, 30}, // 2016
            {31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30}, // 2017
            {31, 32, 31, 32, 31, 30, 30, 29, 30, 29, 30, 30}, // 2018
            {31, 32, 31, 32, 31, 30, 30, 30, 29, 30, 29, 31}, // 2019
            {31, 31, 31, 32, 31, 31, 30, 29, 30, 29, 30, 30}, // 2020
            {31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30}, // 2021
            {31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 30}, // 2022
            {31, 32, 31, 32, 31, 30, 30, 30, 29, 30, 29, 31}, // 2023
            {31, 31, 31, 32, 31, 31, 30, 29, 30, 29, 30, 30}, // 2024
            {31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30}, // 2025
            {31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31}, // 2026
            {30, 32, 31, 32, 31, 30, 30, 30, 29, 30, 29, 31}, // 2027
            {31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30}, // 2028
            {31, 31, 32, 31, 32, 30, 30, 29, 30, 29, 30, 30}, // 2029
            {31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31}, // 2030
            {30, 32, 31, 32, 31, 30, 30, 30, 29, 30, 29, 31}, // 2031
            {31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30}, // 2032
            {31, 31, 32, 32, 31, 30, 30, 29, 30, 29, 30, 30}, // 2033
            {31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31}, // 2034
            {30, 32, 31, 32, 31, 31, 29, 30, 30, 29, 29, 31}, // 2035
            {31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30}, // 2036
            {31, 31, 32, 32, 31, 30, 30, 29, 30, 29, 30, 30}, // 2037
            {31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31}, // 2038
            {31, 31, 31, 32, 31, 31, 29, 30, 30, 29, 30, 30}, // 2039
            {31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30}, // 2040
            {31, 31, 32, 32, 31, 30, 30, 29, 30, 29, 30, 30}, // 2041
            {31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31}, // 2042
            {31, 31, 31, 32, 31, 31, 29, 30, 30, 29, 30, 30}, // 2043
            {31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30}, // 2044
            {31, 32, 31, 32, 31, 30, 30, 29, 30, 29, 30, 30}, // 2045
            {31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31}, // 2046
            {31, 31, 31, 32, 31, 31, 30, 29, 30, 29, 30, 30}, // 2047
            {31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30}, // 2048
            {31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 30}, // 2049
            {31, 32, 31, 32, 31, 30, 30, 30, 29, 30, 29, 31}, // 2050
            {31, 31, 31, 32, 31, 31, 30, 29, 30, 29, 30, 30}, // 2051
            {31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30}, // 2052
            {31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 30}, // 2053
            {31, 32, 31, 32, 31, 30, 30, 30, 29, 30, 29, 31}, // 2054
            {31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30}, // 2055
            {31, 31, 32, 31, 32, 30, 30, 29, 30, 29, 30, 30}, // 2056
            {31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31}, // 2057
            {30, 32, 31, 32, 31, 30, 30, 30, 29, 30, 29, 31}, // 2058
            {31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30}, // 2059
            {31, 31, 32, 32, 31, 30, 30, 29, 30, 29, 30, 30}, // 2060
            {31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31}, // 2061
            {31, 31, 31, 32, 31, 31, 29, 30, 29, 30, 29, 31}, // 2062 (disputed: others have 30, 32, ...; see class doc)
            {31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30}, // 2063
            {31, 31, 32, 32, 31, 30, 30, 29, 30, 29, 30, 30}, // 2064
            {31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31}, // 2065
            {31, 31, 31, 32, 31, 31, 29, 30, 30, 29, 29, 31}, // 2066
            {31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30}, // 2067
            {31, 31, 32, 32, 31, 30, 30, 29, 30, 29, 30, 30}, // 2068
            {31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31}, // 2069
            {31, 31, 31, 32, 31, 31, 29, 30, 30, 29, 30, 30}, // 2070
            {31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30}, // 2071
            {31, 32, 31, 32, 31, 30, 30, 29, 30, 29, 30, 30}, // 2072
            {31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31}, // 2073
            {31, 31, 31, 32, 31, 31, 30, 29, 30, 29, 30, 30}, // 2074
            {31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30}, // 2075
            {31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 30}, // 2076
            {31, 32, 31, 32, 31, 30, 30, 30, 29, 30, 29, 31}, // 2077
            {31, 31, 31, 32, 31, 31, 30, 29, 30, 29, 30, 30}, // 2078
            {31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30}, // 2079
            {31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 30}, // 2080
            {31, 32, 31, 32, 31, 30, 30, 30, 29, 30, 29, 31}, // 2081
            {31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30}, // 2082
            {31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30}, // 2083 (last year with a published official calendar)
            {31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31}, // 2084 (2084..2090: projections, see class doc)
            {30, 32, 31, 32, 31, 30, 30, 30, 29, 30, 29, 31}, // 2085
            {31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30}, // 2086
            {31, 31, 32, 32, 31, 30, 30, 29, 30, 29, 30, 30}, // 2087
            {31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31}, // 2088
            {30, 32, 31, 32, 31, 30, 30, 30, 29, 30, 29, 31}, // 2089
            {31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30}, // 2090
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
