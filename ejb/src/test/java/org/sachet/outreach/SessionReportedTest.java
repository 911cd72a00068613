package org.sachet.outreach;

import org.junit.jupiter.api.Test;
import org.sachet.geography.District;
import org.sachet.geography.LocalLevel;
import org.sachet.geography.LocalLevelCategory;
import org.sachet.geography.Province;
import org.sachet.platform.RuleViolation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SessionReportedTest {

    private static final Instant NOW = Instant.parse("2026-11-23T06:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final String UUID = "6f1c2b8e-4d7a-4f0e-9b1d-2c3e4f5a6b7c";

    private static final LocalLevel HETAUDA = new LocalLevel(31001,
            new District(31, new Province(3, "Bagmati", "बागमती"), "Makwanpur", "मकवानपुर"), "Hetauda", "हेटौंडा",
            LocalLevelCategory.values()[0], 19);

    private final Venue club = new Venue("YC-31001-01", "Hetauda Youth Club", VenueType.YOUTH_CLUB, HETAUDA, 4,
            "facilitator", NOW);

    private static SessionReport report(SessionKind kind, LocalDate day, int girls, int boys, int women, int men,
                                        boolean confirmed) {
        return new SessionReport(UUID, day, "yc-31001-01 ", kind, girls, boys, women, men, 0, null, List.of(3L, 1L),
                "  Good questions about jobs abroad. ", null, confirmed);
    }

    private OutreachSession reported(SessionReport report) {
        return OutreachSession.reported(report, club, null, "facilitator", TODAY, "facilitator", NOW);
    }

    private RuleViolation refused(SessionReport report) {
        return assertThrows(RuleViolation.class, () -> reported(report));
    }

    @Test
    void aReportIsStoredWithItsVenuesLocalLevelAndTidiedFields() {
        OutreachSession session = reported(report(SessionKind.SBCC_SESSION, TODAY, 12, 9, 3, 2, false));
        assertEquals(31001, session.getLocalLevelCode());
        assertEquals(26, session.getParticipants().total());
        assertEquals(List.of(1L, 3L), session.getMaterialIds());
        assertEquals("Good questions about jobs abroad.", session.getNotes());
        assertEquals("facilitator", session.getFacilitator());
    }

    @Test
    void aRepeatIsTheSameReportOnlyWithTheSameContentFromTheSamePerson() {
        SessionReport first = report(SessionKind.SBCC_SESSION, TODAY, 12, 9, 3, 2, false);
        OutreachSession session = reported(first);
        assertTrue(session.sameReportAs(report(SessionKind.SBCC_SESSION, TODAY, 12, 9, 3, 2, true), "facilitator",
                "facilitator"), "confirming a large figure does not change what the report says");
        assertFalse(session.sameReportAs(report(SessionKind.SBCC_SESSION, TODAY, 12, 9, 3, 3, false), "facilitator",
                "facilitator"));
        assertFalse(session.sameReportAs(first, "someone-else", "facilitator"));
    }

    @Test
    void futureDaysNobodyPresentAndBadUuidsAreRefusedWithTheirField() {
        RuleViolation future = refused(report(SessionKind.SBCC_SESSION, TODAY.plusDays(1), 1, 0, 0, 0, false));
        assertEquals("date", future.field());
        assertEquals("session.date.future", future.messageKey());
        assertEquals("session.date.tooEarly",
                refused(report(SessionKind.SBCC_SESSION, LocalDate.of(2014, 12, 31), 1, 0, 0, 0, false)).messageKey());
        assertEquals("session.participants.nobody",
                refused(report(SessionKind.SBCC_SESSION, TODAY, 0, 0, 0, 0, false)).messageKey());
        SessionReport badUuid = new SessionReport("not-a-uuid", TODAY, "YC-31001-01", SessionKind.SBCC_SESSION, 1, 0,
                0, 0, 0, null, null, null, null, false);
        assertEquals("uuid", refused(badUuid).field());
    }

    @Test
    void aCountAboveTheKindsPlausibleFigureNeedsConfirmationAndAHugeOneIsRefusedOutright() {
        RuleViolation unconfirmed = refused(report(SessionKind.PARENTS_GROUP_MEETING, TODAY, 0, 0, 80, 40, false));
        assertEquals("session.participants.confirm", unconfirmed.messageKey());
        assertEquals(120, reported(report(SessionKind.PARENTS_GROUP_MEETING, TODAY, 0, 0, 80, 40, true))
                .getParticipants().total());
        assertEquals(120, reported(report(SessionKind.INFO_BOOTH_DAY, TODAY, 0, 0, 80, 40, false))
                .getParticipants().total(), "a booth day draws a crowd without a second look");
        RuleViolation huge = refused(report(SessionKind.INFO_BOOTH_DAY, TODAY, 1_000_000_000, 0, 0, 0, true));
        assertEquals("participants.tooMany", huge.messageKey());
        assertEquals("participants.girlsUnder18", huge.field());
        assertEquals("participants.negative",
                refused(report(SessionKind.SBCC_SESSION, TODAY, -1, 5, 0, 0, false)).messageKey());
    }

    @Test
    void onlyASticksAndStonesLessonNamesALessonAndItMust() {
        assertEquals("session.lesson.required",
                refused(report(SessionKind.STICKS_AND_STONES_LESSON, TODAY, 5, 5, 0, 0, false)).messageKey());
    }

    @Test
    void aRecordCanBeCorrectedForThirtyDaysThenLocksUntilAManagerUnlocksIt() {
        OutreachSession session = reported(report(SessionKind.SBCC_SESSION, TODAY, 12, 9, 3, 2, false));
        Instant day29 = NOW.plus(Duration.ofDays(29));
        session.correct(report(SessionKind.SBCC_SESSION, TODAY, 12, 9, 3, 4, false), club, null, "facilitator",
                TODAY.plusDays(29), day29);
        assertEquals(28, session.getParticipants().total());

        Instant day31 = NOW.plus(Duration.ofDays(31));
        assertTrue(session.isLockedAt(day31));
        RuleViolation locked = assertThrows(RuleViolation.class, () -> session.correct(
                report(SessionKind.SBCC_SESSION, TODAY, 1, 1, 1, 1, false), club, null, "facilitator",
                TODAY.plusDays(31), day31));
        assertEquals("session.locked", locked.messageKey());
        assertEquals(28, session.getParticipants().total(), "a refused correction changes nothing");

        session.unlock("manager", day31);
        assertEquals("manager", session.getUnlockedBy());
        session.correct(report(SessionKind.SBCC_SESSION, TODAY, 1, 1, 1, 1, false), club, null, "facilitator",
                TODAY.plusDays(31), day31.plusSeconds(60));
        assertEquals(4, session.getParticipants().total());
        assertEquals("session.notLocked", assertThrows(RuleViolation.class,
                () -> session.unlock("manager", day31.plusSeconds(120))).messageKey());
    }

    @Test
    void theKindOfAReportedSessionStaysWhatItWas() {
        OutreachSession session = reported(report(SessionKind.SBCC_SESSION, TODAY, 12, 9, 3, 2, false));
        assertEquals("session.kind.fixed", assertThrows(RuleViolation.class, () -> session.correct(
                report(SessionKind.TOT_TRAINING, TODAY, 1, 0, 0, 0, false), club, null, "facilitator", TODAY,
                NOW)).messageKey());
    }

    @Test
    void anActivityIsPartOfWhatASessionSaysOnlyWhenItHasOne() {
        SessionReport plain = report(SessionKind.THEATRE_PERFORMANCE, TODAY, 30, 12, 0, 0, false);
        SessionReport withActivity = new SessionReport(plain.uuid(), plain.heldOn(), plain.venueCode(), plain.kind(),
                30, 12, 0, 0, 0, null, plain.materialIds(), plain.notes(), null, false, 42L);
        // without an activity a session says what it said before activities existed: its digest is unchanged
        assertEquals(plain.digest("facilitator"), new SessionReport(plain.uuid(), plain.heldOn(), plain.venueCode(),
                plain.kind(), 30, 12, 0, 0, 0, null, plain.materialIds(), plain.notes(), null, false, null)
                .digest("facilitator"));
        assertNotEquals(plain.digest("facilitator"), withActivity.digest("facilitator"),
                "a repeat that names another activity is another report");
        assertEquals(42L, reported(withActivity).getActivityId());
    }

    @Test
    void onlyAListeningGroupNamesTheEpisodeItHeardAndTheEpisodeIsPartOfWhatItSays() {
        SessionReport heard = new SessionReport(UUID, TODAY, "YC-31001-01", SessionKind.RADIO_LISTENING_GROUP, 8, 6,
                0, 0, 0, null, List.of(), null, null, false, null, 7L);
        SessionReport silent = new SessionReport(UUID, TODAY, "YC-31001-01", SessionKind.RADIO_LISTENING_GROUP, 8, 6,
                0, 0, 0, null, List.of(), null, null, false, null);
        assertEquals(7L, reported(heard).getEpisodeId());
        assertEquals(null, reported(silent).getEpisodeId());
        assertNotEquals(silent.digest("facilitator"), heard.digest("facilitator"),
                "a repeat that names another episode is another report");
        SessionReport sbcc = new SessionReport(UUID, TODAY, "YC-31001-01", SessionKind.SBCC_SESSION, 8, 6, 0, 0, 0,
                null, List.of(), null, null, false, null, 7L);
        assertEquals("session.episode.notListening", refused(sbcc).messageKey());
    }
}
