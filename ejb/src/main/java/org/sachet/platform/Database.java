package org.sachet.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * The database engines Sachet runs on: embedded Derby (the default, one machine) and PostgreSQL (a programme
 * that runs several servers, docs/scale-out.md). Told from the connection, so it holds however the data source
 * was configured.
 */
public enum Database {
    DERBY("derby"),
    POSTGRESQL("postgresql");

    private final String folder;

    Database(String folder) {
        this.folder = folder;
    }

    /** The folder under {@code db/vendor} with this engine's own copies of the migrations that differ. */
    public String folder() {
        return folder;
    }

    /** The engine behind a product name as JDBC reports it ("Apache Derby", "PostgreSQL"). */
    public static Database named(String productName) {
        String name = productName.toLowerCase(Locale.ROOT);
        if (name.contains("derby")) {
            return DERBY;
        }
        if (name.contains("postgresql")) {
            return POSTGRESQL;
        }
        throw new IllegalStateException("Sachet runs on Apache Derby or PostgreSQL, not on " + productName);
    }

    public static Database of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return named(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("The database does not answer: " + e.getMessage(), e);
        }
    }
}
