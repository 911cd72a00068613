package org.sachet.platform;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The installation's settings, read from the {@code SACHET_*} environment variables in this one place.
 * The launcher ({@code ./sachet}) and the integration-test build set them before the server starts.
 */
public final class SachetConfiguration {

    private SachetConfiguration() {
    }

    /** The data folder: database, uploaded files, indexes. */
    public static Path home() {
        String value = read("SACHET_HOME").orElse("data");
        return Path.of(value).toAbsolutePath().normalize();
    }

    /** The first administrator's password for a new database; absent means "generate one". */
    public static Optional<String> adminPassword() {
        return read("SACHET_ADMIN_PASSWORD");
    }

    /** Whether a new database receives demo data. */
    public static boolean demo() {
        return read("SACHET_DEMO").map(v -> v.equalsIgnoreCase("true") || v.equals("1") || v.equalsIgnoreCase("yes"))
                .orElse(false);
    }

    private static Optional<String> read(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            // a system property of the same name, lower-cased with dots, serves set-ups without an environment
            value = System.getProperty(name.toLowerCase().replace('_', '.'));
        }
        return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
    }
}
