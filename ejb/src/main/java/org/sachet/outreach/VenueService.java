package org.sachet.outreach;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import org.sachet.accounts.Account;
import org.sachet.accounts.AccountService;
import org.sachet.accounts.CurrentCaller;
import org.sachet.audit.AuditLog;
import org.sachet.geography.GeographyService;
import org.sachet.geography.LocalLevel;
import org.sachet.platform.RuleViolation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The places where outreach happens: everyone in the field sees and adds the venues in their own places
 * (a programme-wide account sees all); each is in a local level and ward.
 */
@Stateless
@RolesAllowed({"ADMIN", "MANAGER", "FACILITATOR", "TEACHER", "COORDINATOR"})
public class VenueService {

    static final String AUDIT_TYPE = "Venue";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentCaller caller;

    @Inject
    private AccountService accounts;

    @Inject
    private GeographyService geography;

    @Inject
    private AuditLog audit;

    private final Clock clock = Clock.systemUTC();

    /** The venues in the caller's places, by name. */
    public List<Venue> inMyPlaces() {
        Set<Integer> localLevels = caller.localLevelCodes();
        if (localLevels.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select v from Venue v where v.localLevelCode in :levels order by v.name, v.code",
                Venue.class).setParameter("levels", localLevels).getResultList();
    }

    /** A venue in one of the caller's local levels; without a code it gets the next of its level. */
    public Venue create(VenueDraft draft) {
        Venue venue = prepare(draft, accounts.me(), new HashSet<>());
        em.persist(venue);
        em.flush();
        audit.record(caller.name(), "venue.created", AUDIT_TYPE, venue.getId(), venue.describe());
        return venue;
    }

    /** A venue in the caller's places, to correct. */
    public Venue venue(long id) {
        Venue venue = em.find(Venue.class, id);
        if (venue == null || !caller.localLevelCodes().contains(venue.getLocalLevelCode())) {
            throw new RuleViolation(null, "venue.notFound");
        }
        return venue;
    }

    /**
     * Corrects a venue in the caller's places as the form had it (its code stays); refused when someone changed it
     * since the form was opened ({@code version}), or when it would move out of the caller's places.
     */
    public Venue correct(long id, long version, VenueDraft draft) {
        Venue venue = venue(id);
        if (venue.getVersion() != version) {
            throw new RuleViolation(null, "venue.changedMeanwhile");
        }
        LocalLevel localLevel = localLevelInMyPlaces(draft);
        if (draft.ward() == null) {
            throw new RuleViolation("ward", "venue.ward.required");
        }
        String before = venue.describe();
        venue.correct(draft.name(), draft.type(), localLevel, draft.ward(), draft.schoolCode(), hasRecords(venue));
        try {
            em.flush();
        } catch (OptimisticLockException savedAtTheSameMoment) {
            throw new RuleViolation(null, "venue.changedMeanwhile");
        }
        audit.record(caller.name(), "venue.corrected", AUDIT_TYPE, id, before + " → " + venue.describe());
        return venue;
    }

    /** Whether sessions or classes are recorded at a venue. */
    private boolean hasRecords(Venue venue) {
        return !em.createQuery("select s.id from OutreachSession s where s.venue = :v", Long.class)
                .setParameter("v", venue).setMaxResults(1).getResultList().isEmpty()
                || !em.createQuery("select c.id from Cohort c where c.venue = :v", Long.class)
                .setParameter("v", venue).setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * Checks every row of an import as if it were added, without adding anything: each row comes back with
     * the reason it would be refused, if any (codes are also checked against the rows above them).
     */
    public List<VenueImport.Row> checkImport(List<VenueImport.Row> rows) {
        Account me = accounts.me();
        Set<String> reserved = new HashSet<>();
        List<VenueImport.Row> checked = new ArrayList<>();
        for (VenueImport.Row row : rows) {
            if (!row.isGood()) {
                checked.add(row);
                continue;
            }
            try {
                reserved.add(prepare(row.draft(), me, reserved).getCode());
                checked.add(row);
            } catch (RuleViolation violation) {
                checked.add(row.withProblem(violation));
            }
        }
        return checked;
    }

    /**
     * Adds the rows of an import in one transaction: all of them, refused when any row is bad, or — when the
     * person chose so — only the good ones. Returns how many venues were added.
     */
    public int importRows(List<VenueImport.Row> rows, boolean goodRowsOnly) {
        List<VenueImport.Row> checked = checkImport(rows);
        long bad = checked.stream().filter(row -> !row.isGood()).count();
        if (bad > 0 && !goodRowsOnly) {
            throw new RuleViolation("file", "venues.import.hasErrors", bad);
        }
        Account me = accounts.me();
        Set<String> reserved = new HashSet<>();
        int added = 0;
        for (VenueImport.Row row : checked) {
            if (row.isGood()) {
                Venue venue = prepare(row.draft(), me, reserved);
                reserved.add(venue.getCode());
                em.persist(venue);
                added++;
            }
        }
        em.flush();
        audit.record(caller.name(), "venues.imported", AUDIT_TYPE, null, added + " venues, " + bad + " rows left out");
        return added;
    }

    /** The venue a draft describes, checked, not yet stored; {@code reserved}: codes taken by rows not stored yet. */
    private Venue prepare(VenueDraft draft, Account me, Set<String> reserved) {
        if (draft.type() == null) {
            throw new RuleViolation("type", "venue.type.required");
        }
        LocalLevel localLevel = localLevelInMyPlaces(draft);
        if (draft.ward() == null) {
            throw new RuleViolation("ward", "venue.ward.required");
        }
        String code = draft.code() == null || draft.code().isBlank()
                ? nextCode(draft.type(), localLevel, reserved) : draft.code().strip().toUpperCase(Locale.ROOT);
        if (reserved.contains(code) || !em.createQuery("select v.id from Venue v where v.code = :c", Long.class)
                .setParameter("c", code).getResultList().isEmpty()) {
            throw new RuleViolation("code", "venue.code.taken", code);
        }
        Venue venue = new Venue(code, draft.name(), draft.type(), localLevel, draft.ward(), caller.name(), clock.instant());
        venue.recordSchoolCode(draft.schoolCode());
        return venue;
    }

    private LocalLevel localLevelInMyPlaces(VenueDraft draft) {
        LocalLevel localLevel = Optional.ofNullable(draft.localLevelCode()).flatMap(geography::localLevel)
                .orElseThrow(() -> new RuleViolation("localLevel", "venue.localLevel.required"));
        if (!caller.covers(localLevel)) {
            throw new RuleViolation("localLevel", "cohort.venue.notYours");
        }
        return localLevel;
    }

    /** {@code SCH-571-03}: the type's prefix, the local level and the next number there. */
    private String nextCode(VenueType type, LocalLevel localLevel, Set<String> reserved) {
        String prefix = type.codePrefix() + "-" + localLevel.getCode() + "-";
        long taken = em.createQuery("select count(v) from Venue v where v.code like :p", Long.class)
                .setParameter("p", prefix + "%").getSingleResult();
        for (long n = taken + 1; ; n++) {
            String candidate = prefix + String.format("%02d", n);
            if (!reserved.contains(candidate) && em.createQuery("select v.id from Venue v where v.code = :c", Long.class)
                    .setParameter("c", candidate).getResultList().isEmpty()) {
                return candidate;
            }
        }
    }

}
