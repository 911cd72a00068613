package org.sachet.reach;

import org.junit.jupiter.api.Test;
import org.sachet.calendar.FiscalPeriod;
import org.sachet.calendar.NepaliTime;
import org.sachet.geography.Place;
import org.sachet.platform.RuleViolation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReachRequestTest {

    @Test
    void readsAPeriodAndAPlace() {
        ReachRequest request = ReachRequest.parse("2083/84-Q2", "DISTRICT:31", Place.COUNTRY);
        assertEquals(FiscalPeriod.parse("2083/84-Q2").orElseThrow(), request.period());
        assertEquals(Place.parse("DISTRICT:31"), request.place());
        assertTrue(request.problems().isEmpty());
        assertSame(request, request.orRefuse());
    }

    @Test
    void blankMeansThisFiscalYearAndTheDefaultPlace() {
        Place home = Place.parse("LOCAL_LEVEL:337");
        ReachRequest request = ReachRequest.parse(" ", null, home);
        assertEquals(FiscalPeriod.yearOf(NepaliTime.today()), request.period());
        assertEquals(home, request.place());
        assertTrue(request.problems().isEmpty());
    }

    @Test
    void whatCannotBeReadIsAProblemBesideTheDefaultAndRefusedOnRequest() {
        ReachRequest request = ReachRequest.parse("nonsense", "DISTRICT:x", Place.COUNTRY);
        assertEquals(FiscalPeriod.yearOf(NepaliTime.today()), request.period());
        assertEquals(Place.COUNTRY, request.place());
        assertEquals(2, request.problems().size());
        assertEquals("period", request.problems().get(0).field());
        assertEquals("place", request.problems().get(1).field());
        RuleViolation refused = assertThrows(RuleViolation.class, request::orRefuse);
        assertEquals("targets.import.badPeriod", refused.messageKey());
    }

    @Test
    void aGoodPlaceIsKeptWhenThePeriodIsBad() {
        ReachRequest request = ReachRequest.parse("2083", "PROVINCE:3", Place.COUNTRY);
        assertEquals(Place.parse("PROVINCE:3"), request.place());
        assertEquals(1, request.problems().size());
    }
}
