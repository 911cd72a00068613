package org.sachet.platform;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/**
 * Sign-ins that end (issue 14): API tokens get an expiry, and an account a sign-in epoch that a password reset,
 * a deactivation or "sign out everywhere" moves on, ending every web session begun before; failed sign-ins are
 * counted by client and name. Written in Java
 * because the tokens in use get their expiry from now, and date arithmetic is not portable SQL.
 */
public class V8__SignInsThatEnd extends BaseJavaMigration {

    /** How long the tokens in use at the upgrade stay valid: as long as a new one. */
    static final Duration EXISTING_TOKENS = Duration.ofDays(90);

    @Override
    public void migrate(Context context) throws SQLException {
        try (Statement sql = context.getConnection().createStatement()) {
            sql.execute("ALTER TABLE API_TOKEN ADD COLUMN EXPIRES_AT TIMESTAMP");
            sql.execute("ALTER TABLE ACCOUNT ADD COLUMN SIGN_IN_EPOCH INTEGER DEFAULT 0 NOT NULL");
            // failed sign-ins by client and name: a guesser locks out only itself (the account's lock is unused)
            sql.execute("CREATE TABLE SIGN_IN_FAILURE (CLIENT VARCHAR(64) NOT NULL, USERNAME VARCHAR(100) NOT NULL, "
                    + "FAILURES INTEGER NOT NULL, LAST_FAILED_AT TIMESTAMP NOT NULL, LOCKED_UNTIL TIMESTAMP, "
                    + "PRIMARY KEY (CLIENT, USERNAME))");
        }
        try (PreparedStatement expire = context.getConnection().prepareStatement(
                "UPDATE API_TOKEN SET EXPIRES_AT = ?")) {
            expire.setTimestamp(1, Timestamp.from(Instant.now().plus(EXISTING_TOKENS)));
            expire.executeUpdate();
        }
    }
}
