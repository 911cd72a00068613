package org.sachet.content.extraction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Reads the text and key facts of stored files without loading Tika's parsers into the server: each file is
 * parsed in one of a small pool of child JVMs (Tika's ForkParser) started from the child class path folder,
 * which holds the parser package; the server needs tika-core only.
 *
 * <p>Bounds: every call returns within parse timeout + pulse + 5 s once it has a child (callers beyond
 * the pool size wait for one); a child that runs out of memory, crashes or overruns is killed and replaced for
 * the next call; text is cut at the character limit, in the child, and reported as truncated.
 *
 * <p>Thread-safe: meant to be called from a background executor with about as many threads as the pool has
 * children. Close it when the application stops, to stop the children.
 */
public final class TextExtractor implements AutoCloseable {

    private final ExtractionSettings settings;
    private final List<ForkSlot> slots = new ArrayList<>();
    private final BlockingQueue<ForkSlot> idle;
    private final ScheduledExecutorService watchdog;
    private volatile boolean closed;

    /**
     * @param childClassPath folder of jars for the children: tika-core, the parser package and its
     *                       dependencies, an SLF4J binding and this module's jar
     */
    public TextExtractor(Path childClassPath, ExtractionSettings settings) {
        if (!Files.isDirectory(childClassPath)) {
            throw new IllegalArgumentException("child class path folder not found: " + childClassPath);
        }
        this.settings = settings;
        this.idle = new ArrayBlockingQueue<>(settings.poolSize());
        for (int i = 0; i < settings.poolSize(); i++) {
            ForkSlot slot = new ForkSlot(childClassPath.toAbsolutePath(), settings);
            slots.add(slot);
            idle.add(slot);
        }
        this.watchdog = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "sachet-extraction-watchdog");
            thread.setDaemon(true);
            return thread;
        });
    }

    public TextExtractor(Path childClassPath) {
        this(childClassPath, ExtractionSettings.defaults());
    }

    /**
     * Extracts text and metadata; never throws for anything about the file itself.
     *
     * @param file     the stored file
     * @param fileName the name it was uploaded with (a hint for type detection)
     */
    public Extraction extract(Path file, String fileName) {
        if (closed) {
            throw new IllegalStateException("the text extractor is closed");
        }
        try {
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                return Extraction.failed(FailureCode.UNREADABLE, "not a readable file: " + file);
            }
            if (Files.size(file) == 0) {
                return Extraction.failed(FailureCode.EMPTY, "0 bytes");
            }
        } catch (IOException e) {
            return Extraction.failed(FailureCode.UNREADABLE, e.toString());
        }
        ForkSlot slot;
        try {
            slot = idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Extraction.failed(FailureCode.INTERRUPTED, "while waiting for a parser process");
        }
        try {
            return slot.extract(file, fileName, watchdog);
        } finally {
            idle.add(slot);
        }
    }

    public ExtractionSettings settings() {
        return settings;
    }

    /** Whether Tesseract with Nepali and English data is installed, so that images and scans can be OCRed. */
    public static boolean ocrAvailable() {
        return Tesseract.canReadNepaliAndEnglish();
    }

    /** Stops the children; calls still running return as failed. */
    @Override
    public void close() {
        closed = true;
        watchdog.shutdownNow();
        for (ForkSlot slot : slots) {
            slot.close();
        }
    }
}
