package org.sachet.platform;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The change feed ({@code CLUSTER_CHANGE}) that servers sharing one database follow to keep their own derived
 * state (search index, kit layouts) in step: a change is written in the transaction that makes it, so it is in the
 * feed exactly when it is committed ({@code cluster.ChangeRecorder} writes, {@code cluster.ClusterFollower} reads).
 */
@Stateless
public class ChangeFeed {

    /** One change as the feed holds it: its number, what kind of thing changed, and which. */
    public record Change(long seq, String topic, long subjectId) {
    }

    /** How long a change's transaction may take to commit after it took its number (see {@code FeedPosition}). */
    public static final Duration COMMIT_PATIENCE = Duration.ofSeconds(120);

    @PersistenceContext
    private EntityManager em;

    /** Writes a change in the caller's transaction (in one of its own when the caller has none). */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void record(String topic, long subjectId) {
        em.createNativeQuery("INSERT INTO CLUSTER_CHANGE (TOPIC, SUBJECT_ID, CHANGED_AT) VALUES (?, ?, ?)")
                .setParameter(1, topic).setParameter(2, subjectId).setParameter(3, Timestamp.from(Instant.now()))
                .executeUpdate();
    }

    /** The committed changes after {@code seq}, in order, at most {@code max}. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<Change> after(long seq, int max) {
        List<Object[]> rows = em.createNativeQuery("SELECT SEQ, TOPIC, SUBJECT_ID FROM CLUSTER_CHANGE WHERE SEQ > ?"
                + " ORDER BY SEQ").setParameter(1, seq).setMaxResults(max).getResultList();
        return rows.stream().map(row -> new Change(((Number) row[0]).longValue(), (String) row[1],
                ((Number) row[2]).longValue())).toList();
    }

    /** How many committed changes come after {@code seq}. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long countAfter(long seq) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM CLUSTER_CHANGE WHERE SEQ > ?").setParameter(1, seq)
                .getSingleResult()).longValue();
    }

    /**
     * Where derived state made from everything committed now may say it has followed the feed to: below the
     * changes of the last {@link #COMMIT_PATIENCE}, whose transactions may have committed out of order (they are
     * followed again, which is harmless).
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long startingPoint() {
        Number newest = (Number) em.createNativeQuery("SELECT COALESCE(MAX(SEQ), 0) FROM CLUSTER_CHANGE")
                .getSingleResult();
        Number firstRecent = (Number) em.createNativeQuery("SELECT MIN(SEQ) FROM CLUSTER_CHANGE WHERE CHANGED_AT > ?")
                .setParameter(1, Timestamp.from(Instant.now().minus(COMMIT_PATIENCE))).getSingleResult();
        return firstRecent == null ? newest.longValue() : Math.min(newest.longValue(), firstRecent.longValue() - 1);
    }

    /** The oldest change still kept, if any: state that followed only up to before it must be made anew. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Long> oldestKept() {
        Number oldest = (Number) em.createNativeQuery("SELECT MIN(SEQ) FROM CLUSTER_CHANGE").getSingleResult();
        return Optional.ofNullable(oldest).map(Number::longValue);
    }

    /** Forgets the changes made before {@code before}; returns how many. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int forgetBefore(Instant before) {
        return em.createNativeQuery("DELETE FROM CLUSTER_CHANGE WHERE CHANGED_AT < ?")
                .setParameter(1, Timestamp.from(before)).executeUpdate();
    }
}
