package org.sachet.content.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** Whether Tesseract can OCR Nepali and English here: on the PATH, with both trained data files installed. */
final class Tesseract {

    private static final long PROBE_SECONDS = 10;

    private Tesseract() {
    }

    /** Asked once per JVM; installing Tesseract needs a restart to be noticed. */
    static boolean canReadNepaliAndEnglish() {
        return Probe.RESULT;
    }

    private static final class Probe {
        static final boolean RESULT = probe();
    }

    private static boolean probe() {
        Process process;
        try {
            process = new ProcessBuilder("tesseract", "--list-langs").redirectErrorStream(true).start();
        } catch (IOException notInstalled) {
            return false;
        }
        try (InputStream output = process.getInputStream()) {
            // --list-langs prints a header line, then one language per line; the output is a few hundred bytes.
            String listing = new String(output.readNBytes(64 * 1024), StandardCharsets.UTF_8);
            if (!process.waitFor(PROBE_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
                return false;
            }
            Set<String> languages = listing.lines().map(String::strip).collect(Collectors.toSet());
            return languages.contains("nep") && languages.contains("eng");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            process.destroyForcibly();
        }
    }
}
