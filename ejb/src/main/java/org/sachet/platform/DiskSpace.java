package org.sachet.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The free space of the data folder's disk against the reserve ({@code SACHET_MIN_FREE}). A full disk makes
 * Derby shut the database down mid-write; refusing writes while the reserve is reached keeps it up (issue 14).
 */
public final class DiskSpace {

    private DiskSpace() {
    }

    /** The bytes free for Sachet's data now. */
    public static long free() {
        try {
            return Files.getFileStore(existing(SachetConfiguration.home())).getUsableSpace();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether writing this many bytes more still leaves the reserve free. */
    public static boolean roomFor(long bytes) {
        return free() - Math.max(bytes, 0) >= SachetConfiguration.minFreeBytes();
    }

    private static Path existing(Path folder) {
        Path p = folder;
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        return p == null ? Path.of(".").toAbsolutePath() : p;
    }
}
