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

    /**
     * The file store's folder ({@code SACHET_FILES}): {@code files} in the data folder unless several servers share
     * one elsewhere (a shared folder, docs/scale-out.md).
     */
    public static Path files() {
        return read("SACHET_FILES").map(value -> Path.of(value).toAbsolutePath().normalize())
                .orElseGet(() -> home().resolve("files"));
    }

    /**
     * This server's name among those sharing one database ({@code SACHET_INSTANCE}, lower-case letters, digits and
     * dashes): it names its temporary folder in a shared file store, its leases and its web sessions' route.
     * {@code main} for a server alone.
     */
    public static String instance() {
        String name = read("SACHET_INSTANCE").orElse("main");
        if (!name.matches("[a-z0-9][a-z0-9-]{0,31}")) {
            throw new IllegalStateException("SACHET_INSTANCE must be 1 to 32 lower-case letters, digits and dashes,"
                    + " not " + name);
        }
        return name;
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

    /** The largest file one upload may carry ({@code SACHET_MAX_UPLOAD}: bytes, or with KB/MB/GB/KiB/MiB/GiB). */
    public static long maxUploadBytes() {
        return read("SACHET_MAX_UPLOAD").map(SachetConfiguration::parseSize).orElse(2L << 30);
    }

    /** Audio and video above this size stay out of "lite" lesson kits ({@code SACHET_KIT_LITE_MEDIA}, as above). */
    public static long kitLiteMediaBytes() {
        return read("SACHET_KIT_LITE_MEDIA").map(SachetConfiguration::parseSize).orElse(5_000_000L);
    }

    /**
     * The free space kept on the data folder's disk ({@code SACHET_MIN_FREE}, sizes as above; 512 MB by default):
     * below it, writes are refused with "not enough space" before the database runs out and shuts itself down.
     */
    public static long minFreeBytes() {
        return read("SACHET_MIN_FREE").map(SachetConfiguration::parseSize).orElse(512L << 20);
    }

    /**
     * The addresses of the reverse proxies in front of the server ({@code SACHET_TRUSTED_PROXIES}, comma-separated
     * IP addresses, none by default): from them alone the client's address is read from X-Forwarded-For.
     */
    public static java.util.Set<String> trustedProxies() {
        return read("SACHET_TRUSTED_PROXIES").map(v -> java.util.Arrays.stream(v.split(",")).map(String::strip)
                .filter(a -> !a.isEmpty()).collect(java.util.stream.Collectors.toUnmodifiableSet()))
                .orElse(java.util.Set.of());
    }

    /** The directory of jars the child JVMs that read uploaded files run with ({@code SACHET_TIKA_LIB}). */
    public static Optional<Path> tikaLibrary() {
        return read("SACHET_TIKA_LIB").map(Path::of);
    }

    static long parseSize(String text) {
        String t = text.strip().toUpperCase(java.util.Locale.ROOT).replace(" ", "");
        long unit = 1;
        String[][] units = {{"KIB", "1024"}, {"MIB", "1048576"}, {"GIB", "1073741824"}, {"KB", "1000"},
                {"MB", "1000000"}, {"GB", "1000000000"}, {"B", "1"}};
        for (String[] u : units) {
            if (t.endsWith(u[0])) {
                unit = Long.parseLong(u[1]);
                t = t.substring(0, t.length() - u[0].length());
                break;
            }
        }
        try {
            long value = Long.parseLong(t);
            if (value <= 0) {
                throw new IllegalArgumentException("a size must be positive: " + text);
            }
            return Math.multiplyExact(value, unit);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("not a size: " + text, e);
        }
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
