package org.sachet.cluster;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sachet.platform.SachetConfiguration;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Leases on work that one server at a time must do ({@code CLUSTER_LEASE}): a server takes a lease that is free or
 * expired, or its own again to renew it, in one conditional update, so two servers never both hold it; a holder
 * that dies leaves it to expire. Each call commits at once. Servers' clocks are taken to agree within seconds.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Leases {

    /** The start-up work on the database: migrations done, reference and demo data, tallies, the store's tidying. */
    public static final String STARTUP = "startup";
    /** The periodic sweeps: unread uploads, the change feed's old rows. */
    public static final String SWEEPS = "sweeps";

    @PersistenceContext
    private EntityManager em;

    private final Clock clock = Clock.systemUTC();

    /** Takes or renews the lease for this server until {@code duration} from now; false when another holds it. */
    public boolean take(String name, Duration duration) {
        Instant now = clock.instant();
        return em.createNativeQuery("UPDATE CLUSTER_LEASE SET HOLDER = ?, EXPIRES_AT = ? WHERE NAME = ?"
                        + " AND (HOLDER IS NULL OR HOLDER = ? OR EXPIRES_AT < ?)")
                .setParameter(1, SachetConfiguration.instance())
                .setParameter(2, Timestamp.from(now.plus(duration)))
                .setParameter(3, name)
                .setParameter(4, SachetConfiguration.instance())
                .setParameter(5, Timestamp.from(now))
                .executeUpdate() == 1;
    }

    /** Gives the lease back, if this server holds it. */
    public void release(String name) {
        em.createNativeQuery("UPDATE CLUSTER_LEASE SET HOLDER = NULL, EXPIRES_AT = NULL WHERE NAME = ? AND HOLDER = ?")
                .setParameter(1, name).setParameter(2, SachetConfiguration.instance()).executeUpdate();
    }
}
