package org.sachet.it.services;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sachet.accounts.Role;
import org.sachet.catalogue.Audience;
import org.sachet.catalogue.MaterialLanguage;
import org.sachet.catalogue.Topic;
import org.sachet.calendar.BikramSambatDate;
import org.sachet.calendar.NepaliTime;
import org.sachet.geography.Place;
import org.sachet.platform.RuleViolation;
import org.sachet.radio.AsRun;
import org.sachet.radio.AsRunReport;
import org.sachet.radio.BroadcastPayment;
import org.sachet.radio.BroadcastService;
import org.sachet.radio.BroadcastSlot;
import org.sachet.radio.EpisodeDetails;
import org.sachet.radio.EpisodeStatus;
import org.sachet.radio.KeyMessage;
import org.sachet.radio.RadioSeries;
import org.sachet.radio.RadioSeriesService;
import org.sachet.radio.ScriptReviewService;
import org.sachet.radio.ScriptService;
import org.sachet.radio.SeriesDetails;
import org.sachet.radio.SlotDetails;
import org.sachet.radio.Station;
import org.sachet.radio.StationDetails;
import org.sachet.radio.StationMonth;
import org.sachet.reach.Indicator;
import org.sachet.reach.Reach;
import org.sachet.reach.ReachQueries;
import org.sachet.reach.Tally;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Stations and broadcasts against the real database (issue 17, step 6): only approved episodes are scheduled, a
 * station's air holds one slot at a time, as-run is refused before the slot's time, answers the same when sent
 * twice, and is sent only by producers whose places the station covers.
 */
@ExtendWith(ArquillianExtension.class)
class BroadcastsIT {

    private static final String PRODUCER = "svc.air.producer";
    private static final String REVIEWER = "svc.air.reviewer";
    private static final String ELSEWHERE = "svc.air.elsewhere";

    @Inject
    private RadioSeriesService radio;

    @Inject
    private ScriptService scripts;

    @Inject
    private ScriptReviewService reviews;

    @Inject
    private BroadcastService broadcasts;

    @Inject
    private TestData data;

    @Inject
    private ReachQueries queries;

    @Inject
    private org.sachet.geography.GeographyService geography;

    private String refusal(org.junit.jupiter.api.function.Executable action) {
        return assertThrows(RuleViolation.class, action).messageKey();
    }

    @Test
    void approvedEpisodesOnFreeAirAndAsRunOnceAfterItsTime() throws Exception {
        int localLevel = (int) data.number("SELECT MIN(CODE) FROM LOCAL_LEVEL WHERE DISTRICT_CODE = 30");
        data.account(PRODUCER, Role.PRODUCER, Place.district(30));
        data.account(REVIEWER, Role.REVIEWER, Place.COUNTRY);
        data.account(ELSEWHERE, Role.PRODUCER, Place.district(1));
        long[] ids = data.as(PRODUCER, () -> {
            RadioSeries series = radio.create(new SeriesDetails("Air " + System.nanoTime(), "प्रसारण",
                    MaterialLanguage.ENGLISH, Audience.COMMUNITY, "Families know.", "परिवारले थाहा पाउँछन्।",
                    List.of(new KeyMessage("Check offers.", "प्रस्ताव जाँच्नुहोस्।")), Set.of(Topic.SAFE_MIGRATION)));
            radio.addCharacter(series.getId(), radio.series(series.getId()).getVersion(), "Maya", "A student", 1);
            long approved = radio.addEpisode(series.getId(), radio.series(series.getId()).getVersion(),
                    new EpisodeDetails(1, "The offer", "An offer.", Set.of(1), 15)).getId();
            long outline = radio.addEpisode(series.getId(), radio.series(series.getId()).getVersion(),
                    new EpisodeDetails(2, "The call", "A call.", Set.of(1), 15)).getId();
            scripts.save(approved, 0, "SCENE 1: Bus park\nMAYA: Wait!\n", null);
            reviews.sendForReview(approved, 1);
            Station station = broadcasts.addStation(new StationDetails("Radio Air " + System.nanoTime(),
                    "FM 104.6", "Station manager", Set.of(localLevel)));
            return new long[]{approved, outline, station.getId()};
        });
        data.as(REVIEWER, () -> reviews.approve(ids[0], 1));
        Instant yesterday = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MINUTES);
        Instant tomorrow = yesterday.plus(Duration.ofDays(2));
        long slot = data.as(PRODUCER, () -> {
            assertEquals("radio.broadcast.notApproved", refusal(() -> broadcasts.schedule(ids[2], ids[1],
                    new SlotDetails(yesterday, 15, BroadcastPayment.FREE, null))));
            assertEquals("radio.station.unknownLocalLevel", refusal(() -> broadcasts.addStation(new StationDetails(
                    "Nowhere FM", "FM 1", "nobody", Set.of(999_999)))));
            BroadcastSlot aired = broadcasts.schedule(ids[2], ids[0], new SlotDetails(yesterday, 15,
                    BroadcastPayment.PAID, 2_500L));
            assertEquals("radio.broadcast.overlap", refusal(() -> broadcasts.schedule(ids[2], ids[0],
                    new SlotDetails(yesterday.plus(Duration.ofMinutes(10)), 15, BroadcastPayment.FREE, null))));
            broadcasts.schedule(ids[2], ids[0], new SlotDetails(yesterday.plus(Duration.ofMinutes(15)), 15,
                    BroadcastPayment.FREE, null));
            BroadcastSlot later = broadcasts.schedule(ids[2], ids[0], new SlotDetails(tomorrow, 15,
                    BroadcastPayment.SPONSORED, null));
            assertEquals("radio.asRun.future", refusal(() -> broadcasts.confirm(later.getId(),
                    new AsRunReport(AsRun.AIRED, null, null))));
            // moved: onto another slot's air refused and nothing changed; to a free hour, a new planned slot
            BroadcastSlot moving = broadcasts.schedule(ids[2], ids[0], new SlotDetails(yesterday.plus(
                    Duration.ofHours(2)), 15, BroadcastPayment.FREE, null));
            assertEquals("radio.broadcast.overlap", refusal(() -> broadcasts.confirm(moving.getId(),
                    new AsRunReport(AsRun.RESCHEDULED, "Election news", tomorrow.plus(Duration.ofMinutes(5))))));
            assertEquals(AsRun.PLANNED, broadcasts.broadcast(moving.getId()).getAsRun());
            BroadcastSlot moved = broadcasts.confirm(moving.getId(), new AsRunReport(AsRun.RESCHEDULED,
                    "Election news", tomorrow.plus(Duration.ofHours(1))));
            assertEquals(AsRun.RESCHEDULED, moved.getAsRun());
            assertEquals(AsRun.PLANNED, moved.getRescheduledTo().getAsRun());
            return aired.getId();
        });
        data.as(ELSEWHERE, () -> assertEquals("radio.station.notYours", refusal(() -> broadcasts.confirm(slot,
                new AsRunReport(AsRun.AIRED, null, null)))));
        data.as(PRODUCER, () -> {
            assertEquals(AsRun.AIRED, broadcasts.confirm(slot, new AsRunReport(AsRun.AIRED, null, null)).getAsRun());
            assertEquals(AsRun.AIRED, broadcasts.confirm(slot, new AsRunReport(AsRun.AIRED, null, null)).getAsRun(),
                    "a repeat answers the same");
            assertEquals("radio.asRun.alreadyConfirmed", refusal(() -> broadcasts.confirm(slot,
                    new AsRunReport(AsRun.NOT_AIRED, "Power cut", null))));
            assertEquals(EpisodeStatus.AIRED, scripts.episode(ids[0]).getStatus());
        });
        assertEquals(2, data.number("SELECT COUNT(*) FROM AUDIT_ENTRY WHERE AUDIT_ACTION = 'radio.broadcast.asRun'"
                + " AND ACTOR = ?", PRODUCER), "the move and the aired slot; the repeat changed nothing");
        assertEquals(5, data.number("SELECT COUNT(*) FROM RADIO_BROADCAST WHERE STATION_ID = ?", ids[2]),
                "refused slots left nothing: three scheduled, one moved and its new slot");
        data.as(REVIEWER, () -> {
            assertEquals(5, broadcasts.broadcasts(ids[2], yesterday.minus(Duration.ofDays(1)),
                    tomorrow.plus(Duration.ofDays(1))).size());
            assertThrows(EJBAccessException.class, () -> broadcasts.confirm(slot,
                    new AsRunReport(AsRun.AIRED, null, null)));
        });
    }

    @Test
    void aMonthsReconciliationCountsWhatStandsAndThePaidSlotsThatDidNotAir() throws Exception {
        int localLevel = (int) data.number("SELECT MAX(CODE) FROM LOCAL_LEVEL WHERE DISTRICT_CODE = 30");
        data.account(PRODUCER, Role.PRODUCER, Place.district(30));
        data.account(REVIEWER, Role.REVIEWER, Place.COUNTRY);
        data.account(ELSEWHERE, Role.PRODUCER, Place.district(1));
        BikramSambatDate bhadra = BikramSambatDate.of(2083, 5, 1);
        Instant evening = bhadra.toGregorian().atTime(19, 0).atZone(NepaliTime.ZONE).toInstant();
        long episode = approvedEpisode(PRODUCER, "Ledger");
        long[] ids = {episode, data.as(PRODUCER, () -> broadcasts.addStation(new StationDetails("Radio Ledger "
                + System.nanoTime(), "FM 99.1", "Station manager", Set.of(localLevel))).getId())};
        data.as(PRODUCER, () -> {
            Duration day = Duration.ofDays(1);
            long aired = broadcasts.schedule(ids[1], ids[0], new SlotDetails(evening, 15, BroadcastPayment.PAID,
                    2_500L)).getId();
            long lost = broadcasts.schedule(ids[1], ids[0], new SlotDetails(evening.plus(day), 15,
                    BroadcastPayment.PAID, 1_000L)).getId();
            long free = broadcasts.schedule(ids[1], ids[0], new SlotDetails(evening.plus(day.multipliedBy(2)), 15,
                    BroadcastPayment.FREE, null)).getId();
            long moving = broadcasts.schedule(ids[1], ids[0], new SlotDetails(evening.plus(day.multipliedBy(3)), 15,
                    BroadcastPayment.PAID, 700L)).getId();
            // the next month's first evening is not this month's
            broadcasts.schedule(ids[1], ids[0], new SlotDetails(evening.plus(day.multipliedBy(
                    bhadra.lengthOfMonth())), 15, BroadcastPayment.PAID, 9_000L));
            broadcasts.confirm(aired, new AsRunReport(AsRun.AIRED, null, null));
            broadcasts.confirm(lost, new AsRunReport(AsRun.NOT_AIRED, "Power cut", null));
            broadcasts.confirm(free, new AsRunReport(AsRun.AIRED, null, null));
            BroadcastSlot moved = broadcasts.confirm(moving, new AsRunReport(AsRun.RESCHEDULED, "Election news",
                    evening.plus(day.multipliedBy(4))));
            broadcasts.confirm(moved.getRescheduledTo().getId(), new AsRunReport(AsRun.AIRED, null, null));
            assertEquals(new StationMonth(ids[1], broadcasts.station(ids[1]).getName(), 4, 3, 1, 0, 1, 3, 4_200,
                    1_000, 45), row(broadcasts.reconciliation(bhadra), ids[1]).orElseThrow());
        });
        data.as(REVIEWER, () -> assertEquals(4_200, row(broadcasts.reconciliation(bhadra), ids[1]).orElseThrow()
                .paidNpr(), "a reviewer of the whole country sees every station"));
        data.as(ELSEWHERE, () -> assertTrue(row(broadcasts.reconciliation(bhadra), ids[1]).isEmpty(),
                "a station outside a producer's places is not shown"));
        data.account("svc.air.manager", Role.MANAGER, Place.district(1));
        data.as("svc.air.manager", () -> assertEquals(1_000, row(broadcasts.reconciliation(bhadra), ids[1])
                .orElseThrow().paidNprNotAired(), "a manager sees the reconciliation across every station"));
    }

    @Test
    void airedBroadcastsCountAsReachInEveryPlaceTheirSignalReachesOnceEach() throws Exception {
        // Sudurpashchim (province 7) has no demo station: two of its districts, their first local levels
        int west = (int) data.number("SELECT MIN(CODE) FROM DISTRICT WHERE PROVINCE_CODE = 7");
        int east = (int) data.number("SELECT MAX(CODE) FROM DISTRICT WHERE PROVINCE_CODE = 7");
        int[] levels = new int[3];
        levels[0] = (int) data.number("SELECT MIN(CODE) FROM LOCAL_LEVEL WHERE DISTRICT_CODE = ?", west);
        levels[1] = (int) data.number("SELECT MAX(CODE) FROM LOCAL_LEVEL WHERE DISTRICT_CODE = ?", west);
        levels[2] = (int) data.number("SELECT MIN(CODE) FROM LOCAL_LEVEL WHERE DISTRICT_CODE = ?", east);
        String producer = "svc.air.west.producer";
        data.account(producer, Role.PRODUCER, Place.province(7));
        data.account(REVIEWER, Role.REVIEWER, Place.COUNTRY);
        data.account("svc.air.west.manager", Role.MANAGER, Place.province(7));
        BikramSambatDate ashwin = BikramSambatDate.of(2083, 6, 1);
        Instant evening = ashwin.toGregorian().atTime(19, 0).atZone(NepaliTime.ZONE).toInstant();
        Duration day = Duration.ofDays(1);
        long episode = approvedEpisode(producer, "Reach");
        data.as(producer, () -> {
            long district = broadcasts.addStation(new StationDetails("West FM " + System.nanoTime(), "FM 90.1",
                    "Station manager", Set.of(levels[0], levels[1]))).getId();
            long across = broadcasts.addStation(new StationDetails("Border FM " + System.nanoTime(), "FM 90.2",
                    "Station manager", Set.of(levels[1], levels[2]))).getId();
            for (int i = 0; i < 3; i++) { // two aired, one not
                long slot = broadcasts.schedule(district, episode, new SlotDetails(evening.plus(day.multipliedBy(i)),
                        15, BroadcastPayment.FREE, null)).getId();
                broadcasts.confirm(slot, i < 2 ? new AsRunReport(AsRun.AIRED, null, null)
                        : new AsRunReport(AsRun.NOT_AIRED, "Power cut", null));
            }
            long moving = broadcasts.schedule(across, episode, new SlotDetails(evening.plus(day.multipliedBy(4)), 15,
                    BroadcastPayment.FREE, null)).getId();
            long moved = broadcasts.confirm(moving, new AsRunReport(AsRun.RESCHEDULED, "News",
                    evening.plus(day.multipliedBy(5)))).getRescheduledTo().getId();
            broadcasts.confirm(moved, new AsRunReport(AsRun.AIRED, null, null));
        });
        java.time.LocalDate from = ashwin.toGregorian();
        java.time.LocalDate to = from.plusDays(ashwin.lengthOfMonth() - 1L);
        Set<Place> places = Set.of(Place.province(7));
        ReachQueries.Viewer viewer = new ReachQueries.Viewer(places, data.as("svc.air.west.manager",
                () -> geography.localLevelCodesWithin(places)));
        Reach reach = data.as("svc.air.west.manager", () -> queries.reach(viewer, from, to, Place.province(7)));
        Place inWest = Place.district(west);
        assertEquals(4, reach.value(Indicator.RADIO_BROADCASTS_PLANNED, inWest),
                "both stations are heard in the west, the moved slot once, where it went");
        assertEquals(3, reach.value(Indicator.RADIO_BROADCASTS_AIRED, inWest));
        assertEquals(1, reach.value(Indicator.RADIO_BROADCASTS_AIRED, Place.district(east)), "only the border's");
        assertEquals(3, reach.value(Indicator.RADIO_BROADCASTS_AIRED, Place.province(7)),
                "each broadcast once in the province, though heard in two of its districts");
        assertEquals(1, reach.value(Indicator.RADIO_EPISODES_AIRED, inWest));
        assertEquals(1, reach.value(Indicator.RADIO_EPISODES_AIRED, Place.province(7)), "once, on two stations");
        assertEquals(2, reach.value(Indicator.RADIO_LOCAL_LEVELS_COVERED, inWest));
        assertEquals(3, reach.value(Indicator.RADIO_LOCAL_LEVELS_COVERED, Place.province(7)),
                "a local level both stations cover counts once");
        assertEquals(1, reach.value(Indicator.RADIO_BROADCASTS_AIRED, Place.localLevel(levels[2])));
        Tally<BikramSambatDate> months = data.as("svc.air.west.manager", () -> queries.byMonth(viewer,
                Place.province(7), from, to));
        assertEquals(3, months.value(Indicator.RADIO_BROADCASTS_AIRED, ashwin));
    }

    /** A new series with one character and episode 1, its script approved: what a slot may put on air. */
    private long approvedEpisode(String producer, String title) throws Exception {
        long episode = data.as(producer, () -> {
            RadioSeries series = radio.create(new SeriesDetails(title + " " + System.nanoTime(), "प्रसारण",
                    MaterialLanguage.ENGLISH, Audience.COMMUNITY, "Families know.", "परिवारले थाहा पाउँछन्।",
                    List.of(new KeyMessage("Check offers.", "प्रस्ताव जाँच्नुहोस्।")), Set.of(Topic.SAFE_MIGRATION)));
            radio.addCharacter(series.getId(), radio.series(series.getId()).getVersion(), "Maya", "A student", 1);
            long id = radio.addEpisode(series.getId(), radio.series(series.getId()).getVersion(),
                    new EpisodeDetails(1, "The offer", "An offer.", Set.of(1), 15)).getId();
            scripts.save(id, 0, "SCENE 1: Bus park\nMAYA: Wait!\n", null);
            reviews.sendForReview(id, 1);
            return id;
        });
        data.as(REVIEWER, () -> reviews.approve(episode, 1));
        return episode;
    }

    private static java.util.Optional<StationMonth> row(List<StationMonth> months, long stationId) {
        return months.stream().filter(m -> m.stationId() == stationId).findFirst();
    }
}
