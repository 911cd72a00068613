package org.sachet.outreach;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sachet.accounts.Account;
import org.sachet.accounts.AccountService;
import org.sachet.accounts.CurrentCaller;
import org.sachet.accounts.Role;
import org.sachet.audit.AuditLog;
import org.sachet.calendar.NepaliTime;
import org.sachet.catalogue.CatalogueQueries;
import org.sachet.catalogue.Material;
import org.sachet.catalogue.Visibility;
import org.sachet.curriculum.Lesson;
import org.sachet.geography.GeographyService;
import org.sachet.geography.PlaceTree;
import org.sachet.platform.Metrics;
import org.sachet.platform.RuleViolation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Outreach sessions as the field reports them, from the form or from a phone that was offline: each carries
 * the client's UUID, so a report sent twice is stored once. People log and see sessions only at venues in
 * their places; a record can be corrected for 30 days, then locks until a manager unlocks it.
 */
@Stateless
@RolesAllowed({"ADMIN", "MANAGER", "FACILITATOR", "TEACHER", "COORDINATOR"})
public class OutreachSessions {

    static final String AUDIT_TYPE = "OutreachSession";

    /** The most a list of one's records returns at once; the sync client asks again from the last change. */
    public static final int MAX_LISTED = 1000;

    /** Sessions in one batch: a phone's queue after weeks offline, within one request of about 200 KB. */
    public static final int MAX_BATCH = 500;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CatalogueQueries catalogue;

    @Inject
    private CurrentCaller caller;

    @Inject
    private SessionTallies tallies;

    @Inject
    private Metrics metrics;

    @Inject
    private AccountService accounts;

    @Inject
    private GeographyService geography;

    @Inject
    private AuditLog audit;

    @Resource
    private SessionContext context;

    @Inject
    private ActivitySessions activities;

    private final Clock clock = Clock.systemUTC();

    /**
     * Stores a report once per UUID. A repeat with the same content gives the stored record; different content
     * (or someone else's UUID) is a {@link SessionConflict}. Two repeats racing each other both end with the one
     * row: the loser's insert breaks the UUID's unique key, and its second try finds the winner's record.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public SyncResult report(SessionReport report) {
        BatchOutcome outcome = reportAll(List.of(report)).get(0);
        if (outcome.refused() != null) {
            throw outcome.refused();
        }
        return outcome.stored();
    }

    /** One session of a batch: stored (new, or the one stored before) or refused, with why. */
    public record BatchOutcome(SyncResult stored, RuleViolation refused) implements java.io.Serializable {
    }

    /**
     * Stores a phone's queue in one transaction (one write to the disk for all), each report as {@link #report}
     * does, a refused one leaving the others stored. Racing with another writer of the same UUID (or of a month's
     * first tally row), the loser's insert breaks a unique key and rolls back; its second try finds the row.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<BatchOutcome> reportAll(List<SessionReport> reports) {
        if (reports.size() > MAX_BATCH) {
            throw new RuleViolation(null, "session.batch.tooMany", MAX_BATCH);
        }
        OutreachSessions self = context.getBusinessObject(OutreachSessions.class);
        List<BatchOutcome> outcomes;
        try {
            outcomes = self.reportAllOnce(reports);
        } catch (EJBException lostRace) {
            outcomes = self.reportAllOnce(reports);
        }
        int stored = 0;
        int repeats = 0;
        for (BatchOutcome outcome : outcomes) {
            if (outcome.stored() != null && outcome.stored().created()) {
                stored++;
            } else if (outcome.stored() != null) {
                repeats++;
            }
        }
        metrics.syncBatch(stored, repeats, outcomes.size() - stored - repeats);
        return outcomes;
    }

    /**
     * One attempt of {@link #reportAll}, in its own transaction: the batch's stored UUIDs and its venues are read
     * in one query each, and the new sessions and their audit entries written as JDBC batches.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<BatchOutcome> reportAllOnce(List<SessionReport> reports) {
        Account me = accounts.me();
        Set<Integer> myLevels = caller.localLevelCodes();
        Map<String, OutreachSession> known = new HashMap<>();
        List<String> uuids = reports.stream().map(SessionReport::uuid).filter(java.util.Objects::nonNull).toList();
        if (!uuids.isEmpty()) {
            em.createQuery("select s from OutreachSession s where s.uuid in :u", OutreachSession.class)
                    .setParameter("u", uuids).getResultList().forEach(s -> known.put(s.getUuid(), s));
        }
        Map<String, Venue> venuesByCode = venuesByCode(reports.stream()
                .filter(r -> r.uuid() == null || !known.containsKey(r.uuid())).map(SessionReport::venueCode).toList());
        Map<String, Venue> venues = new HashMap<>();
        List<BatchOutcome> outcomes = new ArrayList<>();
        List<OutreachSession> added = new ArrayList<>();
        LocalDate today = NepaliTime.today();
        Instant now = clock.instant();
        for (SessionReport report : reports) {
            try {
                String facilitator = report.facilitator() == null ? me.getUsername() : report.facilitator();
                OutreachSession stored = report.uuid() == null ? null : known.get(report.uuid());
                if (stored != null) {
                    if (!stored.sameReportAs(report, me.getUsername(), facilitator)) {
                        throw new SessionConflict(stored.getId());
                    }
                    outcomes.add(new BatchOutcome(new SyncResult(stored, false), null));
                    continue;
                }
                Venue venue = venues.get(report.venueCode() + " " + facilitator);
                if (venue == null) {
                    venue = venueInPlaces(report.venueCode(), venuesByCode.get(report.venueCode()), me, myLevels,
                            facilitator);
                    venues.put(report.venueCode() + " " + facilitator, venue);
                }
                Lesson lesson = lesson(report.lessonId());
                requireHeardEpisode(report.episodeId());
                requirePublishedMaterials(report.materialIds());
                OutreachSession session = OutreachSession.reported(report, venue, lesson, facilitator, today,
                        me.getUsername(), now);
                if (report.activityId() != null) {
                    activities.checkRecordable(report.activityId(), venue.getLocalLevelCode(), report.heldOn());
                }
                em.persist(session);
                if (report.activityId() != null) {
                    activities.recorded(report.activityId(), report.heldOn());
                }
                known.put(session.getUuid(), session);
                added.add(session);
                outcomes.add(new BatchOutcome(new SyncResult(session, true), null));
            } catch (RuleViolation refused) { // thrown here, before anything of it was written
                outcomes.add(new BatchOutcome(null, refused));
            }
        }
        em.flush();
        for (OutreachSession session : added) {
            audit.record(me.getUsername(), "session.reported", AUDIT_TYPE, session.getId(), describe(session));
        }
        tallies.addedAll(added);
        return outcomes;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<OutreachSession> byUuid(String uuid) {
        return em.createQuery("select s from OutreachSession s where s.uuid = :u", OutreachSession.class)
                .setParameter("u", uuid.toLowerCase(java.util.Locale.ROOT)).getResultStream().findFirst();
    }

    /** Corrects one's own record while it is not locked; the venue must still be in one's places. */
    public OutreachSession correct(long id, SessionReport report) {
        Account me = accounts.me();
        OutreachSession session = visible(id);
        if (!session.isOwnedBy(me.getUsername())) {
            throw new RuleViolation(null, "session.notYours");
        }
        String facilitator = report.facilitator() == null ? session.getFacilitator() : report.facilitator();
        Venue venue = venueInPlaces(report.venueCode(), me, facilitator);
        Lesson lesson = lesson(report.lessonId());
        requireHeardEpisode(report.episodeId());
        requirePublishedMaterials(report.materialIds());
        String before = describe(session);
        OutreachSession.Tallied tallied = session.tallied();
        session.correct(report, venue, lesson, facilitator, NepaliTime.today(), clock.instant());
        em.flush();
        tallies.changed(tallied, session);
        audit.record(me.getUsername(), "session.corrected", AUDIT_TYPE, id, before + " → " + describe(session));
        return session;
    }

    /** A manager opens a locked record in their places for another 30 days of corrections (recorded). */
    @RolesAllowed({"ADMIN", "MANAGER"})
    public OutreachSession unlock(long id) {
        Account me = accounts.me();
        OutreachSession session = visible(id);
        session.unlock(me.getUsername(), clock.instant());
        audit.record(me.getUsername(), "session.unlocked", AUDIT_TYPE, id, describe(session));
        return session;
    }

    /** A session at a venue in the caller's places. */
    public OutreachSession session(long id) {
        return visible(id);
    }

    /** The caller's own records (reported by them or run by them) changed after a moment, oldest change first. */
    public List<OutreachSession> mineChangedSince(Instant since) {
        String me = accounts.me().getUsername();
        return em.createQuery("select s from OutreachSession s where (s.recordedBy = :me or s.facilitator = :me)"
                        + " and s.updatedAt > :since order by s.updatedAt, s.id", OutreachSession.class)
                .setParameter("me", me).setParameter("since", since == null ? Instant.EPOCH : since)
                .setMaxResults(MAX_LISTED).getResultList();
    }

    /** The newest sessions at venues in the caller's places. */
    public List<OutreachSession> recentInMyPlaces(int max) {
        Set<Integer> levels = caller.localLevelCodes();
        if (levels.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select s from OutreachSession s join fetch s.venue where s.localLevelCode in :levels"
                        + " order by s.heldOn desc, s.id desc", OutreachSession.class)
                .setParameter("levels", levels).setMaxResults(max).getResultList();
    }

    /** Whom the caller may name as a session's facilitator besides themselves: field staff sharing a place. */
    public List<Account> facilitatorsInMyPlaces() {
        Account me = accounts.me();
        Set<Integer> mine = caller.localLevelCodes();
        PlaceTree tree = geography.placeTree();
        return em.createQuery("select a from Account a where a.active = true order by a.displayName", Account.class)
                .getResultList().stream()
                .filter(a -> !a.getId().equals(me.getId()) && isFieldStaff(a) && a.getPlaces().stream()
                        .anyMatch(place -> tree.localLevelsWithin(place).stream().anyMatch(mine::contains)))
                .toList();
    }

    /** The catalogue materials a session may name as used: every published one, by title. */
    /** Youth ambassadors' activities in the caller's places that a session may record. */
    public List<ActivitySessions.Option> openActivities() {
        return activities.open(caller.localLevelCodes());
    }

    public List<Material> publishedMaterials() {
        return catalogue.published(EnumSet.allOf(Visibility.class));
    }

    private static boolean isFieldStaff(Account account) {
        return account.hasRole(Role.FACILITATOR) || account.hasRole(Role.TEACHER);
    }

    private OutreachSession visible(long id) {
        OutreachSession session = em.find(OutreachSession.class, id);
        if (session == null || !caller.localLevelCodes().contains(session.getLocalLevelCode())) {
            throw new RuleViolation(null, "session.notFound");
        }
        return session;
    }

    /** The venue by its code, in the caller's places and in the named facilitator's. */
    private Venue venueInPlaces(String code, Account me, String facilitator) {
        Venue venue = code == null ? null : venuesByCode(List.of(code)).get(code);
        return venueInPlaces(code, venue, me, caller.localLevelCodes(), facilitator);
    }

    /** The venues with these codes, in one query (a batch names many). */
    private Map<String, Venue> venuesByCode(List<String> codes) {
        List<String> named = codes.stream().filter(c -> c != null && !c.isBlank()).distinct().toList();
        Map<String, Venue> byCode = new HashMap<>();
        if (!named.isEmpty()) {
            em.createQuery("select v from Venue v where v.code in :c", Venue.class).setParameter("c", named)
                    .getResultList().forEach(v -> byCode.put(v.getCode(), v));
        }
        return byCode;
    }

    /** The venue a code names (null: none), if it lies in the caller's places and in the facilitator's. */
    private Venue venueInPlaces(String code, Venue venue, Account me, Set<Integer> myLevels, String facilitator) {
        if (code == null || code.isBlank()) {
            throw new RuleViolation("venueCode", "session.venue.required");
        }
        if (venue == null) {
            throw new RuleViolation("venueCode", "session.venue.unknown", code);
        }
        if (!myLevels.contains(venue.getLocalLevelCode())) {
            throw new RuleViolation("venueCode", "session.venue.outsidePlaces", code);
        }
        if (!facilitator.equals(me.getUsername())) {
            Account named = accounts.findByUsername(facilitator).filter(Account::isActive)
                    .filter(OutreachSessions::isFieldStaff)
                    .orElseThrow(() -> new RuleViolation("facilitator", "session.facilitator.unknown", facilitator));
            if (!geography.localLevelCodesWithin(named.getPlaces()).contains(venue.getLocalLevelCode())) {
                throw new RuleViolation("facilitator", "session.facilitator.outsidePlaces", facilitator);
            }
        }
        return venue;
    }

    private Lesson lesson(Long id) {
        if (id == null) {
            return null;
        }
        Lesson lesson = em.find(Lesson.class, id);
        if (lesson == null || !lesson.getUnit().getEdition().isDownloadable()) {
            throw new RuleViolation("lessonCode", "session.lesson.unknown");
        }
        return lesson;
    }

    /**
     * An episode a listening group may have heard: one whose script was approved (it may be recorded and on air
     * since). Named by the radio area's table, which outreach does not otherwise know.
     */
    private void requireHeardEpisode(Long id) {
        if (id != null && em.createQuery("select count(e) from Episode e where e.id = :id"
                + " and e.approvedVersion is not null", Long.class).setParameter("id", id).getSingleResult() == 0) {
            throw new RuleViolation("episodeId", "session.episode.unknown");
        }
    }

    private void requirePublishedMaterials(List<Long> ids) {
        for (Long id : ids) {
            Material material = em.find(Material.class, id);
            if (material == null || !material.isPublished()) {
                throw new RuleViolation("materialIds", "session.material.unknown", String.valueOf(id));
            }
        }
    }

    private static String describe(OutreachSession s) {
        Participants p = s.getParticipants();
        return s.getKind() + " " + s.getVenue().getCode() + " " + s.getHeldOn() + " by " + s.getFacilitator() + ": "
                + p.getGirlsUnder18() + "/" + p.getBoysUnder18() + "/" + p.getWomenAdult() + "/" + p.getMenAdult()
                + "/" + p.getOther() + (s.getEpisodeId() == null ? "" : ", heard episode id " + s.getEpisodeId());
    }
}
