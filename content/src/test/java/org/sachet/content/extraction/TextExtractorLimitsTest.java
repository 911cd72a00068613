package org.sachet.content.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sachet.content.extraction.TextExtractorTest.assertFailed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sachet.content.extraction.Extraction.Status;

/** Text limits, time limits, crashes and concurrent use; each test runs its own pool. */
class TextExtractorLimitsTest {

    @TempDir
    static Path folder;

    /**
     * A 6,000-page PDF: several seconds for a fresh child, long enough to be stopped part-way (2,000 pages were
     * read within the 1 s timeout once on a quiet machine).
     */
    private static Path longPdf;
    private static Path shortText;

    @BeforeAll
    static void makeFiles() throws IOException {
        List<String> pages = new ArrayList<>();
        for (int page = 1; page <= 6_000; page++) {
            pages.add("Page " + page + " of the long handbook on safe migration and labour rights.\n"
                    + "Keep your documents with you and know whom to call.");
        }
        longPdf = TestFiles.pdf(folder.resolve("handbook.pdf"), "Handbook", "Sachet", pages);
        shortText = TestFiles.text(folder.resolve("short.txt"), "Short note for the ward office.");
    }

    @Test
    void textBeyondTheLimitIsCutAndReportedAsTruncatedNotFailed() throws IOException {
        Path long50k = TestFiles.text(folder.resolve("long.txt"), "word ".repeat(10_000));
        try (TextExtractor extractor = new TextExtractor(TestFiles.childClassPath(),
                ExtractionSettings.defaults().withPoolSize(1).withMaxChars(1_000))) {
            Extraction extraction = extractor.extract(long50k, "long.txt");
            assertEquals(Status.OK, extraction.status());
            assertTrue(extraction.truncated());
            assertTrue(extraction.text().length() <= 1_000, "length " + extraction.text().length());
            assertTrue(extraction.text().length() >= 900, "length " + extraction.text().length());
            // The child stopped at the limit and is ready for the next file.
            assertEquals(Status.OK, extractor.extract(shortText, "short.txt").status());
        }
    }

    @Test
    void overrunIsStoppedAtTheTimeoutAndTheNextFileIsRead() {
        Duration timeout = Duration.ofSeconds(1);
        try (TextExtractor extractor = new TextExtractor(TestFiles.childClassPath(),
                ExtractionSettings.defaults().withPoolSize(1).withParseTimeout(timeout, Duration.ofMillis(100)))) {
            assertEquals(Status.OK, extractor.extract(shortText, "short.txt").status()); // child started
            long started = System.nanoTime();
            Extraction extraction = extractor.extract(longPdf, "handbook.pdf");
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertFailed(extraction, FailureCode.TIMEOUT);
            assertTrue(took.compareTo(timeout.plus(ForkSlot.BACKSTOP_MARGIN)) < 0, "took " + took);
            assertEquals(Status.OK, extractor.extract(shortText, "short.txt").status());
        }
    }

    @Test
    void killedChildFailsItsFileAndIsReplacedForTheNext() throws Exception {
        try (TextExtractor extractor = new TextExtractor(TestFiles.childClassPath(),
                ExtractionSettings.defaults().withPoolSize(1))) {
            assertEquals(Status.OK, extractor.extract(shortText, "short.txt").status()); // child started
            CompletableFuture<Extraction> running =
                    CompletableFuture.supplyAsync(() -> extractor.extract(longPdf, "handbook.pdf"));
            Thread.sleep(300);
            // As the kernel's OOM killer or a crash would: no warning, no clean-up.
            forkServers().forEach(ProcessHandle::destroyForcibly);
            assertFailed(running.get(), FailureCode.CHILD_CRASHED);
            Extraction next = extractor.extract(shortText, "short.txt");
            assertEquals(Status.OK, next.status());
            assertEquals("Short note for the ward office.", next.text());
        }
    }

    @Test
    void childDeafToItsOwnTimeoutIsKilledByTheServer() throws Exception {
        Duration timeout = Duration.ofSeconds(1);
        try (TextExtractor extractor = new TextExtractor(TestFiles.childClassPath(),
                ExtractionSettings.defaults().withPoolSize(1).withParseTimeout(timeout, Duration.ofMillis(100)))) {
            assertEquals(Status.OK, extractor.extract(shortText, "short.txt").status()); // child started
            long started = System.nanoTime();
            CompletableFuture<Extraction> running =
                    CompletableFuture.supplyAsync(() -> extractor.extract(longPdf, "handbook.pdf"));
            Thread.sleep(300);
            // A stopped process runs no watchdog: only the server's backstop can end this call.
            for (ProcessHandle child : forkServers()) {
                new ProcessBuilder("kill", "-STOP", Long.toString(child.pid())).start().waitFor();
            }
            assertFailed(running.get(), FailureCode.TIMEOUT);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertTrue(took.compareTo(timeout.plus(ForkSlot.BACKSTOP_MARGIN).plusSeconds(2)) < 0, "took " + took);
            assertEquals(Status.OK, extractor.extract(shortText, "short.txt").status());
        }
    }

    @Test
    void childClassPathWithoutTikaFailsAsExtractorUnavailable() throws IOException {
        Path empty = Files.createDirectories(folder.resolve("no-jars"));
        try (TextExtractor extractor = new TextExtractor(empty, ExtractionSettings.defaults().withPoolSize(1))) {
            assertFailed(extractor.extract(shortText, "short.txt"), FailureCode.EXTRACTOR_UNAVAILABLE);
        }
    }

    @Test
    void concurrentExtractionsEachGetTheirOwnText() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            files.add(TestFiles.text(folder.resolve("note-" + i + ".txt"), "Note number " + i + " for cohort " + i));
        }
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try (TextExtractor extractor = new TextExtractor(TestFiles.childClassPath(),
                ExtractionSettings.defaults().withPoolSize(2))) {
            List<Future<Extraction>> results = new ArrayList<>();
            for (Path file : files) {
                results.add(callers.submit(() -> extractor.extract(file, file.getFileName().toString())));
            }
            for (int i = 0; i < files.size(); i++) {
                Extraction extraction = results.get(i).get();
                assertEquals(Status.OK, extraction.status());
                assertEquals("Note number " + i + " for cohort " + i, extraction.text());
            }
        } finally {
            callers.shutdownNow();
        }
    }

    /** This JVM's parser children (each test closes its pool, so only the current test's are alive). */
    private static List<ProcessHandle> forkServers() {
        return ProcessHandle.current().children()
                .filter(child -> child.info().arguments().map(List::of).orElse(List.of())
                        .contains("org.apache.tika.fork.ForkServer"))
                .toList();
    }
}
