package org.sachet.platform;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The sequences sessions and audit entries take their ids from ({@link IdBlocks}). Written in Java because a
 * sequence starts at a constant, here after the ids in use: EclipseLink takes the value it draws as the last of
 * its block of {@value IdBlocks#ALLOCATION}, so the first value drawn is the last id in use plus the block.
 */
public class V7__IdSequences extends BaseJavaMigration {

    private static final int ALLOCATION = IdBlocks.ALLOCATION;

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
