package org.sachet.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class BikramSambatCalendarDataTest {

    @Test
    void tableCoversExactlyBsYears2000Through2090() {
        assertEquals(2000, BikramSambatCalendarData.MIN_YEAR);
        assertEquals(2090, BikramSambatCalendarData.MAX_YEAR);
        assertEquals(LocalDate.of(1943, 4, 14), BikramSambatCalendarData.ANCHOR);
    }

    @Test
    void everyYearHas365Or366Days() {
        for (int y = BikramSambatCalendarData.MIN_YEAR; y <= BikramSambatCalendarData.MAX_YEAR; y++) {
            int sum = 0;
            for (int m = 1; m <= 12; m++) {
                sum += BikramSambatCalendarData.daysInMonth(y, m);
            }
            assertTrue(sum == 365 || sum == 366, "BS " + y + " has " + sum + " days");
            assertEquals(sum, BikramSambatCalendarData.daysInYear(y));
        }
    }

    @Test
    void everyMonthHas29To32Days() {
        for (int y = BikramSambatCalendarData.MIN_YEAR; y <= BikramSambatCalendarData.MAX_YEAR; y++) {
            for (int m = 1; m <= 12; m++) {
                int days = BikramSambatCalendarData.daysInMonth(y, m);
                assertTrue(days >= 29 && days <= 32, "BS " + y + "-" + m + " has " + days + " days");
            }
        }
    }

    @Test
    void totalDaysSpanFromAnchorToDayBeforeNewYear2091() {
        // 1 Baisakh 2091 = 2034-04-14 per the Mesha Sankranti computation (see bs-new-year-dates.csv).
        long expected = ChronoUnit.DAYS.between(LocalDate.of(1943, 4, 14), LocalDate.of(2034, 4, 14));
        assertEquals(expected, BikramSambatCalendarData.totalDays());
    }

    @Test
    void disputedYear2062HasBaisakh31Jestha31AsTheGazetteIsQuoted() {
        // See the class Javadoc of BikramSambatCalendarData for the disagreement between sources.
        assertEquals(31, BikramSambatCalendarData.daysInMonth(2062, 1));
        assertEquals(31, BikramSambatCalendarData.daysInMonth(2062, 2));
    }

    @Test
    void officialCalendar2083MonthLengthsAreUsed() {
        int[] published = {31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30};
        for (int m = 1; m <= 12; m++) {
            assertEquals(published[m - 1], BikramSambatCalendarData.daysInMonth(2083, m), "month " + m);
        }
    }
}
