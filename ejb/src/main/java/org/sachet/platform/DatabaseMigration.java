package org.sachet.platform;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Brings the database schema up to date with the versioned scripts in {@code db/migration}
 * ({@code V1__foundation.sql}, ...). Scripts are never edited once released: a schema change is a new
 * script, so upgrading keeps every row. The few scripts whose SQL differs between Derby and PostgreSQL live once
 * per database in {@code db/vendor/derby} and {@code db/vendor/postgresql}; Derby's are the released scripts,
 * byte for byte, so databases made before keep their checksums.
 */
public final class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    private DatabaseMigration() {
    }

    /** @return true when the database was new (no schema before this run) */
    public static boolean migrate(DataSource dataSource) {
        Database database = Database.of(dataSource);
        Flyway flyway = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/" + database.folder())
                .javaMigrations(new V7__IdSequences(), new V8__SignInsThatEnd())
                // Flyway quotes the name: in PostgreSQL's lower case it sits among the other tables
                .table(database == Database.POSTGRESQL ? "schema_history" : "SCHEMA_HISTORY")
                .load();
        boolean newDatabase = flyway.info().applied().length == 0;
        MigrateResult result = flyway.migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migration(s) applied now)");
        return newDatabase;
    }
}
