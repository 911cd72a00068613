package org.sachet.catalogue;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sachet.audit.AuditLog;
import org.sachet.content.safeguarding.WatchList;
import org.sachet.platform.RuleViolation;

import java.time.Clock;
import java.util.List;

/**
 * The reviewers' confidential watch list. The audit trail records that the list changed and by whom, never
 * the names. A new name is looked for at once in every version still on its way to publication.
 */
@Stateless
@RolesAllowed("REVIEWER")
public class WatchListService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @Inject
    private SafeguardingReview review;

    @Resource
    private SessionContext session;

    public List<WatchedName> names() {
        return em.createQuery("select w from WatchedName w order by w.name", WatchedName.class).getResultList();
    }

    /** One person, every spelling separated by semicolons or commas (e.g. {@code Sita Tamang; सीता तामाङ}). */
    public WatchedName add(String spellings) {
        String text = spellings == null ? "" : spellings.strip();
        if (text.isEmpty()) {
            throw new RuleViolation("spellings", "watchList.required");
        }
        if (text.length() > 200) {
            throw new RuleViolation("spellings", "material.field.tooLong", 200);
        }
        WatchedName name = new WatchedName(text, session.getCallerPrincipal().getName(), Clock.systemUTC().instant());
        List<String> spelled = name.spellings();
        if (spelled.isEmpty() || spelled.stream().anyMatch(s -> s.codePointCount(0, s.length()) < WatchList.MIN_NAME_LENGTH)) {
            throw new RuleViolation("spellings", "watchList.tooShort", WatchList.MIN_NAME_LENGTH);
        }
        if (!em.createQuery("select w from WatchedName w where w.name = :n", WatchedName.class)
                .setParameter("n", text).getResultList().isEmpty()) {
            throw new RuleViolation("spellings", "watchList.duplicate");
        }
        em.persist(name);
        em.flush();
        audit.record(session.getCallerPrincipal().getName(), "watchList.added", "WatchList", name.getId(), null);
        review.rescanPending();
        return name;
    }

    public void remove(long id) {
        WatchedName name = em.find(WatchedName.class, id);
        if (name != null) {
            em.remove(name);
            audit.record(session.getCallerPrincipal().getName(), "watchList.removed", "WatchList", id, null);
        }
    }
}
