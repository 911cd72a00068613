package org.sachet.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class BikramSambatConversionTest {

    private static final String NEW_YEAR_CSV = "bs-new-year-dates.csv";

    /** Rows of bs-new-year-dates.csv: BS year, Gregorian date of 1 Baisakh, status. */
    static List<Arguments> newYearDates() throws IOException {
        List<Arguments> rows = new ArrayList<>();
        try (InputStream in = BikramSambatConversionTest.class.getResourceAsStream(NEW_YEAR_CSV)) {
            assertNotNull(in, NEW_YEAR_CSV + " is missing");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line : reader.lines().collect(Collectors.toList())) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("bs_year")) {
                    continue;
                }
                String[] cells = line.split(",");
                rows.add(Arguments.of(Integer.parseInt(cells[0]), LocalDate.parse(cells[1]), cells[2]));
            }
        }
        return rows;
    }

    @ParameterizedTest(name = "1 Baisakh {0} = {1} ({2})")
    @MethodSource("newYearDates")
    void firstBaisakhOfEveryYearMatchesKnownNewYearDates(int bsYear, LocalDate newYear, String status) {
        assertEquals(newYear, BikramSambatDate.of(bsYear, 1, 1).toGregorian());
        assertEquals(BikramSambatDate.of(bsYear, 1, 1), BikramSambatDate.fromGregorian(newYear));
    }

    @Test
    void newYearListCoversEverySupportedYear() throws IOException {
        List<Integer> years = newYearDates().stream().map(a -> (Integer) a.get()[0]).collect(Collectors.toList());
        List<Integer> expected = new ArrayList<>();
        for (int y = 2000; y <= 2090; y++) {
            expected.add(y);
        }
        assertEquals(expected, years);
    }

    @ParameterizedTest(name = "BS {0} = AD {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2000-01-01 | 1943-04-14 | table anchor used by every published converter
            2080-01-01 | 2023-04-14 | Nepali New Year 2080 reported on 14 April 2023
            2081-01-01 | 2024-04-13 | New Year 2081 reported as celebrated on 13 April 2024
            2082-01-01 | 2025-04-14 | New Year 2082 (15 April 2025 reported as Baisakh 2)
            2082-01-31 | 2025-05-14 | 14 May 2025 reported as Baisakh 31, 2082
            2083-01-01 | 2026-04-14 | New Year 2083, official 2083 calendar
            2081-04-01 | 2024-07-16 | 1 Shrawan 2081, start of fiscal year 2081/82
            2063-01-11 | 2006-04-24 | Loktantra Diwas, Baisakh 11
            2065-02-15 | 2008-05-28 | Republic Day, Jestha 15 2065
            2072-01-12 | 2015-04-25 | Gorkha earthquake, Baisakh 12 2072
            2072-06-03 | 2015-09-20 | Constitution of Nepal promulgated, Asoj 3 2072
            2081-06-26 | 2024-10-12 | Vijaya Dashami 2081, Asoj 26
            2082-10-01 | 2026-01-15 | Maghe Sankranti 2082, 1 Magh
            2062-02-01 | 2005-05-15 | 1 Jestha 2062 per printed calendar (disputed, see calendar data)
            2090-12-30 | 2034-04-13 | last supported day (projected)
            """)
    void knownDatesConvertBothWays(String bs, LocalDate ad, String why) {
        BikramSambatDate date = BikramSambatDate.parse(bs);
        assertEquals(ad, date.toGregorian(), why);
        assertEquals(date, BikramSambatDate.fromGregorian(ad), why);
    }

    @Test
    void supportedRangeIs1943April14To2034April13() {
        assertEquals(LocalDate.of(1943, 4, 14), BikramSambatDate.MIN.toGregorian());
        assertEquals(LocalDate.of(2034, 4, 13), BikramSambatDate.MAX.toGregorian());
        assertEquals(BikramSambatDate.of(2000, 1, 1), BikramSambatDate.MIN);
        assertEquals(BikramSambatDate.of(2090, 12, 30), BikramSambatDate.MAX);
    }

    @Test
    void everyGregorianDayInRangeRoundTripsAndMapsToTheNextBsDay() {
        LocalDate last = BikramSambatDate.MAX.toGregorian();
        BikramSambatDate previous = null;
        int count = 0;
        for (LocalDate ad = BikramSambatDate.MIN.toGregorian(); !ad.isAfter(last); ad = ad.plusDays(1)) {
            BikramSambatDate bs = BikramSambatDate.fromGregorian(ad);
            if (!bs.toGregorian().equals(ad)) {
                fail("AD " + ad + " -> BS " + bs + " -> AD " + bs.toGregorian());
            }
            BikramSambatDate expected = previous == null ? BikramSambatDate.MIN : nextDay(previous);
            if (!bs.equals(expected)) {
                fail("AD " + ad + " maps to BS " + bs + " but the day after BS " + previous + " is " + expected);
            }
            previous = bs;
            count++;
        }
        assertEquals(BikramSambatDate.MAX, previous);
        assertEquals(BikramSambatCalendarData.totalDays(), count);
    }

    @Test
    void everyBsDateRoundTripsThroughGregorian() {
        LocalDate expectedAd = BikramSambatCalendarData.ANCHOR;
        for (int y = 2000; y <= 2090; y++) {
            for (int m = 1; m <= 12; m++) {
                for (int d = 1; d <= BikramSambatCalendarData.daysInMonth(y, m); d++) {
                    BikramSambatDate bs = BikramSambatDate.of(y, m, d);
                    LocalDate ad = bs.toGregorian();
                    if (!ad.equals(expectedAd) || !BikramSambatDate.fromGregorian(ad).equals(bs)) {
                        fail("BS " + bs + " -> AD " + ad + ", expected AD " + expectedAd);
                    }
                    expectedAd = expectedAd.plusDays(1);
                }
            }
        }
    }

    @Test
    void gregorianDatesOutsideTheTableAreRejected() {
        BikramSambatDateTest.assertRejected("AD 1943-04-13 is outside the supported range",
                () -> BikramSambatDate.fromGregorian(LocalDate.of(1943, 4, 13)));
        BikramSambatDateTest.assertRejected("AD 2034-04-14 is outside the supported range",
                () -> BikramSambatDate.fromGregorian(LocalDate.of(2034, 4, 14)));
        BikramSambatDateTest.assertRejected("outside the supported range",
                () -> BikramSambatDate.fromGregorian(LocalDate.MIN));
    }

    /** The following BS day, worked out from month lengths alone (independently of the converter). */
    private static BikramSambatDate nextDay(BikramSambatDate date) {
        if (date.day() < BikramSambatCalendarData.daysInMonth(date.year(), date.month())) {
            return BikramSambatDate.of(date.year(), date.month(), date.day() + 1);
        }
        if (date.month() < 12) {
            return BikramSambatDate.of(date.year(), date.month() + 1, 1);
        }
        return BikramSambatDate.of(date.year() + 1, 1, 1);
    }
}
