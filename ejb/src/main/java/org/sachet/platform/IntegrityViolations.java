package org.sachet.platform;

import java.sql.SQLException;

/**
 * Tells a database's refusal of a row for an integrity constraint (a unique key taken meanwhile, say) from any
 * other failure, by SQLState class 23 as the SQL standard defines it: Derby and PostgreSQL alike, whatever
 * exception class their drivers or EclipseLink wrap it in.
 */
public final class IntegrityViolations {

    private IntegrityViolations() {
    }

    /** Whether this failure, or one it was caused by, is an integrity constraint violation. */
    public static boolean causedOne(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (next.getSQLState() != null && next.getSQLState().startsWith("23")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
