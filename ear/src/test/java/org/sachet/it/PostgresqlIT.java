package org.sachet.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What only the run on PostgreSQL can show (issue 19): the server keeps its records there and nowhere else, with
 * PostgreSQL's own copies of the migrations that differ, and the Derby-only backup says what to do instead. Runs
 * in the build's PostgreSQL run only (ear/pom.xml: it.postgresql.tests, and left out of the Derby run).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PostgresqlIT {

    private static final Path DATA = Path.of(System.getProperty("sachet.it.dataDir"));

    @Test
    void theServerKeepsItsRecordsInPostgresqlWithItsOwnCopiesOfTheMigrationsThatDiffer() throws Exception {
        assertEquals(200, TestServer.get("/health").statusCode());
        try (Connection db = DriverManager.getConnection(System.getProperty("sachet.it.dbUrl"),
                System.getProperty("sachet.it.dbUser"), System.getProperty("sachet.it.dbPassword"));
             Statement sql = db.createStatement()) {
            try (ResultSet admin = sql.executeQuery("SELECT COUNT(*) FROM ACCOUNT WHERE USERNAME = 'admin'")) {
                admin.next();
                assertEquals(1, admin.getInt(1), "the first administrator is in PostgreSQL");
            }
            try (ResultSet column = sql.executeQuery("SELECT DATA_TYPE FROM INFORMATION_SCHEMA.COLUMNS"
                    + " WHERE TABLE_NAME = 'material_version' AND COLUMN_NAME = 'extracted_text'")) {
                assertTrue(column.next());
                assertEquals("text", column.getString(1), "V2 came from db/vendor/postgresql");
            }
            try (ResultSet column = sql.executeQuery("SELECT IS_NULLABLE FROM INFORMATION_SCHEMA.COLUMNS"
                    + " WHERE TABLE_NAME = 'outreach_session' AND COLUMN_NAME = 'local_level_code'")) {
                assertTrue(column.next());
                assertEquals("NO", column.getString(1), "V4 came from db/vendor/postgresql");
            }
            try (ResultSet failed = sql.executeQuery("SELECT COUNT(*) FROM schema_history WHERE NOT success")) {
                failed.next();
                assertEquals(0, failed.getInt(1));
            }
        }
        assertFalse(Files.exists(DATA.resolve("db")), "no Derby database was made beside it");
    }

    @Test
    void aBackupIsRefusedWithWhatToDoInsteadInTheCallersLanguage() throws Exception {
        String key = Files.readString(DATA.resolve("operator.key")).strip();
        String folder = "{\"folder\": \"" + DATA + "-backups\"}";
        HttpResponse<String> english = TestServer.postJson("/api/v1/backups", folder, "X-Sachet-Operator-Key", key);
        assertEquals(400, english.statusCode(), english.body());
        assertTrue(english.body().contains("pg_dump"), english.body());
        HttpResponse<String> nepali = TestServer.postJson("/api/v1/backups", folder, "X-Sachet-Operator-Key", key,
                "Accept-Language", "ne");
        assertEquals(400, nepali.statusCode(), nepali.body());
        assertTrue(nepali.body().contains("ब्याकअप"), nepali.body());
        assertFalse(Files.exists(Path.of(DATA + "-backups")), "nothing was written");
    }
}
