package org.sachet.it.services;

import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sachet.accounts.Role;
import org.sachet.calendar.BikramSambatDate;
import org.sachet.calendar.NepaliTime;
import org.sachet.geography.Place;
import org.sachet.outreach.OutreachSession;
import org.sachet.outreach.OutreachSessions;
import org.sachet.outreach.SessionKind;
import org.sachet.outreach.SessionReport;
import org.sachet.outreach.Venue;
import org.sachet.outreach.VenueType;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The monthly reach tallies, kept in each session's own transaction, against a count over the sessions written
 * here with plain SQL: after new sessions (alone and in batches) and after corrections that change figures, days
 * and venues, every tally row of the district and its local levels says what the sessions say, and each
 * parents' group's month holds its largest meeting. Jhapa district (local levels 27 to 41) is these tests' alone.
 */
@ExtendWith(ArquillianExtension.class)
class SessionTalliesIT {

    private static final int JHAPA = 4;
    private static final int MECHINAGAR = 27;
    private static final int BIRTAMOD = 28;
    /** Jhapa's local levels, from the reference geography (not from the application's own reading of it). */
    private static final String JHAPA_LEVELS = "BETWEEN 27 AND 41";
    private static final String FACILITATOR = "svc.jhapa.facilitator";

    @Inject
    private OutreachSessions sessions;

    @Inject
    private TestData data;

    /** One tally row's figures: sessions (or meetings) and the five bands. */
    private record Figures(long events, long girls, long boys, long women, long men, long other) {
        Figures plus(Figures f) {
            return new Figures(events + f.events, girls + f.girls, boys + f.boys, women + f.women, men + f.men,
                    other + f.other);
        }

        Figures largest(Figures f) {
            return new Figures(events + f.events, Math.max(girls, f.girls), Math.max(boys, f.boys),
                    Math.max(women, f.women), Math.max(men, f.men), Math.max(other, f.other));
        }

        boolean isZero() {
            return equals(new Figures(0, 0, 0, 0, 0, 0));
        }

        static Figures of(Object[] row, int from) {
            long[] n = new long[6];
            for (int i = 0; i < 6; i++) {
                n[i] = ((Number) row[from + i]).longValue();
            }
            return new Figures(n[0], n[1], n[2], n[3], n[4], n[5]);
        }
    }

    private static SessionReport report(String uuid, LocalDate day, Venue venue, SessionKind kind, int girls, int boys,
                                        int women, int men) {
        return new SessionReport(uuid, day, venue.getCode(), kind, girls, boys, women, men, 0, null, null,
                "tally test", null, false);
    }

    private static int bsMonth(LocalDate day) {
        BikramSambatDate bs = BikramSambatDate.fromGregorian(day);
        return bs.year() * 100 + bs.month();
    }

    @Test
    void theTalliesAgreeWithACountOverTheSessionsAfterNewSessionsAndCorrections() throws Exception {
        data.account(FACILITATOR, Role.FACILITATOR, Place.district(JHAPA));
        Venue club = data.venue(FACILITATOR, "Mechinagar tally club", VenueType.CHILD_CLUB, MECHINAGAR, 1);
        Venue parents = data.venue(FACILITATOR, "Birtamod tally parents", VenueType.PARENTS_GROUP, BIRTAMOD, 2);
        Venue booth = data.venue(FACILITATOR, "Birtamod tally booth", VenueType.INFORMATION_BOOTH, BIRTAMOD, 3);
        LocalDate today = NepaliTime.today();
        LocalDate lastMonth = today.minusDays(35); // another BS month: none is longer than 32 days

        SessionReport sbcc = report(uuid(), today, club, SessionKind.SBCC_SESSION, 12, 10, 1, 0);
        SessionReport sbccEarlier = report(uuid(), today.minusDays(1), club, SessionKind.SBCC_SESSION, 6, 5, 0, 0);
        SessionReport biggestMeeting = report(uuid(), today, parents, SessionKind.PARENTS_GROUP_MEETING, 0, 0, 18, 9);
        SessionReport smallerMeeting = report(uuid(), today, parents, SessionKind.PARENTS_GROUP_MEETING, 0, 0, 11, 12);
        SessionReport lastMonthsMeeting = report(uuid(), lastMonth, parents, SessionKind.PARENTS_GROUP_MEETING,
                0, 0, 7, 3);
        SessionReport boothDay = report(uuid(), lastMonth, booth, SessionKind.INFO_BOOTH_DAY, 40, 35, 60, 52);
        List<OutreachSession> stored = new ArrayList<>();
        data.as(FACILITATOR, () -> {
            stored.add(sessions.report(sbcc).session());
            for (OutreachSessions.BatchOutcome outcome : sessions.reportAll(List.of(sbccEarlier, biggestMeeting,
                    smallerMeeting, lastMonthsMeeting, boothDay))) {
                stored.add(outcome.stored().session());
            }
        });
        assertTalliesAgreeWithTheSessions();

        data.as(FACILITATOR, () -> {
            // other figures; another day in another month; another venue in another local level (a kind stays)
            sessions.correct(stored.get(0).getId(), report(sbcc.uuid(), today, club, SessionKind.SBCC_SESSION,
                    14, 10, 1, 2));
            sessions.correct(stored.get(1).getId(), report(sbccEarlier.uuid(), lastMonth, club,
                    SessionKind.SBCC_SESSION, 6, 5, 0, 0));
            sessions.correct(stored.get(5).getId(), report(boothDay.uuid(), lastMonth, club,
                    SessionKind.INFO_BOOTH_DAY, 9, 8, 2, 1));
            // the group's largest meeting was smaller: the month's members fall to the next largest meeting
            sessions.correct(stored.get(2).getId(), report(biggestMeeting.uuid(), today, parents,
                    SessionKind.PARENTS_GROUP_MEETING, 0, 0, 10, 4));
        });
        assertTalliesAgreeWithTheSessions();
        assertEquals(List.of(11L, 12L), data.rows("SELECT WOMEN_ADULT, MEN_ADULT FROM PARENTS_GROUP_MONTH"
                        + " WHERE VENUE_ID = ? AND BS_MONTH = ?", parents.getId(), bsMonth(today)).stream()
                .flatMap(r -> java.util.stream.Stream.of(((Number) r[0]).longValue(), ((Number) r[1]).longValue()))
                .toList(), "band by band, the largest of the month's meetings");
    }

    private static String uuid() {
        return UUID.randomUUID().toString();
    }

    /**
     * Counts the district's sessions by place, BS month and kind (and each parents' group's month) from the session
     * rows, and compares every tally row with it. A row that a correction emptied stays with zeros: it counts
     * nothing, so it is left out of the comparison.
     */
    private void assertTalliesAgreeWithTheSessions() throws Exception {
        Map<String, Figures> counted = new TreeMap<>();
        Map<String, Figures> groups = new TreeMap<>();
        for (Object[] s : data.rows("SELECT HELD_ON, LOCAL_LEVEL_CODE, KIND, VENUE_ID, 1, GIRLS_UNDER_18,"
                + " BOYS_UNDER_18, WOMEN_ADULT, MEN_ADULT, OTHER_PEOPLE FROM OUTREACH_SESSION"
                + " WHERE LOCAL_LEVEL_CODE " + JHAPA_LEVELS)) {
            int month = bsMonth(((Date) s[0]).toLocalDate());
            Figures figures = Figures.of(s, 4);
            counted.merge("DISTRICT " + JHAPA + " " + month + " " + s[2], figures, Figures::plus);
            counted.merge("LOCAL_LEVEL " + s[1] + " " + month + " " + s[2], figures, Figures::plus);
            if (SessionKind.PARENTS_GROUP_MEETING.name().equals(s[2])) {
                groups.merge(month + " venue " + s[3] + " in " + s[1], figures, Figures::largest);
            }
        }
        Map<String, Figures> tallied = new TreeMap<>();
        for (Object[] t : data.rows("SELECT PLACE_LEVEL, PLACE_CODE, BS_MONTH, KIND, SESSIONS, GIRLS_UNDER_18,"
                + " BOYS_UNDER_18, WOMEN_ADULT, MEN_ADULT, OTHER_PEOPLE FROM SESSION_TALLY"
                + " WHERE (PLACE_LEVEL = 'DISTRICT' AND PLACE_CODE = ?)"
                + " OR (PLACE_LEVEL = 'LOCAL_LEVEL' AND PLACE_CODE " + JHAPA_LEVELS + ")", JHAPA)) {
            Figures figures = Figures.of(t, 4);
            if (!figures.isZero()) {
                tallied.put(t[0] + " " + t[1] + " " + t[2] + " " + t[3], figures);
            }
        }
        Map<String, Figures> groupMonths = new TreeMap<>();
        for (Object[] g : data.rows("SELECT BS_MONTH, VENUE_ID, LOCAL_LEVEL_CODE, MEETINGS, GIRLS_UNDER_18,"
                + " BOYS_UNDER_18, WOMEN_ADULT, MEN_ADULT, OTHER_PEOPLE FROM PARENTS_GROUP_MONTH"
                + " WHERE LOCAL_LEVEL_CODE " + JHAPA_LEVELS)) {
            groupMonths.put(g[0] + " venue " + g[1] + " in " + g[2], Figures.of(g, 3));
        }
        assertTrue(counted.size() >= 8, "the district's sessions are there: " + counted);
        assertEquals(counted, tallied, "SESSION_TALLY says what the sessions say");
        assertEquals(groups, groupMonths, "PARENTS_GROUP_MONTH holds each group's largest meeting of the month");
    }
}
