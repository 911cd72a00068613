package org.sachet.accounts;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.sachet.platform.IntegrityViolations;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * What every server needs to carry a web sign-in over from another one (the signed cookie, {@code http.SignInCookie}):
 * the installation's signing key, made by the first server that needs it, and the sign-ins ended at sign-out.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class WebSignIns {

    private final SecureRandom random = new SecureRandom();
    private volatile byte[] key;

    @PersistenceContext
    private EntityManager em;

    /** The key that signs sign-in cookies: the same on every server sharing the database. */
    public byte[] key() {
        byte[] known = key;
        if (known != null) {
            return known;
        }
        String secret = stored();
        if (secret == null) {
            byte[] made = new byte[32];
            random.nextBytes(made);
            try {
                em.createNativeQuery("INSERT INTO SIGN_IN_KEY (ID, SECRET) VALUES (1, ?)")
                        .setParameter(1, Base64.getEncoder().encodeToString(made)).executeUpdate();
                secret = Base64.getEncoder().encodeToString(made);
            } catch (PersistenceException refused) {
                if (!IntegrityViolations.causedOne(refused)) {
                    throw refused;
                }
                throw new KeyMadeMeanwhile(); // another server made it: the caller's next call reads it
            }
        }
        key = Base64.getDecoder().decode(secret);
        return key;
    }

    @SuppressWarnings("unchecked")
    private String stored() {
        List<String> secrets = em.createNativeQuery("SELECT SECRET FROM SIGN_IN_KEY WHERE ID = 1").getResultList();
        return secrets.isEmpty() ? null : secrets.get(0);
    }

    /** Ends a sign-in on every server: its cookie is refused from now on. */
    public void end(String id, Instant lapsesAt) {
        if (!ended(id)) {
            em.createNativeQuery("INSERT INTO ENDED_SIGN_IN (ID, LAPSES_AT) VALUES (?, ?)")
                    .setParameter(1, id).setParameter(2, Timestamp.from(lapsesAt)).executeUpdate();
        }
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean ended(String id) {
        return !em.createNativeQuery("SELECT 1 FROM ENDED_SIGN_IN WHERE ID = ?").setParameter(1, id)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** Forgets the ended sign-ins that have lapsed anyway. */
    public int forgetLapsed(Instant now) {
        return em.createNativeQuery("DELETE FROM ENDED_SIGN_IN WHERE LAPSES_AT < ?")
                .setParameter(1, Timestamp.from(now)).executeUpdate();
    }

    /** Two servers made the key at the same moment: the other's is stored; ask again. */
    @jakarta.ejb.ApplicationException(rollback = true)
    public static final class KeyMadeMeanwhile extends RuntimeException {
        KeyMadeMeanwhile() {
            super("the sign-in key was made by another server meanwhile", null, false, false);
        }
    }
}
