package org.sachet.reach;

import org.junit.jupiter.api.Test;
import org.sachet.calendar.FiscalPeriod;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WholeMonthsTest {

    @Test
    void fiscalPeriodsAreWholeBsMonthsSoTheTalliesServeThem() {
        FiscalPeriod year = FiscalPeriod.year(2083);
        assertArrayEquals(new int[]{208304, 208403}, ReachQueries.wholeMonths(year.start(), year.end()).orElseThrow());
        FiscalPeriod q2 = new FiscalPeriod(2083, 2);
        assertArrayEquals(new int[]{208307, 208309}, ReachQueries.wholeMonths(q2.start(), q2.end()).orElseThrow());
    }

    @Test
    void otherDaysAreCountedFromTheSessions() {
        FiscalPeriod year = FiscalPeriod.year(2083);
        assertTrue(ReachQueries.wholeMonths(year.start().plusDays(1), year.end()).isEmpty());
        assertTrue(ReachQueries.wholeMonths(year.start(), year.end().minusDays(1)).isEmpty());
        assertTrue(ReachQueries.wholeMonths(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 31)).isEmpty(),
                "an ISO month is not a BS month");
    }
}
