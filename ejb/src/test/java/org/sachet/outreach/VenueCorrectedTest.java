package org.sachet.outreach;

import org.junit.jupiter.api.Test;
import org.sachet.geography.District;
import org.sachet.geography.LocalLevel;
import org.sachet.geography.LocalLevelCategory;
import org.sachet.geography.Province;
import org.sachet.platform.RuleViolation;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class VenueCorrectedTest {

    private static final District MAKWANPUR = new District(31, new Province(3, "Bagmati", "बागमती"), "Makwanpur",
            "मकवानपुर");
    private static final LocalLevel HETAUDA = new LocalLevel(31001, MAKWANPUR, "Hetauda", "हेटौंडा",
            LocalLevelCategory.values()[0], 19);
    private static final LocalLevel THAHA = new LocalLevel(31002, MAKWANPUR, "Thaha", "थाहा",
            LocalLevelCategory.values()[0], 12);

    private final Venue club = new Venue("YC-31001-01", "Hetauda Youth Clob", VenueType.YOUTH_CLUB, HETAUDA, 4,
            "facilitator", Instant.parse("2026-11-23T06:00:00Z"));

    @Test
    void aCorrectionChangesTheNameKindWardAndSchoolCodeButNeverTheCode() {
        club.correct("  Hetauda Youth Club ", VenueType.CHILD_CLUB, HETAUDA, 11, " 310010 ", true);
        assertEquals("YC-31001-01", club.getCode());
        assertEquals("Hetauda Youth Club", club.getName());
        assertEquals(VenueType.CHILD_CLUB, club.getType());
        assertEquals(11, club.getWard());
        assertEquals("310010", club.getSchoolCode());
        club.correct("Hetauda Youth Club", VenueType.CHILD_CLUB, HETAUDA, 11, "", true);
        assertNull(club.getSchoolCode(), "an emptied school code is removed");
    }

    @Test
    void theLocalLevelMovesOnlyWhileNothingIsRecordedThere() {
        RuleViolation fixed = assertThrows(RuleViolation.class,
                () -> club.correct("Hetauda Youth Club", VenueType.YOUTH_CLUB, THAHA, 2, null, true));
        assertEquals("venue.localLevel.fixed", fixed.messageKey());
        assertEquals(31001, club.getLocalLevelCode(), "a refused correction changes nothing");
        assertEquals("Hetauda Youth Clob", club.getName());

        club.correct("Thaha Youth Club", VenueType.YOUTH_CLUB, THAHA, 2, null, false);
        assertEquals(31002, club.getLocalLevelCode());
    }

    @Test
    void aBadCorrectionIsRefusedWholeWithTheFieldToMend() {
        assertEquals("venue.name.invalid", assertThrows(RuleViolation.class,
                () -> club.correct(" ", VenueType.YOUTH_CLUB, HETAUDA, 4, null, false)).messageKey());
        assertEquals("venue.ward.invalid", assertThrows(RuleViolation.class,
                () -> club.correct("Club", VenueType.YOUTH_CLUB, HETAUDA, 20, null, false)).messageKey());
        assertEquals("venue.type.required", assertThrows(RuleViolation.class,
                () -> club.correct("Club", null, HETAUDA, 4, null, false)).messageKey());
        assertEquals("venue.schoolCode.invalid", assertThrows(RuleViolation.class,
                () -> club.correct("Club", VenueType.SCHOOL, HETAUDA, 4, "no spaces", false)).messageKey());
        assertEquals("Hetauda Youth Clob", club.getName());
        assertEquals(4, club.getWard());
    }
}
