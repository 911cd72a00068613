package org.sachet.radio;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.sachet.accounts.CurrentCaller;
import org.sachet.audit.AuditLog;
import org.sachet.calendar.BikramSambatDate;
import org.sachet.calendar.NepaliTime;
import org.sachet.geography.GeographyService;
import org.sachet.platform.RuleViolation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Community radio stations and the broadcast slots bought or given on them: scheduled by producers (one episode
 * at a time on a station's air), confirmed after their time by the producer or by the station itself (as-run),
 * read by reviewers, managers and administrators.
 */
@Stateless
@RolesAllowed({"PRODUCER", "REVIEWER", "MANAGER", "ADMIN"})
public class BroadcastService {

    static final String AUDIT_TYPE = "RadioStation";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentCaller caller;

    @Inject
    private AuditLog audit;

    @EJB
    private GeographyService geography;

    @Resource
    private SessionContext context;

    @EJB
    private ScriptService scripts;

    private final Clock clock = Clock.systemUTC();

    public List<Station> stations() {
        return em.createQuery("select s from Station s order by s.name", Station.class).getResultList();
    }

    public Station station(long id) {
        return Optional.ofNullable(em.find(Station.class, id))
                .orElseThrow(() -> new RuleViolation(null, "radio.station.notFound"));
    }

    @RolesAllowed({"PRODUCER", "ADMIN"})
    public Station addStation(StationDetails details) {
        requireLocalLevels(details.localLevels());
        Station station = new Station(details, caller.name(), clock.instant());
        em.persist(station);
        flush("radio.station.nameTaken");
        audit.record(caller.name(), "radio.station.added", AUDIT_TYPE, station.getId(), station.describe());
        return station;
    }

    @RolesAllowed({"PRODUCER", "ADMIN"})
    public Station correctStation(long id, long version, StationDetails details) {
        Station station = station(id);
        if (station.getVersion() != version) {
            throw new RuleViolation(null, "radio.changedMeanwhile");
        }
        requireLocalLevels(details.localLevels());
        String before = station.describe();
        station.correct(details);
        flush("radio.station.nameTaken");
        audit.record(caller.name(), "radio.station.corrected", AUDIT_TYPE, id, before + " → " + station.describe());
        return station;
    }

    /** A station's slots (or every station's, when none is named) starting in [from, to), by start. */
    public List<BroadcastSlot> broadcasts(Long stationId, Instant from, Instant to) {
        // Derby takes no untyped "? is null": one query for a station, one for all
        jakarta.persistence.TypedQuery<BroadcastSlot> query = em.createQuery("select b from BroadcastSlot b"
                        + " join fetch b.station join fetch b.episode where b.startsAt >= :from and b.startsAt < :to"
                        + (stationId == null ? "" : " and b.station.id = :s") + " order by b.startsAt, b.id",
                BroadcastSlot.class).setParameter("from", from).setParameter("to", to);
        return (stationId == null ? query : query.setParameter("s", stationId)).getResultList();
    }

    /**
     * Every station's broadcasts in a Bikram Sambat month (planned, aired, not aired, paid, rupees paid for what
     * did not air): managers and administrators see every station, producers and reviewers the stations covering
     * a local level in their places.
     */
    public List<StationMonth> reconciliation(BikramSambatDate month) {
        LocalDate first = BikramSambatDate.of(month.year(), month.month(), 1).toGregorian();
        LocalDate next = first.plusDays(month.lengthOfMonth());
        Map<Long, StationMonth> byStation = new LinkedHashMap<>();
        boolean all = context.isCallerInRole("MANAGER") || context.isCallerInRole("ADMIN");
        Set<Integer> mine = all ? Set.of() : caller.localLevelCodes();
        for (Station station : stations()) {
            if (all || !Collections.disjoint(mine, station.getLocalLevels())) {
                byStation.put(station.getId(), new StationMonth(station.getId(), station.getName(), 0, 0, 0, 0, 0,
                        0, 0, 0, 0));
            }
        }
        List<Object[]> groups = em.createQuery("select b.station.id, b.asRun, b.payment, count(b), sum(b.priceNpr),"
                        + " sum(b.minutes) from BroadcastSlot b where b.startsAt >= :from and b.startsAt < :to"
                        + " group by b.station.id, b.asRun, b.payment", Object[].class)
                .setParameter("from", first.atStartOfDay(NepaliTime.ZONE).toInstant())
                .setParameter("to", next.atStartOfDay(NepaliTime.ZONE).toInstant()).getResultList();
        for (Object[] group : groups) {
            byStation.computeIfPresent((Long) group[0], (id, sum) -> sum.plus((AsRun) group[1],
                    (BroadcastPayment) group[2], ((Number) group[3]).longValue(),
                    group[4] == null ? 0 : ((Number) group[4]).longValue(), ((Number) group[5]).longValue()));
        }
        return List.copyOf(byStation.values());
    }

    /** Episodes that may go on air: their script approved (recorded or aired since), by series and number. */
    public List<Episode> schedulableEpisodes() {
        return em.createQuery("select e from Episode e join fetch e.series where e.status in :s"
                        + " order by e.series.titleEnglish, e.number", Episode.class)
                .setParameter("s", List.of(EpisodeStatus.APPROVED, EpisodeStatus.RECORDED, EpisodeStatus.AIRED))
                .getResultList();
    }

    public BroadcastSlot broadcast(long id) {
        return Optional.ofNullable(em.find(BroadcastSlot.class, id))
                .orElseThrow(() -> new RuleViolation(null, "radio.broadcast.notFound"));
    }

    /** Schedules an approved episode on a station; a slot that would share the station's air is refused. */
    @RolesAllowed("PRODUCER")
    public BroadcastSlot schedule(long stationId, long episodeId, SlotDetails details) {
        Station station = station(stationId);
        em.lock(station, LockModeType.OPTIMISTIC_FORCE_INCREMENT); // two producers booking one hour: one wins
        BroadcastSlot slot = new BroadcastSlot(station, scripts.episode(episodeId), details, caller.name(),
                clock.instant());
        requireFreeAir(slot);
        em.persist(slot);
        flush("radio.changedMeanwhile");
        audit.record(caller.name(), "radio.broadcast.scheduled", AUDIT_TYPE, stationId, describe(slot));
        return slot;
    }

    /**
     * What the station ran in a slot, from the producer or from the station's own account (a producer whose
     * places include a local level the station covers). The same report twice answers the same.
     */
    @RolesAllowed("PRODUCER")
    public BroadcastSlot confirm(long slotId, AsRunReport report) {
        BroadcastSlot slot = broadcast(slotId);
        requireStationInPlaces(slot.getStation());
        AsRun before = slot.getAsRun();
        Optional<BroadcastSlot> moved = slot.confirm(report, caller.name(), clock.instant());
        if (before == AsRun.PLANNED) {
            em.lock(slot.getStation(), LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            moved.ifPresent(next -> {
                em.persist(next); // first: the overlap query flushes, and the moved slot already points at it
                requireFreeAir(next);
            });
            flush("radio.changedMeanwhile");
            audit.record(caller.name(), "radio.broadcast.asRun", AUDIT_TYPE, slot.getStation().getId(),
                    describe(slot) + ": " + slot.getAsRun() + (slot.getAsRunReason() == null ? ""
                            : " (" + slot.getAsRunReason() + ")"));
        }
        return slot;
    }

    private void requireFreeAir(BroadcastSlot slot) {
        Instant start = slot.getStartsAt();
        Instant end = slot.endsAt();
        List<BroadcastSlot> near = em.createQuery("select b from BroadcastSlot b where b.station = :s"
                        + " and b.startsAt < :end and b.startsAt > :earliest", BroadcastSlot.class)
                .setParameter("s", slot.getStation()).setParameter("end", end)
                .setParameter("earliest", start.minus(Duration.ofMinutes(BroadcastSlot.MAX_MINUTES)))
                .getResultList();
        for (BroadcastSlot other : near) {
            if (other != slot && other.overlaps(start, end)) {
                java.time.LocalDateTime inNepal = java.time.LocalDateTime.ofInstant(other.getStartsAt(),
                        NepaliTime.ZONE);
                throw new RuleViolation("startsAt", "radio.broadcast.overlap", other.getEpisode().getNumber(),
                        inNepal.toLocalDate(), inNepal.toLocalTime());
            }
        }
    }

    private void requireStationInPlaces(Station station) {
        Set<Integer> mine = geography.localLevelCodesWithin(caller.places());
        if (Collections.disjoint(mine, station.getLocalLevels())) {
            throw new RuleViolation(null, "radio.station.notYours");
        }
    }

    private void requireLocalLevels(Set<Integer> codes) {
        if (codes != null) {
            for (Integer code : codes) {
                if (code == null || geography.localLevel(code).isEmpty()) {
                    throw new RuleViolation("localLevels", "radio.station.unknownLocalLevel", code);
                }
            }
        }
    }

    private static String describe(BroadcastSlot slot) {
        return "episode " + slot.getEpisode().getNumber() + " on " + slot.getStation().getName() + " at "
                + slot.getStartsAt() + " for " + slot.getMinutes() + " min, " + slot.getPayment()
                + (slot.getPriceNpr() == null ? "" : " NPR " + slot.getPriceNpr());
    }

    private void flush(String refusedKey) {
        Flushes.flush(em, () -> new RuleViolation(null, "radio.changedMeanwhile"),
                () -> new RuleViolation(null, refusedKey));
    }
}
