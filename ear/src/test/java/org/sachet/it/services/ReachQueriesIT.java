package org.sachet.it.services;

import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sachet.accounts.Role;
import org.sachet.calendar.BikramSambatDate;
import org.sachet.calendar.FiscalPeriod;
import org.sachet.calendar.NepaliTime;
import org.sachet.geography.GeographyService;
import org.sachet.geography.Place;
import org.sachet.outreach.OutreachSessions;
import org.sachet.outreach.SessionKind;
import org.sachet.outreach.SessionReport;
import org.sachet.outreach.Venue;
import org.sachet.outreach.VenueType;
import org.sachet.reach.Bands;
import org.sachet.reach.Counting;
import org.sachet.reach.Indicator;
import org.sachet.reach.Reach;
import org.sachet.reach.ReachQueries;
import org.sachet.reach.Tally;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reach figures for a period and a place against the monthly tallies they are read from, summed here with plain
 * SQL: the fiscal year in a district and in each of its local levels, the same district seen from its province
 * (counted from the district's own rows), each BS month, and a period of days that is no whole months (counted
 * from the sessions themselves) with its wards. Dolakha district (local levels 298 to 306) is these tests' alone.
 */
@ExtendWith(ArquillianExtension.class)
class ReachQueriesIT {

    private static final int DOLAKHA = 26;
    private static final int BAGMATI = 3;
    private static final int BHIMESWOR = 298;
    private static final int JIRI = 299;
    private static final List<Integer> DOLAKHA_LEVELS = List.of(298, 299, 300, 301, 302, 303, 304, 305, 306);
    private static final String MANAGER = "svc.dolakha.manager";
    private static final String FACILITATOR = "svc.dolakha.facilitator";
    private static final String NOTES = "reach test";

    @Inject
    private ReachQueries queries;

    @Inject
    private OutreachSessions sessions;

    @Inject
    private GeographyService geography;

    @Inject
    private TestData data;

    private static FiscalPeriod thisYear() {
        return FiscalPeriod.yearOf(NepaliTime.today());
    }

    /** The manager of Dolakha as the dashboard hands them to the queries. */
    private ReachQueries.Viewer manager() {
        Set<Place> places = Set.of(Place.district(DOLAKHA));
        return new ReachQueries.Viewer(places, geography.localLevelCodesWithin(places));
    }

    /** Sessions of several kinds in two local levels and months of this fiscal year, reported once. */
    private void sessionsThisYear() throws Exception {
        data.account(MANAGER, Role.MANAGER, Place.district(DOLAKHA));
        data.account(FACILITATOR, Role.FACILITATOR, Place.district(DOLAKHA));
        if (data.number("SELECT COUNT(*) FROM OUTREACH_SESSION WHERE NOTES = ?", NOTES) > 0) {
            return;
        }
        Venue club = data.venue(FACILITATOR, "Bhimeswor reach club", VenueType.CHILD_CLUB, BHIMESWOR, 1);
        Venue parents = data.venue(FACILITATOR, "Jiri reach parents", VenueType.PARENTS_GROUP, JIRI, 3);
        Venue booth = data.venue(FACILITATOR, "Jiri reach booth", VenueType.INFORMATION_BOOTH, JIRI, 4);
        LocalDate today = NepaliTime.today();
        // never on the year's first day: the period of days below starts the day after it
        LocalDate firstCounted = thisYear().start().plusDays(1);
        LocalDate tenDaysAgo = later(today.minusDays(10), firstCounted);
        LocalDate fortyDaysAgo = later(today.minusDays(40), firstCounted);
        List<SessionReport> reports = List.of(
                report(today, club, SessionKind.SBCC_SESSION, 10, 8, 2, 1),
                report(fortyDaysAgo, club, SessionKind.SBCC_SESSION, 5, 5, 0, 0),
                report(fortyDaysAgo, club, SessionKind.TOT_TRAINING, 0, 0, 12, 9),
                report(today, parents, SessionKind.PARENTS_GROUP_MEETING, 0, 0, 20, 7),
                report(tenDaysAgo, parents, SessionKind.PARENTS_GROUP_MEETING, 0, 0, 15, 12),
                report(fortyDaysAgo, parents, SessionKind.PARENTS_GROUP_MEETING, 1, 0, 9, 2),
                report(tenDaysAgo, booth, SessionKind.INFO_BOOTH_DAY, 30, 25, 40, 33),
                // a radio listening group at the club: its people counted once, as a parents' group's
                report(today, club, SessionKind.RADIO_LISTENING_GROUP, 6, 9, 3, 0),
                report(fortyDaysAgo, club, SessionKind.RADIO_LISTENING_GROUP, 8, 4, 1, 1));
        data.as(FACILITATOR, () -> sessions.reportAll(reports).forEach(o -> assertTrue(o.stored() != null,
                String.valueOf(o.refused()))));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static SessionReport report(LocalDate day, Venue venue, SessionKind kind, int girls, int boys, int women,
                                        int men) {
        return new SessionReport(UUID.randomUUID().toString(), day, venue.getCode(), kind, girls, boys, women, men, 0,
                null, null, NOTES, null, false);
    }

    private static int month(BikramSambatDate day) {
        return day.year() * 100 + day.month();
    }

    private static int firstMonth(FiscalPeriod period) {
        return month(period.months().get(0));
    }

    private static int lastMonth(FiscalPeriod period) {
        return month(period.months().get(period.months().size() - 1));
    }

    /**
     * An indicator's figure as the tallies hold it for some places and BS months: the session rows of its kind
     * summed (sessions held for an event count), or each parents' or listening group's largest attendance, band by
     * band.
     * Completions, kit downloads and the ambassadors' work are not tallied; there are none in Dolakha.
     */
    private Bands tallied(Indicator indicator, String level, List<Integer> places, int fromMonth, int toMonth)
            throws Exception {
        String in = places.stream().map(String::valueOf).collect(Collectors.joining(",", "(", ")"));
        if (indicator.sessionKind().isPresent()) {
            Object[] sums = data.rows("SELECT SUM(GIRLS_UNDER_18), SUM(BOYS_UNDER_18), SUM(WOMEN_ADULT),"
                    + " SUM(MEN_ADULT), SUM(OTHER_PEOPLE), SUM(SESSIONS) FROM SESSION_TALLY WHERE PLACE_LEVEL = ?"
                    + " AND PLACE_CODE IN " + in + " AND KIND = ? AND BS_MONTH BETWEEN ? AND ?", level,
                    indicator.sessionKind().get().name(), fromMonth, toMonth).get(0);
            Bands bands = bands(sums);
            return indicator.counting() == Counting.EVENTS ? Bands.events(bands.events()) : bands;
        }
        if (indicator == Indicator.PARENTS_GROUP_MEMBERS || indicator == Indicator.RADIO_LISTENING_PEOPLE) {
            Bands members = Bands.NONE;
            for (Object[] group : data.rows("SELECT MAX(GIRLS_UNDER_18), MAX(BOYS_UNDER_18), MAX(WOMEN_ADULT),"
                    + " MAX(MEN_ADULT), MAX(OTHER_PEOPLE), SUM(MEETINGS) FROM "
                    + (indicator == Indicator.PARENTS_GROUP_MEMBERS ? "PARENTS_GROUP_MONTH" : "LISTENING_GROUP_MONTH")
                    + " WHERE LOCAL_LEVEL_CODE IN " + (level.equals("DISTRICT") ? "(" + DOLAKHA_LEVELS.stream()
                    .map(String::valueOf).collect(Collectors.joining(",")) + ")" : in)
                    + " AND BS_MONTH BETWEEN ? AND ? GROUP BY VENUE_ID", fromMonth, toMonth)) {
                members = members.plus(bands(group));
            }
            return members;
        }
        return Bands.NONE;
    }

    private static Bands bands(Object[] row) {
        long[] n = new long[6];
        for (int i = 0; i < 6; i++) {
            n[i] = row[i] == null ? 0 : ((Number) row[i]).longValue();
        }
        return new Bands(n[0], n[1], n[2], n[3], n[4], n[5]);
    }

    @Test
    void theFiscalYearsReachInTheDistrictAndEachLocalLevelIsWhatTheTalliesHold() throws Exception {
        sessionsThisYear();
        FiscalPeriod year = thisYear();
        Place dolakha = Place.district(DOLAKHA);
        Reach inDistrict = data.as(MANAGER, () -> queries.reach(manager(), year.start(), year.end(), dolakha));
        Reach inProvince = data.as(MANAGER, () -> queries.reach(manager(), year.start(), year.end(),
                Place.province(BAGMATI)));
        int from = firstMonth(year);
        int to = lastMonth(year);
        for (Indicator indicator : Indicator.values()) {
            Bands district = tallied(indicator, "LOCAL_LEVEL", DOLAKHA_LEVELS, from, to);
            assertEquals(district, inDistrict.at(indicator, dolakha), indicator + " in Dolakha");
            for (int level : List.of(BHIMESWOR, JIRI)) {
                assertEquals(tallied(indicator, "LOCAL_LEVEL", List.of(level), from, to),
                        inDistrict.at(indicator, Place.localLevel(level)), indicator + " in " + level);
            }
            // seen from the province, the whole district is counted from its own rows
            assertEquals(tallied(indicator, "DISTRICT", List.of(DOLAKHA), from, to), inProvince.at(indicator, dolakha),
                    indicator + " in Dolakha, from Bagmati");
            assertEquals(district, inProvince.at(indicator, Place.province(BAGMATI)),
                    indicator + ": the manager sees Dolakha alone of Bagmati");
        }
        assertTrue(inDistrict.value(Indicator.SBCC_PEOPLE_REACHED, dolakha) >= 31, "the sessions are counted");
        assertTrue(inDistrict.value(Indicator.PARENTS_GROUP_MEMBERS, dolakha) >= 32, "each group's largest meeting");
        assertTrue(inDistrict.value(Indicator.RADIO_LISTENING_PEOPLE, dolakha) >= 21,
                "the listening group's largest in each band: 8 girls, 9 boys, 3 women, 1 man");
    }

    @Test
    void eachMonthsReachIsThatMonthsTallies() throws Exception {
        sessionsThisYear();
        FiscalPeriod year = thisYear();
        Tally<BikramSambatDate> months = data.as(MANAGER, () -> queries.byMonth(manager(), Place.district(DOLAKHA),
                year.start(), year.end()));
        long counted = 0;
        for (BikramSambatDate month : year.months()) {
            for (Indicator indicator : Indicator.values()) {
                Bands tallied = tallied(indicator, "LOCAL_LEVEL", DOLAKHA_LEVELS, month(month), month(month));
                assertEquals(tallied, months.at(indicator, month), indicator + " in " + month);
                counted += tallied.events();
            }
        }
        assertTrue(counted >= 7, "the months hold the sessions");
    }

    @Test
    void daysThatAreNoWholeMonthsAreCountedFromTheSessionsAndAgreeWithTheTalliesAndTheWards() throws Exception {
        sessionsThisYear();
        FiscalPeriod year = thisYear();
        LocalDate from = year.start().plusDays(1);
        Place dolakha = Place.district(DOLAKHA);
        Reach reach = data.as(MANAGER, () -> queries.reach(manager(), from, year.end(), dolakha));
        Tally<Integer> jiriWards = data.as(MANAGER, () -> queries.byWard(manager(), JIRI, from, year.end()));
        for (Indicator indicator : Indicator.values()) {
            assertEquals(tallied(indicator, "LOCAL_LEVEL", DOLAKHA_LEVELS, firstMonth(year), lastMonth(year)),
                    reach.at(indicator, dolakha), indicator + ": no session of Dolakha is on the year's first day");
            Bands wards = jiriWards.keys().stream().map(ward -> jiriWards.at(indicator, ward))
                    .reduce(Bands.NONE, Bands::plus);
            assertEquals(reach.at(indicator, Place.localLevel(JIRI)), wards, indicator + ": Jiri's wards add up");
        }
        assertEquals(Set.of(3, 4), jiriWards.keys(), "the wards of Jiri's venues");
    }
}
