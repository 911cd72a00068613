package org.sachet.accounts;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;

/**
 * Failed sign-ins, counted by client and name and by client alone, in the database (so every server of a
 * cluster sees them). A locked pair is refused before any password is checked, so a locked guesser costs
 * nothing; the account's owner signs in from any other client.
 */
@Stateless
@PermitAll
public class SignInThrottle {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    private final Clock clock = Clock.systemUTC();

    public boolean isLocked(String client, String username) {
        Instant now = clock.instant();
        return locked(client, username, now) || locked(client, SignInFailures.ANY_NAME, now);
    }

    private boolean locked(String client, String username, Instant now) {
        SignInFailures failures = em.find(SignInFailures.class, new SignInFailures.Key(client, username));
        return failures != null && failures.isLockedAt(now);
    }

    /**
     * Counts a failure for the client and name, and for the client; true when it locked the name for this client.
     * In a transaction of its own: a refused sign-in is counted even though nothing else is written. Each count is
     * read under a row lock, so guesses sent at once to one server or to several each count; when another server
     * made the first row at the same moment, this one's insert breaks the key and the second try finds it.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean failed(String client, String username) {
        SignInThrottle self = context.getBusinessObject(SignInThrottle.class);
        try {
            return self.failedOnce(client, username);
        } catch (EJBException lostRace) {
            return self.failedOnce(client, username);
        }
    }

    /** One attempt of {@link #failed}. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean failedOnce(String client, String username) {
        Instant now = clock.instant();
        // always the client's row first, then the name's: two callers lock in the same order
        failedFor(client, SignInFailures.ANY_NAME, now);
        return failedFor(client, username, now);
    }

    private boolean failedFor(String client, String username, Instant now) {
        SignInFailures failures = em.find(SignInFailures.class, new SignInFailures.Key(client, username),
                LockModeType.PESSIMISTIC_WRITE);
        if (failures != null) {
            return failures.failedAt(now);
        }
        failures = new SignInFailures(client, username);
        boolean locked = failures.failedAt(now);
        em.persist(failures);
        em.flush(); // a row another caller made meanwhile breaks the key here, inside the attempt
        return locked;
    }

    /** A right password from this client: its failures for the name are forgotten. */
    public void succeeded(String client, String username) {
        SignInFailures failures = em.find(SignInFailures.class, new SignInFailures.Key(client, username));
        if (failures != null) {
            em.remove(failures);
        }
    }

    /** A new password set by an administrator lifts every client's lock on the name. */
    public void forget(String username) {
        em.createQuery("delete from SignInFailures f where f.username = :u").setParameter("u", username)
                .executeUpdate();
    }
}
