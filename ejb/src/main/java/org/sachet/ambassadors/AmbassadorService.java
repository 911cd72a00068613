package org.sachet.ambassadors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.sachet.accounts.CurrentCaller;
import org.sachet.audit.AuditLog;
import org.sachet.calendar.NepaliTime;
import org.sachet.geography.LocalLevel;
import org.sachet.outreach.Venue;
import org.sachet.platform.RuleViolation;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The youth ambassadors in the caller's places. Only coordinators, managers and administrators ever reach a
 * name. Every list here asks the database for ambassadors whose consent holds today (or who need none), so an
 * expired or withdrawn consent hides a person from the moment the day turns, with nothing to run.
 */
@Stateless
@RolesAllowed({"ADMIN", "MANAGER", "COORDINATOR"})
public class AmbassadorService {

    static final String AUDIT_TYPE = "Ambassador";
    /** A list shows at most this many (a phone's screenful or two); filters narrow it. */
    public static final int LIST_LIMIT = 50;
    /** A spreadsheet holds at most this many: a programme's ambassadors, and a bound on what one request reads. */
    public static final int EXPORT_LIMIT = 10_000;

    /** Holds today, or not needed: the ambassador was born before the year that makes them under 18. */
    private static final String VISIBLE = "a.erasedAt is null and (a.birthYear < :adultBornBefore"
            + " or (a.consent.givenOn <= :today and a.consent.withdrawnOn is null and a.consent.validUntil >= :today))";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentCaller caller;

    @Inject
    private PlaceOfWork placeOfWork;

    @Inject
    private StaffDocuments documents;

    @Inject
    private AuditLog audit;

    private final Clock clock = Clock.systemUTC();

    /** What a list of ambassadors is narrowed to; nulls mean any. */
    public record Filter(AmbassadorStatus status, Integer localLevelCode, String name) {
        public static final Filter ALL = new Filter(null, null, null);
    }

    /** The first {@link #LIST_LIMIT} ambassadors of a list by name, and how many there are in all. */
    public record Listing(List<Ambassador> ambassadors, long total) {
    }

    /** The ambassadors in the caller's places that anyone entitled may see today: the first {@link #LIST_LIMIT}. */
    public Listing visible(Filter filter) {
        return visible(filter, LIST_LIMIT, false);
    }

    /**
     * The same list for a spreadsheet, with each one's trainings: refused above {@link #EXPORT_LIMIT} rows (the
     * filters narrow it), never cut short. Who took names out of Sachet, and how many, is in the audit trail.
     */
    public Listing exported(Filter filter) {
        Listing listing = visible(filter, EXPORT_LIMIT, true);
        if (listing.total() > EXPORT_LIMIT) {
            throw new RuleViolation(null, "ambassadors.export.tooMany", listing.total(), EXPORT_LIMIT);
        }
        audit.record(caller.name(), "ambassadors.exported", AUDIT_TYPE, null, listing.ambassadors().size()
                + " ambassadors (status " + filter.status() + ", local level " + filter.localLevelCode() + ")");
        return listing;
    }

    private Listing visible(Filter filter, int max, boolean withTrainings) {
        Set<Integer> levels = caller.localLevelCodes();
        if (levels.isEmpty()) {
            return new Listing(List.of(), 0);
        }
        StringBuilder where = new StringBuilder(" where a.localLevelCode in :levels and " + VISIBLE);
        if (filter.status() != null) {
            where.append(" and a.status = :status");
        }
        if (filter.localLevelCode() != null) {
            where.append(" and a.localLevelCode = :level");
        }
        String name = filter.name() == null ? "" : filter.name().strip().toLowerCase(Locale.ROOT);
        if (!name.isEmpty()) {
            where.append(" and lower(a.displayName) like :name escape '\\'");
        }
        TypedQuery<Ambassador> list = em.createQuery("select a from Ambassador a left join fetch a.venue" + where
                + " order by a.displayName, a.id", Ambassador.class);
        TypedQuery<Long> count = em.createQuery("select count(a) from Ambassador a" + where, Long.class);
        for (TypedQuery<?> query : List.of(list, count)) {
            query.setParameter("levels", levels);
            visibleToday(query);
            if (filter.status() != null) {
                query.setParameter("status", filter.status());
            }
            if (filter.localLevelCode() != null) {
                query.setParameter("level", filter.localLevelCode());
            }
            if (!name.isEmpty()) {
                query.setParameter("name", "%" + name.replace("\\", "\\\\").replace("%", "\\%")
                        .replace("_", "\\_") + "%");
            }
        }
        if (withTrainings) {
            // one more query for every row's trainings, not one per row
            list.setHint("eclipselink.batch", "a.trainings").setHint("eclipselink.batch.type", "IN");
        }
        List<Ambassador> rows = list.setMaxResults(max).getResultList();
        if (withTrainings) {
            rows.forEach(a -> a.getTrainings().size());
        }
        return new Listing(rows, count.getSingleResult());
    }

    /**
     * Everyone a plan of this local level may take into its team: the active ambassadors whose consent holds today,
     * by name, all of them (a list page shows only the first {@link #LIST_LIMIT}).
     */
    public List<Ambassador> teamCandidates(int localLevelCode) {
        if (!caller.localLevelCodes().contains(localLevelCode)) {
            return List.of();
        }
        TypedQuery<Ambassador> query = em.createQuery("select a from Ambassador a where a.localLevelCode = :level"
                + " and a.status = :active and " + VISIBLE + " order by a.displayName, a.id", Ambassador.class)
                .setParameter("level", localLevelCode).setParameter("active", AmbassadorStatus.ACTIVE);
        visibleToday(query);
        return query.getResultList();
    }

    private static void visibleToday(TypedQuery<?> query) {
        LocalDate today = NepaliTime.today();
        query.setParameter("today", today).setParameter("adultBornBefore", today.getYear() - 18);
    }

    /**
     * Under 18 and hidden for want of a consent that holds (expired, withdrawn or never recorded): the one list
     * that still names them, so that a coordinator can ask the guardian again.
     */
    public List<Ambassador> needingConsent() {
        Set<Integer> levels = caller.localLevelCodes();
        if (levels.isEmpty()) {
            return List.of();
        }
        return needingConsent(em.createQuery("select a from Ambassador a" + NEEDING_CONSENT
                + " order by a.consent.validUntil, a.displayName", Ambassador.class), levels)
                .setMaxResults(LIST_LIMIT).getResultList();
    }

    /** How many ambassadors of the caller's places are hidden until their consent is renewed. */
    public long needingConsentCount() {
        Set<Integer> levels = caller.localLevelCodes();
        return levels.isEmpty() ? 0 : needingConsent(em.createQuery("select count(a) from Ambassador a"
                + NEEDING_CONSENT, Long.class), levels).getSingleResult();
    }

    private static final String NEEDING_CONSENT = " where a.localLevelCode in :levels and a.erasedAt is null"
            + " and a.birthYear >= :adultBornBefore and (a.consent.givenOn is null"
            + " or a.consent.withdrawnOn is not null or a.consent.validUntil < :today)";

    private static <T> TypedQuery<T> needingConsent(TypedQuery<T> query, Set<Integer> levels) {
        LocalDate today = NepaliTime.today();
        return query.setParameter("levels", levels).setParameter("today", today)
                .setParameter("adultBornBefore", today.getYear() - 18);
    }

    /** Consents that hold today and end within the next days, soonest first (a coordinator's home page). */
    public List<Ambassador> consentsEndingWithin(int days, int max) {
        Set<Integer> levels = caller.localLevelCodes();
        if (levels.isEmpty()) {
            return List.of();
        }
        return endingWithin(em.createQuery("select a from Ambassador a" + ENDING
                + " order by a.consent.validUntil, a.displayName", Ambassador.class), levels, days)
                .setMaxResults(max).getResultList();
    }

    public long consentsEndingWithinCount(int days) {
        Set<Integer> levels = caller.localLevelCodes();
        return levels.isEmpty() ? 0 : endingWithin(em.createQuery("select count(a) from Ambassador a" + ENDING,
                Long.class), levels, days).getSingleResult();
    }

    private static final String ENDING = " where a.localLevelCode in :levels and " + VISIBLE
            + " and a.birthYear >= :adultBornBefore and a.consent.validUntil <= :until";

    private static <T> TypedQuery<T> endingWithin(TypedQuery<T> query, Set<Integer> levels, int days) {
        LocalDate today = NepaliTime.today();
        return query.setParameter("levels", levels).setParameter("today", today)
                .setParameter("adultBornBefore", today.getYear() - 18).setParameter("until", today.plusDays(days));
    }

    /** An ambassador in the caller's places whose details are there: visible, or on the consent list. */
    public Ambassador ambassador(long id) {
        Ambassador ambassador = em.find(Ambassador.class, id);
        if (ambassador == null || ambassador.isErased()
                || !caller.localLevelCodes().contains(ambassador.getLocalLevelCode())) {
            throw new RuleViolation(null, "ambassador.notFound");
        }
        return ambassador;
    }

    /** An ambassador whom the caller may see today: the one used wherever a person is named for their work. */
    public Ambassador visibleAmbassador(long id) {
        Ambassador ambassador = ambassador(id);
        if (!ambassador.isVisibleOn(NepaliTime.today())) {
            throw new RuleViolation(null, "ambassador.notFound");
        }
        return ambassador;
    }

    public Ambassador create(AmbassadorDetails details, ConsentDetails consent) {
        LocalDate today = NepaliTime.today();
        LocalLevel localLevel = placeOfWork.inMyPlaces(details.localLevelCode());
        GuardianConsent given = consent == null || consent.isEmpty() ? null : consent.checked(today);
        Ambassador ambassador = new Ambassador(details, localLevel, venue(details.venueId()), given, caller.name(),
                clock.instant(), today);
        em.persist(ambassador);
        em.flush();
        audit.record(caller.name(), "ambassador.created", AUDIT_TYPE, ambassador.getId(), ambassador.describe());
        return ambassador;
    }

    /** Corrects what was written about an ambassador, as the form had it when opened ({@code version}). */
    public Ambassador correct(long id, long version, AmbassadorDetails details) {
        Ambassador ambassador = current(id, version);
        String before = ambassador.describe();
        ambassador.correct(details, placeOfWork.inMyPlaces(details.localLevelCode()), venue(details.venueId()),
                NepaliTime.today());
        flush();
        audit.record(caller.name(), "ambassador.corrected", AUDIT_TYPE, id, before + " → " + ambassador.describe());
        return ambassador;
    }

    /** A new consent from the guardian: the ambassador is back in every list the moment it is saved. */
    public Ambassador renewConsent(long id, long version, ConsentDetails consent) {
        Ambassador ambassador = current(id, version);
        if (consent == null || consent.isEmpty()) {
            throw new RuleViolation("consentGivenOn", "consent.givenOn.required");
        }
        ambassador.renewConsent(consent.checked(NepaliTime.today()));
        flush();
        audit.record(caller.name(), "ambassador.consentRenewed", AUDIT_TYPE, id, ambassador.describe());
        return ambassador;
    }

    /**
     * The guardian withdrew consent: hidden at once; with {@code removeDetails} the name, birth year and consent
     * copy go for good, and the anonymous row stays so that figures already reported stay right.
     */
    public Ambassador withdrawConsent(long id, long version, boolean removeDetails) {
        Ambassador ambassador = current(id, version);
        ambassador.withdrawConsent(NepaliTime.today());
        audit.record(caller.name(), "ambassador.consentWithdrawn", AUDIT_TYPE, id, ambassador.describe());
        if (removeDetails) {
            eraseDetails(ambassador);
        }
        flush();
        return ambassador;
    }

    /** Removes the details of someone whose consent was withdrawn earlier. */
    public void removeDetails(long id, long version) {
        eraseDetails(current(id, version));
        flush();
    }

    private void eraseDetails(Ambassador ambassador) {
        ambassador.erase(clock.instant(), NepaliTime.today()).ifPresent(documents::forget);
        audit.record(caller.name(), "ambassador.detailsRemoved", AUDIT_TYPE, ambassador.getId(),
                ambassador.describe());
    }

    /** Keeps a scan or photo of the signed consent form, replacing an earlier one. */
    public Ambassador attachConsentCopy(long id, InputStream content, String fileName, long declaredSize) {
        Ambassador ambassador = ambassador(id);
        GuardianConsent consent = ambassador.getConsent();
        if (consent == null || consent.getGivenOn() == null) {
            throw new RuleViolation("file", "consent.copy.noConsent");
        }
        Long earlier = consent.getDocumentId();
        StaffDocument copy = documents.store(content, fileName, declaredSize, caller.name());
        ambassador.attachConsentCopy(copy.getId());
        if (earlier != null) {
            documents.forget(earlier);
        }
        flush();
        audit.record(caller.name(), "ambassador.consentCopyAttached", AUDIT_TYPE, id,
                "document " + copy.getId() + " (" + copy.getMediaType() + ", " + copy.getSize() + " bytes)");
        return ambassador;
    }

    /** A consent copy to open, and the audit entry that says who opened it. */
    public StaffDocuments.Opened openConsentCopy(long id) {
        Ambassador ambassador = ambassador(id);
        Long documentId = ambassador.getConsent() == null ? null : ambassador.getConsent().getDocumentId();
        if (documentId == null) {
            throw new RuleViolation(null, "consent.copy.none");
        }
        StaffDocument document = documents.document(documentId);
        Path file = documents.file(document).orElseThrow(() -> new RuleViolation(null, "consent.copy.none"));
        audit.record(caller.name(), "ambassador.consentCopyViewed", AUDIT_TYPE, id, "document " + documentId);
        return new StaffDocuments.Opened(file, document.getFileName(), document.getMediaType(), document.getSize());
    }

    private Ambassador current(long id, long version) {
        Ambassador ambassador = ambassador(id);
        if (ambassador.getVersion() != version) {
            throw new RuleViolation(null, "ambassador.changedMeanwhile");
        }
        return ambassador;
    }

    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException savedAtTheSameMoment) {
            throw new RuleViolation(null, "ambassador.changedMeanwhile");
        }
    }


    private Venue venue(Long id) {
        if (id == null) {
            return null;
        }
        Venue venue = em.find(Venue.class, id);
        if (venue == null || !caller.localLevelCodes().contains(venue.getLocalLevelCode())) {
            throw new RuleViolation("venue", "ambassador.venue.elsewhere");
        }
        return venue;
    }
}
