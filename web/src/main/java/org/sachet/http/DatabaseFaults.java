package org.sachet.http;

import java.sql.SQLException;
import java.util.Optional;

/**
 * Tells a database that cannot be reached (stopped, restarting, the network to it down, or every pooled connection
 * busy past the pool's wait) from a fault in Sachet: the first is worth a "try again shortly" (503), not a 500 with a
 * stack trace in the log for every request while it lasts.
 */
public final class DatabaseFaults {

    /** What Payara's pool says when it could not hand out a connection, whatever the driver said below it. */
    private static final String POOL_REFUSED = "Error in allocating a connection";

    private DatabaseFaults() {
    }

    /**
     * The reason, in the driver's or the pool's words (the deepest in the chain, first line), when the error comes
     * from a database that cannot be reached.
     */
    public static Optional<String> unreachable(Throwable error) {
        String reason = null;
        for (Throwable t = error; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    // SQLSTATE class 08: connection exceptions, the same in PostgreSQL's and Derby's drivers
                    if (s.getSQLState() != null && s.getSQLState().startsWith("08")) {
                        reason = s.getMessage();
                    }
                }
            }
            if (t.getMessage() != null && t.getMessage().contains(POOL_REFUSED)) {
                reason = t.getMessage();
            }
        }
        return Optional.ofNullable(reason).map(message -> message.lines().findFirst().orElse(""));
    }
}
