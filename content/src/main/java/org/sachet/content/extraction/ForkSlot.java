package org.sachet.content.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.tika.exception.TikaException;
import org.apache.tika.fork.ForkParser;
import org.apache.tika.fork.ParserFactoryFactory;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.xml.sax.SAXException;

/**
 * One parser child JVM, used by one extraction at a time. Each slot has its own ForkParser (pool of one) rather
 * than sharing one larger pool, so that a call can find and kill its own child: the child's command line carries
 * the slot's id. ForkParser stops a child that overruns the parse timeout by itself; the kill here is the
 * backstop that keeps every call bounded even if the child cannot (stuck in GC, or deaf to its watchdog).
 */
final class ForkSlot implements AutoCloseable {

    private static final String SLOT_PROPERTY = "-Dsachet.extraction.slot=";
    /** Added to the parse timeout before the backstop fires: child start-up plus one pulse of slack. */
    static final Duration BACKSTOP_MARGIN = Duration.ofSeconds(5);

    private final String marker = SLOT_PROPERTY + UUID.randomUUID();
    private final ExtractionSettings settings;
    private final ForkParser parser;

    ForkSlot(Path childClassPath, ExtractionSettings settings) {
        this.settings = settings;
        this.parser = new ForkParser(childClassPath,
                new ParserFactoryFactory(SachetParserFactory.class.getName(), settings.childArguments()));
        parser.setPoolSize(1);
        parser.setServerPulseMillis(settings.serverPulse().toMillis());
        parser.setServerParseTimeoutMillis(settings.parseTimeout().toMillis());
        parser.setServerWaitTimeoutMillis(settings.childIdleTimeout().toMillis());
        parser.setMaxFilesProcessedPerServer(settings.maxFilesPerChild());
        parser.setJavaCommand(List.of(javaCommand(), "-Xmx" + settings.childMaxHeap(),
                "-XX:+ExitOnOutOfMemoryError", // a child out of memory dies at once and is replaced
                "-XX:+UseSerialGC", // one parse at a time in a small heap: the leanest collector
                "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8", marker));
    }

    Extraction extract(Path file, String fileName, ScheduledExecutorService watchdog) {
        Metadata request = new Metadata();
        request.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        request.set(ChildProtocol.FILE_PATH, file.toAbsolutePath().toString());
        ChildOutput output = new ChildOutput(settings.maxChars());

        AtomicBoolean killed = new AtomicBoolean();
        long backstop = settings.parseTimeout().plus(settings.serverPulse()).plus(BACKSTOP_MARGIN).toMillis();
        ScheduledFuture<?> kill = watchdog.schedule(() -> {
            killed.set(true);
            killChild();
        }, backstop, TimeUnit.MILLISECONDS);
        long started = System.nanoTime();
        try (InputStream unused = InputStream.nullInputStream()) {
            parser.parse(unused, output, request, new ParseContext());
        } catch (TikaException | IOException | SAXException | RuntimeException e) {
            return lost(e, killed.get(), Duration.ofNanos(System.nanoTime() - started), output);
        } finally {
            kill.cancel(false);
        }
        return finished(output);
    }

    private Extraction finished(ChildOutput output) {
        String text = output.text();
        ExtractedMetadata metadata = ExtractedMetadata.of(output.metadata(), text);
        if (output.failure() != null) {
            return Extraction.failed(FailureCode.fromCode(output.failure()), output.failureDetail(), text, metadata);
        }
        return Extraction.read(text, output.truncated(), metadata);
    }

    /** The call did not complete: the child died, was stopped, or could not be started. */
    private Extraction lost(Exception e, boolean killedByBackstop, Duration elapsed, ChildOutput output) {
        // ForkParser's own wording is all that tells these apart.
        String message = String.valueOf(e.getMessage());
        boolean childDied = e instanceof TikaException && message.startsWith("Failed to communicate");
        FailureCode code;
        if (killedByBackstop || childDied && elapsed.compareTo(settings.parseTimeout()) >= 0) {
            code = FailureCode.TIMEOUT;
        } else if (childDied) {
            code = FailureCode.CHILD_CRASHED;
        } else if (e instanceof TikaException && message.startsWith("Unexpected error in forked server process")) {
            code = FailureCode.PARSE_ERROR; // an Error the child survived and passed on
        } else {
            code = FailureCode.EXTRACTOR_UNAVAILABLE; // the child could not be started or set up
        }
        String detail = e.getClass().getSimpleName() + ": " + e.getMessage() + " after " + elapsed.toMillis() + " ms";
        return Extraction.failed(code, detail, output.text(), ExtractedMetadata.NONE);
    }

    /** Kills this slot's child, found by the marker on its command line. */
    void killChild() {
        ProcessHandle.current().children()
                .filter(child -> child.info().arguments().map(Arrays::asList).orElse(List.of()).contains(marker))
                .forEach(ProcessHandle::destroyForcibly);
    }

    /** Stops the idle child and any call's child still running (that call then returns as failed). */
    @Override
    public void close() {
        parser.close();
        killChild();
    }

    /** The Java that runs the server, not whatever "java" the PATH finds. */
    static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
