package org.sachet.platform;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Brings the database schema up to date with the versioned scripts in {@code db/migration}
 * ({@code V1__foundation.sql}, ...). Scripts are never edited once released: a schema change is a new
 * script, so upgrading keeps every row.
 */
public final class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    private DatabaseMigration() {
    }

    /** @return true when the database was new (no schema before this run) */
    public static boolean migrate(DataSource dataSource) {
        Flyway flyway = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .javaMigrations(new V7__IdSequences(), new V8__SignInsThatEnd())
                .table("SCHEMA_HISTORY")
                .load();
        boolean newDatabase = flyway.info().applied().length == 0;
        MigrateResult result = flyway.migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migration(s) applied now)");
        return newDatabase;
    }
}
