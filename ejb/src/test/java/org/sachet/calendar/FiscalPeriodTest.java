package org.sachet.calendar;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FiscalPeriodTest {

    private final FiscalPeriod fy2083 = FiscalPeriod.year(2083);

    @Test
    void aFiscalYearRunsFromOneShrawanToTheLastDayOfAsarOfTheNextBsYear() {
        assertEquals(BikramSambatDate.of(2083, 4, 1).toGregorian(), fy2083.start());
        assertEquals(Month.JULY, fy2083.start().getMonth());
        assertTrue(fy2083.start().getDayOfMonth() >= 15 && fy2083.start().getDayOfMonth() <= 18, fy2083.start()::toString);
        assertEquals(FiscalPeriod.year(2084).start().minusDays(1), fy2083.end());
        assertEquals(BikramSambatDate.of(2084, 3, 1), fy2083.months().get(11));
        assertEquals(12, fy2083.months().size());
    }

    @Test
    void quartersSplitTheYearIntoThreeMonthsEachWithNoGapOrOverlap() {
        List<FiscalPeriod> quarters = fy2083.quarters();
        assertEquals(fy2083.start(), quarters.get(0).start());
        for (int i = 1; i < 4; i++) {
            assertEquals(quarters.get(i - 1).end().plusDays(1), quarters.get(i).start());
        }
        assertEquals(fy2083.end(), quarters.get(3).end());
        assertEquals(List.of(BikramSambatDate.of(2083, 10, 1), BikramSambatDate.of(2083, 11, 1),
                BikramSambatDate.of(2083, 12, 1)), quarters.get(2).months(), "Q3 is Magh to Chaitra");
        assertEquals(BikramSambatDate.of(2084, 1, 1), quarters.get(3).months().get(0), "Q4 starts in Baisakh");
    }

    @Test
    void aDayBelongsToTheFiscalYearThatStartedOnTheShrawanBeforeIt() {
        assertEquals(fy2083, FiscalPeriod.yearOf(fy2083.start()));
        assertEquals(FiscalPeriod.year(2082), FiscalPeriod.yearOf(fy2083.start().minusDays(1)));
        assertEquals(fy2083, FiscalPeriod.yearOf(LocalDate.of(2026, 12, 1)));
        assertTrue(fy2083.contains(fy2083.end()));
        assertFalse(fy2083.contains(fy2083.end().plusDays(1)));
    }

    @Test
    void theElapsedShareGoesFromNothingBeforeTheStartToAllAfterTheEnd() {
        assertEquals(0, fy2083.elapsedShare(fy2083.start().minusDays(1)));
        assertEquals(1, fy2083.elapsedShare(fy2083.end()));
        double halfway = fy2083.elapsedShare(fy2083.start().plusDays(182));
        assertTrue(halfway > 0.49 && halfway < 0.51, () -> String.valueOf(halfway));
    }

    @Test
    void periodsReadAndWriteAsTheProgrammeWritesThem() {
        assertEquals("2083/84", fy2083.toString());
        assertEquals("2083/84-Q2", new FiscalPeriod(2083, 2).toString());
        assertEquals(Optional.empty(), FiscalPeriod.parse("2099/00"));
        assertEquals(Optional.of(new FiscalPeriod(2083, 2)), FiscalPeriod.parse("२०८३/८४-Q2"));
        assertEquals(Optional.of(new FiscalPeriod(2083, 3)), FiscalPeriod.parse("2083/84 Q3"));
        assertEquals(Optional.of(fy2083), FiscalPeriod.parse(" 2083/84 "));
        assertEquals(Optional.empty(), FiscalPeriod.parse("2083/85"), "the years must follow each other");
        assertEquals(Optional.empty(), FiscalPeriod.parse("2083/84-Q5"));
        assertEquals(Optional.empty(), FiscalPeriod.parse("FY83"));
        assertThrows(IllegalArgumentException.class, () -> new FiscalPeriod(2083, 5));
    }
}
