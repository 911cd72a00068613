package org.sachet.curriculum;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.sachet.accounts.Account;
import org.sachet.accounts.AccountService;
import org.sachet.accounts.CountedAs;
import org.sachet.calendar.NepaliTime;
import org.sachet.platform.IntegrityViolations;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Kit downloads: counted for the reach figures by role and place only, and remembered for the downloader
 * alone (which ETag they hold), so their home page can say when a kit they have changed.
 */
@Stateless
public class KitDownloads {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountService accounts;

    @Inject
    private LessonKits kits;

    @Resource
    private SessionContext session;

    private final Clock clock = Clock.systemUTC();

    /**
     * Records that the caller was sent bytes of the kit, and counts a download the first time on a day in Nepal:
     * once per person, kit and day, whether the bytes came whole, in resumed pieces or as a one-byte probe.
     */
    @RolesAllowed({"ADMIN", "EDITOR", "REVIEWER", "MANAGER", "FACILITATOR", "TEACHER", "COORDINATOR", "PRODUCER"})
    public void received(Kit kit) {
        Account me = accounts.me();
        Instant now = clock.instant();
        // locked: the pieces of one download may arrive at once (a download manager's parallel ranges)
        KitReceipt receipt = em.find(KitReceipt.class, new KitReceipt.Key(me.getId(), kit.id().toString()),
                LockModeType.PESSIMISTIC_WRITE);
        boolean firstToday;
        if (receipt == null) {
            em.persist(new KitReceipt(me.getId(), kit.id(), kit.etag(), now));
            storeReceipt();
            firstToday = true;
        } else {
            firstToday = receipt.received(kit.etag(), now);
        }
        if (firstToday) {
            CountedAs counted = CountedAs.of(me);
            em.persist(new KitDownload(kit.id(), kit.editionId(), now.atZone(NepaliTime.ZONE).toLocalDate(),
                    counted.role(), counted.place()));
        }
    }

    /** Writes a new receipt now, so that one stored by a parallel piece meanwhile is told apart from other failures. */
    private void storeReceipt() {
        try {
            em.flush();
        } catch (PersistenceException refused) {
            if (IntegrityViolations.causedOne(refused)) {
                throw new ReceiptStoredMeanwhile(refused);
            }
            throw refused;
        }
    }

    /** The caller's receipt for a kit, if they downloaded it. */
    @PermitAll
    public Optional<KitReceipt> receipt(KitId kit) {
        return accounts.findByUsername(session.getCallerPrincipal().getName())
                .map(me -> em.find(KitReceipt.class, new KitReceipt.Key(me.getId(), kit.toString())));
    }

    /**
     * The kits the caller downloaded that have changed since (a material withdrawn), with what the current kit
     * leaves out: the notice on their home page.
     */
    @PermitAll
    public List<Kit> changedSinceDownloaded() {
        Optional<Account> me = accounts.findByUsername(session.getCallerPrincipal().getName());
        if (me.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select r from KitReceipt r where r.accountId = :me order by r.downloadedAt desc",
                        KitReceipt.class).setParameter("me", me.get().getId()).getResultList().stream()
                .flatMap(receipt -> KitId.parse(receipt.getKitId()).flatMap(kits::kit)
                        .filter(kit -> kit.isComplete() && !kit.etag().equals(receipt.getEtag())).stream())
                .toList();
    }

    /** Downloads per kit, most first. */
    @RolesAllowed({"ADMIN", "EDITOR", "REVIEWER", "MANAGER", "COORDINATOR"})
    public Map<String, Long> countsByKit() {
        Map<String, Long> counts = new LinkedHashMap<>();
        em.createQuery("select d.kitId, count(d) from KitDownload d group by d.kitId order by count(d) desc, d.kitId",
                Object[].class).getResultList().forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }

    /** Every kit download started, for the "lesson kits downloaded" indicator. */
    @RolesAllowed({"ADMIN", "EDITOR", "REVIEWER", "MANAGER", "COORDINATOR"})
    public long total() {
        return em.createQuery("select count(d) from KitDownload d", Long.class).getSingleResult();
    }
}
