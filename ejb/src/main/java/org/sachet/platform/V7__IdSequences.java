package org.sachet.platform;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Sessions and audit entries take their ids from sequences, handed out {@value #ALLOCATION} at a time, instead of
 * their identity columns: the rows of a synced batch then go to the database as one JDBC batch, without asking
 * for each new row's identity. Written in Java because a sequence starts at a constant, here after the ids in use:
 * EclipseLink takes the value it draws as the last of its block of {@value #ALLOCATION}, so the first value drawn
 * is the last id in use plus the block.
 */
public class V7__IdSequences extends BaseJavaMigration {

    /** Ids a server takes from a sequence at once; the entities' {@code allocationSize} must match. */
    public static final int ALLOCATION = 100;

    @Override
    public void migrate(Context context) throws SQLException {
        try (Statement sql = context.getConnection().createStatement()) {
            createAfterLastId(sql, "OUTREACH_SESSION_IDS", "OUTREACH_SESSION");
            createAfterLastId(sql, "AUDIT_ENTRY_IDS", "AUDIT_ENTRY");
        }
    }

    private static void createAfterLastId(Statement sql, String sequence, String table) throws SQLException {
        long lastInUse;
        try (ResultSet last = sql.executeQuery("SELECT COALESCE(MAX(ID), 0) FROM " + table)) {
            last.next();
            lastInUse = last.getLong(1);
        }
        sql.execute("CREATE SEQUENCE " + sequence + " AS BIGINT START WITH " + (lastInUse + ALLOCATION)
                + " INCREMENT BY " + ALLOCATION);
    }
}
