package org.sachet.catalogue;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sachet.platform.SachetConfiguration;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Which server reads an uploaded version's file: the one whose conditional update claimed it, until the claim runs
 * out. A claim lasts longer than a file waits for and takes to read (each file is cut off after a minute; uploads in a
 * burst wait in line for the reader), so it runs out only for a server that died. Each call commits at once.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ExtractionClaims {

    static final Duration CLAIM = Duration.ofMinutes(30);

    @PersistenceContext
    private EntityManager em;

    /** Claims an unread version for this server; false when it is read already or another server's claim holds. */
    public boolean claim(long versionId) {
        Instant now = Instant.now();
        return em.createNativeQuery("UPDATE MATERIAL_VERSION SET EXTRACTION_CLAIMED_BY = ?,"
                        + " EXTRACTION_CLAIMED_UNTIL = ? WHERE ID = ? AND EXTRACTION = ?"
                        + " AND (EXTRACTION_CLAIMED_UNTIL IS NULL OR EXTRACTION_CLAIMED_UNTIL < ?)")
                .setParameter(1, SachetConfiguration.instance()).setParameter(2, Timestamp.from(now.plus(CLAIM)))
                .setParameter(3, versionId).setParameter(4, ExtractionState.PENDING.name())
                .setParameter(5, Timestamp.from(now)).executeUpdate() == 1;
    }

    /** The unread versions no server has claimed, or whose claim ran out. */
    @SuppressWarnings("unchecked")
    public List<Long> unclaimed() {
        List<Number> ids = em.createNativeQuery("SELECT ID FROM MATERIAL_VERSION WHERE EXTRACTION = ?"
                        + " AND (EXTRACTION_CLAIMED_UNTIL IS NULL OR EXTRACTION_CLAIMED_UNTIL < ?) ORDER BY ID")
                .setParameter(1, ExtractionState.PENDING.name()).setParameter(2, Timestamp.from(Instant.now()))
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** How many uploaded versions wait to be read, claimed or not (the queue's length across servers). */
    public long waiting() {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM MATERIAL_VERSION WHERE EXTRACTION = ?")
                .setParameter(1, ExtractionState.PENDING.name()).getSingleResult()).longValue();
    }

    /** At start: this server reads nothing yet, so what it claimed before a stop or a crash is free again. */
    public int releaseMine() {
        return em.createNativeQuery("UPDATE MATERIAL_VERSION SET EXTRACTION_CLAIMED_BY = NULL,"
                        + " EXTRACTION_CLAIMED_UNTIL = NULL WHERE EXTRACTION_CLAIMED_BY = ? AND EXTRACTION = ?")
                .setParameter(1, SachetConfiguration.instance()).setParameter(2, ExtractionState.PENDING.name())
                .executeUpdate();
    }
}
