package org.sachet.audit;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.List;

/** Writes and reads the audit trail; services call it inside their own transaction. */
@Stateless
public class AuditLog {

    @PersistenceContext
    private EntityManager em;

    public void record(String actor, String action, String subjectType, Object subjectId, String detail) {
        em.persist(new AuditEntry(Clock.systemUTC().instant(), actor, action, subjectType,
                subjectId == null ? null : subjectId.toString(), detail));
    }

    /** The newest entries about one record first. */
    public List<AuditEntry> about(String subjectType, Object subjectId, int max) {
        return em.createQuery("select e from AuditEntry e where e.subjectType = :t and e.subjectId = :i"
                        + " order by e.occurredAt desc, e.id desc", AuditEntry.class)
                .setParameter("t", subjectType).setParameter("i", subjectId.toString())
                .setMaxResults(max).getResultList();
    }
}
