package org.sachet.it.services;

import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sachet.accounts.Role;
import org.sachet.calendar.NepaliTime;
import org.sachet.geography.Place;
import org.sachet.outreach.OutreachSessions;
import org.sachet.outreach.OutreachSessions.BatchOutcome;
import org.sachet.outreach.SessionConflict;
import org.sachet.outreach.SessionKind;
import org.sachet.outreach.SessionReport;
import org.sachet.outreach.Venue;
import org.sachet.outreach.VenueType;
import org.sachet.platform.RuleViolation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sync of sessions as the offline field app sends them, inside the server against the real database: a batch
 * is stored once however often it is sent, a repeat that says something else is a {@link SessionConflict}, and a
 * bad row is refused without a trace of it. Ilam district is these tests' alone.
 */
@ExtendWith(ArquillianExtension.class)
class OutreachSessionsIT {

    private static final int ILAM = 18;
    private static final int SURYODAYA = 17;
    private static final String FACILITATOR = "svc.ilam.facilitator";
    /** A facilitator of Suryodaya only, beside Ilam in the same district. */
    private static final String NEIGHBOUR = "svc.suryodaya.facilitator";

    @Inject
    private OutreachSessions sessions;

    @Inject
    private TestData data;

    private Venue venue() throws Exception {
        data.account(FACILITATOR, Role.FACILITATOR, Place.district(3));
        data.account(NEIGHBOUR, Role.FACILITATOR, Place.localLevel(SURYODAYA));
        return data.venue(FACILITATOR, "Ilam sync test club", VenueType.CHILD_CLUB, ILAM, 2);
    }

    private static SessionReport report(String uuid, LocalDate day, String venueCode, SessionKind kind, int girls,
                                        int boys) {
        return new SessionReport(uuid, day, venueCode, kind, girls, boys, 0, 0, 0, null, null, "sync test", null,
                false);
    }

    /** How many sessions the database holds with these UUIDs. */
    private long stored(List<String> uuids) throws Exception {
        return data.number("SELECT COUNT(*) FROM OUTREACH_SESSION WHERE UUID IN ("
                + uuids.stream().map(u -> "?").collect(Collectors.joining(",")) + ")", uuids.toArray());
    }

    /** Ilam's tally rows, as text to compare: a session stored twice would count twice. */
    private String ilamTallies() throws Exception {
        return data.rows("SELECT BS_MONTH, KIND, SESSIONS, GIRLS_UNDER_18, BOYS_UNDER_18 FROM SESSION_TALLY"
                        + " WHERE PLACE_LEVEL = 'LOCAL_LEVEL' AND PLACE_CODE = ? ORDER BY BS_MONTH, KIND", ILAM)
                .stream().map(java.util.Arrays::toString).collect(Collectors.joining("; "));
    }

    @Test
    void aBatchSentTwiceIsStoredOnceAndAnsweredWithTheRecordsOfTheFirstTime() throws Exception {
        Venue venue = venue();
        LocalDate today = NepaliTime.today();
        List<SessionReport> batch = List.of(
                report(UUID.randomUUID().toString(), today, venue.getCode(), SessionKind.SBCC_SESSION, 12, 9),
                report(UUID.randomUUID().toString(), today.minusDays(1), venue.getCode(), SessionKind.SBCC_SESSION, 4, 3),
                report(UUID.randomUUID().toString(), today.minusDays(2), venue.getCode(),
                        SessionKind.RADIO_LISTENING_GROUP, 7, 0));
        List<String> uuids = batch.stream().map(SessionReport::uuid).toList();

        List<BatchOutcome> first = data.as(FACILITATOR, () -> sessions.reportAll(batch));
        String talliesAfterFirst = ilamTallies();
        List<BatchOutcome> again = data.as(FACILITATOR, () -> sessions.reportAll(batch));

        assertEquals(List.of(true, true, true), first.stream().map(o -> o.stored().created()).toList());
        assertEquals(List.of(false, false, false), again.stream().map(o -> o.stored().created()).toList(),
                "the second sending is answered as repeats");
        assertEquals(first.stream().map(o -> o.stored().session().getId()).toList(),
                again.stream().map(o -> o.stored().session().getId()).toList(), "with the records of the first");
        assertEquals(3, stored(uuids), "each session is in the database once");
        assertEquals(talliesAfterFirst, ilamTallies(), "the repeat added nothing to the tallies");
        assertEquals(FACILITATOR, data.rows("SELECT FACILITATOR FROM OUTREACH_SESSION WHERE UUID = ?",
                uuids.get(0)).get(0)[0]);
    }

    @Test
    void aRepeatThatSaysSomethingElseOrComesFromSomeoneElseIsASessionConflictAndChangesNothing() throws Exception {
        Venue venue = venue();
        String uuid = UUID.randomUUID().toString();
        SessionReport original = report(uuid, NepaliTime.today(), venue.getCode(), SessionKind.SBCC_SESSION, 10, 10);
        long id = data.as(FACILITATOR, () -> sessions.report(original)).session().getId();

        SessionReport otherFigures = report(uuid, NepaliTime.today(), venue.getCode(), SessionKind.SBCC_SESSION, 10, 11);
        List<BatchOutcome> inABatch = data.as(FACILITATOR, () -> sessions.reportAll(List.of(otherFigures)));
        SessionConflict conflict = assertInstanceOf(SessionConflict.class, inABatch.get(0).refused());
        assertNull(inABatch.get(0).stored());
        assertEquals(id, conflict.storedId(), "the conflict names the stored record");
        assertEquals("uuid", conflict.field());

        SessionConflict alone = data.as(FACILITATOR, () -> assertThrows(SessionConflict.class,
                () -> sessions.report(otherFigures)));
        assertEquals(id, alone.storedId());
        // the same report word for word, from another facilitator: not theirs to repeat
        SessionConflict someoneElse = data.as(NEIGHBOUR, () -> assertThrows(SessionConflict.class,
                () -> sessions.report(original)));
        assertEquals(id, someoneElse.storedId());

        List<Object[]> row = data.rows("SELECT ID, BOYS_UNDER_18, RECORDED_BY FROM OUTREACH_SESSION WHERE UUID = ?", uuid);
        assertEquals(1, row.size());
        assertEquals(10, ((Number) row.get(0)[1]).intValue(), "the stored figures stand");
        assertEquals(FACILITATOR, row.get(0)[2]);
    }

    @Test
    void badRowsAreRefusedWithTheirReasonAndNothingOfThemIsStored() throws Exception {
        Venue venue = venue();
        LocalDate today = NepaliTime.today();
        SessionReport good = report(UUID.randomUUID().toString(), today, venue.getCode(), SessionKind.SBCC_SESSION, 5, 5);
        SessionReport unknownVenue = report(UUID.randomUUID().toString(), today, "NOPE-18-99", SessionKind.SBCC_SESSION, 5, 5);
        SessionReport future = report(UUID.randomUUID().toString(), today.plusDays(3), venue.getCode(),
                SessionKind.SBCC_SESSION, 5, 5);
        SessionReport negative = report(UUID.randomUUID().toString(), today, venue.getCode(), SessionKind.SBCC_SESSION,
                -1, 5);
        SessionReport tooMany = report(UUID.randomUUID().toString(), today, venue.getCode(),
                SessionKind.PARENTS_GROUP_MEETING, 80, 80);
        List<SessionReport> batch = List.of(unknownVenue, good, future, negative, tooMany);

        List<BatchOutcome> outcomes = data.as(FACILITATOR, () -> sessions.reportAll(batch));
        assertEquals(5, outcomes.size(), "one answer per row, in order");
        assertNotNull(outcomes.get(1).stored(), "a good row beside bad ones is stored");
        assertEquals(List.of("venueCode:session.venue.unknown", "date:session.date.future",
                        "participants.girlsUnder18:participants.negative", "participants:session.participants.confirm"),
                List.of(reason(outcomes.get(0)), reason(outcomes.get(2)), reason(outcomes.get(3)),
                        reason(outcomes.get(4))));
        assertEquals(0, stored(List.of(unknownVenue.uuid(), future.uuid(), negative.uuid(), tooMany.uuid())),
                "no refused row is stored");
        assertEquals(1, stored(List.of(good.uuid())));

        // a venue outside the reporter's places is refused as well
        BatchOutcome outside = data.as(NEIGHBOUR, () -> sessions.reportAll(List.of(report(UUID.randomUUID().toString(),
                today, venue.getCode(), SessionKind.SBCC_SESSION, 1, 1)))).get(0);
        assertEquals("venueCode:session.venue.outsidePlaces", reason(outside));

        // a batch over the limit is refused whole, before any of it is stored
        List<SessionReport> overTheLimit = new ArrayList<>();
        for (int i = 0; i <= OutreachSessions.MAX_BATCH; i++) {
            overTheLimit.add(report(UUID.randomUUID().toString(), today, venue.getCode(), SessionKind.SBCC_SESSION, 1, 0));
        }
        RuleViolation refused = data.as(FACILITATOR, () -> assertThrows(RuleViolation.class,
                () -> sessions.reportAll(overTheLimit)));
        assertEquals("session.batch.tooMany", refused.messageKey());
        assertEquals(0, stored(overTheLimit.stream().map(SessionReport::uuid).toList()));
        assertTrue(data.rows("SELECT ID FROM OUTREACH_SESSION WHERE NOTES = 'sync test' AND LOCAL_LEVEL_CODE <> ?",
                ILAM).isEmpty(), "these tests write in Ilam only");
    }

    @Test
    void aListeningGroupNamesAnApprovedEpisodeHeardAndNoOtherEpisode() throws Exception {
        Venue venue = venue();
        LocalDate today = NepaliTime.today();
        long approved = data.number("SELECT MIN(ID) FROM RADIO_EPISODE WHERE APPROVED_VERSION IS NOT NULL");
        long outline = data.number("SELECT MIN(ID) FROM RADIO_EPISODE WHERE APPROVED_VERSION IS NULL");
        java.util.function.BiFunction<SessionKind, Long, SessionReport> heard = (kind, episode) -> new SessionReport(
                UUID.randomUUID().toString(), today, venue.getCode(), kind, 9, 7, 2, 1, 0, null, null, null, null,
                false, null, episode);
        List<BatchOutcome> outcomes = data.as(FACILITATOR, () -> sessions.reportAll(List.of(
                heard.apply(SessionKind.RADIO_LISTENING_GROUP, approved),
                heard.apply(SessionKind.RADIO_LISTENING_GROUP, outline),
                heard.apply(SessionKind.RADIO_LISTENING_GROUP, 999_999_999L),
                heard.apply(SessionKind.SBCC_SESSION, approved))));
        assertEquals(approved, outcomes.get(0).stored().session().getEpisodeId());
        assertEquals(approved, data.number("SELECT EPISODE_ID FROM OUTREACH_SESSION WHERE UUID = ?",
                outcomes.get(0).stored().session().getUuid()));
        // the group's largest attendance this month is tallied, band by band, as a parents' group's
        org.sachet.calendar.BikramSambatDate bs = org.sachet.calendar.BikramSambatDate.fromGregorian(today);
        LocalDate first = org.sachet.calendar.BikramSambatDate.of(bs.year(), bs.month(), 1).toGregorian();
        assertEquals(data.number("SELECT MAX(GIRLS_UNDER_18) FROM OUTREACH_SESSION WHERE VENUE_ID = ? AND KIND ="
                        + " 'RADIO_LISTENING_GROUP' AND HELD_ON BETWEEN ? AND ?", venue.getId(),
                        java.sql.Date.valueOf(first), java.sql.Date.valueOf(first.plusDays(bs.lengthOfMonth() - 1L))),
                data.number("SELECT GIRLS_UNDER_18 FROM LISTENING_GROUP_MONTH WHERE VENUE_ID = ? AND BS_MONTH = ?",
                        venue.getId(), monthOf(today)));
        assertEquals("episodeId:session.episode.unknown", reason(outcomes.get(1)), "an outline was never heard");
        assertEquals("episodeId:session.episode.unknown", reason(outcomes.get(2)));
        assertEquals("episodeId:session.episode.notListening", reason(outcomes.get(3)));
    }

    private static int monthOf(LocalDate day) {
        org.sachet.calendar.BikramSambatDate bs = org.sachet.calendar.BikramSambatDate.fromGregorian(day);
        return bs.year() * 100 + bs.month();
    }

    private static String reason(BatchOutcome outcome) {
        assertNull(outcome.stored(), "refused");
        return outcome.refused().field() + ":" + outcome.refused().messageKey();
    }
}
