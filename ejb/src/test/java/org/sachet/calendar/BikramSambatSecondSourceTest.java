package org.sachet.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Compares every month of {@link BikramSambatCalendarData} with an independently maintained table
 * (medic/bikram-sambat, copied into {@code bs-month-lengths-medic.csv}), so that a mistyped value, or a
 * source that changes when the table is next refreshed, is noticed. Known differences are listed one by
 * one: a new difference fails, and so does a listed one that has gone.
 */
class BikramSambatSecondSourceTest {

    private static final String CSV = "bs-month-lengths-medic.csv";

    /** "year-month ours/theirs" for every month where the table deliberately differs from the second source. */
    private static final Set<String> EXPECTED_DIFFERENCES = Set.of(
            // 2062: 31 / 31, which aerawatcorp/bikram confirmed against the Nepal Rajpatra (class doc).
            "2062-01 31/30", "2062-02 31/32",
            // 2084..2090: projections, no official calendar yet; the table follows node-nepali-datetime.
            "2084-02 32/31", "2084-03 31/32", "2084-04 32/31", "2084-10 29/30", "2084-12 31/30",
            "2085-01 30/31", "2085-05 31/30", "2085-06 30/31", "2085-11 29/30", "2085-12 31/30",
            "2086-01 31/30", "2086-02 31/32", "2086-03 32/31", "2086-04 31/32",
            "2086-06 31/30", "2086-08 29/30", "2086-09 30/29", "2086-10 29/30",
            "2087-04 32/31", "2087-06 30/31", "2087-08 29/30", "2087-09 30/29", "2087-10 29/30",
            "2088-01 31/30", "2088-02 32/31", "2088-03 31/32", "2088-05 31/30",
            "2088-06 30/31", "2088-10 29/30", "2088-12 31/30",
            "2089-11 29/30", "2089-12 31/30",
            "2090-01 31/30", "2090-02 31/32", "2090-03 32/31", "2090-04 31/32",
            "2090-06 31/30", "2090-08 29/30", "2090-09 30/29", "2090-10 29/30");

    /** Rows of the CSV: BS year to the days of Baisakh..Chaitra. */
    private static TreeMap<Integer, int[]> secondSource() throws IOException {
        TreeMap<Integer, int[]> years = new TreeMap<>();
        try (InputStream in = BikramSambatSecondSourceTest.class.getResourceAsStream(CSV)) {
            assertNotNull(in, CSV + " is missing");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("bs_year")) {
                    continue;
                }
                String[] cells = line.split(",");
                assertEquals(13, cells.length, "row " + line);
                int[] days = new int[12];
                for (int m = 0; m < 12; m++) {
                    days[m] = Integer.parseInt(cells[m + 1].trim());
                }
                assertTrue(years.put(Integer.parseInt(cells[0].trim()), days) == null, "repeated row " + line);
            }
        }
        return years;
    }

    @Test
    void secondSourceCoversEveryYearOfTheTable() throws IOException {
        TreeMap<Integer, int[]> source = secondSource();
        assertEquals(BikramSambatCalendarData.MIN_YEAR, source.firstKey());
        assertEquals(BikramSambatCalendarData.MAX_YEAR, source.lastKey());
        assertEquals(BikramSambatCalendarData.MAX_YEAR - BikramSambatCalendarData.MIN_YEAR + 1, source.size());
    }

    @Test
    void everyMonthMatchesTheSecondSourceExceptTheListedDifferences() throws IOException {
        Set<String> differences = new TreeSet<>();
        for (Map.Entry<Integer, int[]> row : secondSource().entrySet()) {
            int year = row.getKey();
            for (int m = 1; m <= 12; m++) {
                int ours = BikramSambatCalendarData.daysInMonth(year, m);
                int theirs = row.getValue()[m - 1];
                if (ours != theirs) {
                    differences.add(String.format("%d-%02d %d/%d", year, m, ours, theirs));
                }
            }
        }
        Set<String> unexpected = new TreeSet<>(differences);
        unexpected.removeAll(EXPECTED_DIFFERENCES);
        Set<String> gone = new TreeSet<>(EXPECTED_DIFFERENCES);
        gone.removeAll(differences);
        assertTrue(unexpected.isEmpty(), "months differing from medic/bikram-sambat, not listed: " + unexpected);
        assertTrue(gone.isEmpty(), "listed differences that no longer occur: " + gone);
    }

    @Test
    void listedDifferencesAreOnly2062BaisakhJesthaAndProjectionYears() {
        for (String difference : EXPECTED_DIFFERENCES) {
            int year = Integer.parseInt(difference.substring(0, 4));
            int month = Integer.parseInt(difference.substring(5, 7));
            boolean disputed2062 = year == 2062 && month <= 2;
            boolean projection = year > BikramSambatCalendarData.LAST_PUBLISHED_YEAR;
            assertTrue(disputed2062 || projection, difference + " is in a published year");
        }
    }
}
