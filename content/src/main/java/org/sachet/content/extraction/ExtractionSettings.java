package org.sachet.content.extraction;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Limits of text extraction. The application reads them from its configuration (SACHET_* variables) in one
 * place; {@link #defaults()} suits a 2-core, few-GB server.
 *
 * @param poolSize            parser child JVMs, i.e. files read at once
 * @param childMaxHeap        -Xmx of each child ("512m"); a file needing more kills only that child
 * @param parseTimeout        time allowed for one file; the child is stopped after it
 * @param serverPulse         how often a child checks its own timeout (ForkParser's "server pulse")
 * @param childIdleTimeout    an idle child exits after this, giving its memory back; the next file starts a new one
 * @param maxChars            text kept per file; more is cut (truncated), not a failure
 * @param maxPackageDepth     how deep archives and embedded documents may nest before Tika calls it a zip bomb
 * @param maxCompressionRatio output characters per input byte above which Tika calls it a zip bomb
 * @param maxFilesPerChild    a child is replaced after this many files, bounding slow leaks in parsers
 * @param ocrLanguage         Tesseract languages ("nep+eng"), or "" for no OCR
 */
public record ExtractionSettings(int poolSize, String childMaxHeap, Duration parseTimeout, Duration serverPulse,
                                 Duration childIdleTimeout, int maxChars, int maxPackageDepth,
                                 long maxCompressionRatio, int maxFilesPerChild, String ocrLanguage) {

    public static final String OCR_LANGUAGES = "nep+eng";

    public ExtractionSettings {
        Objects.requireNonNull(childMaxHeap, "childMaxHeap");
        Objects.requireNonNull(parseTimeout, "parseTimeout");
        Objects.requireNonNull(serverPulse, "serverPulse");
        Objects.requireNonNull(childIdleTimeout, "childIdleTimeout");
        Objects.requireNonNull(ocrLanguage, "ocrLanguage");
        if (poolSize < 1 || maxChars < 1 || maxPackageDepth < 1 || maxCompressionRatio < 1 || maxFilesPerChild < 1) {
            throw new IllegalArgumentException("pool size and limits must be positive");
        }
        if (serverPulse.compareTo(parseTimeout) > 0) {
            throw new IllegalArgumentException("the pulse must be shorter than the parse timeout");
        }
    }

    /** Pool of 2, 512 MB children, 60 s per file, 2,000,000 characters, OCR in Nepali and English if installed. */
    public static ExtractionSettings defaults() {
        // one child per two cores: each child warms up its own JIT, so more children than that cost more CPU
        // than they save (IngestBenchmark, docs/benchmarks.md)
        return new ExtractionSettings(Math.max(1, Runtime.getRuntime().availableProcessors() / 2), "512m", Duration.ofSeconds(60), Duration.ofSeconds(1),
                Duration.ofMinutes(10), 2_000_000, 10, 100, 1_000,
                TextExtractor.ocrAvailable() ? OCR_LANGUAGES : "");
    }

    public ExtractionSettings withPoolSize(int size) {
        return new ExtractionSettings(size, childMaxHeap, parseTimeout, serverPulse, childIdleTimeout, maxChars,
                maxPackageDepth, maxCompressionRatio, maxFilesPerChild, ocrLanguage);
    }

    public ExtractionSettings withParseTimeout(Duration timeout, Duration pulse) {
        return new ExtractionSettings(poolSize, childMaxHeap, timeout, pulse, childIdleTimeout, maxChars,
                maxPackageDepth, maxCompressionRatio, maxFilesPerChild, ocrLanguage);
    }

    public ExtractionSettings withMaxChars(int chars) {
        return new ExtractionSettings(poolSize, childMaxHeap, parseTimeout, serverPulse, childIdleTimeout, chars,
                maxPackageDepth, maxCompressionRatio, maxFilesPerChild, ocrLanguage);
    }

    public ExtractionSettings withChildMaxHeap(String heap) {
        return new ExtractionSettings(poolSize, heap, parseTimeout, serverPulse, childIdleTimeout, maxChars,
                maxPackageDepth, maxCompressionRatio, maxFilesPerChild, ocrLanguage);
    }

    /** What the child's {@link SachetParserFactory} is built from (serialised to the child, hence a HashMap). */
    Map<String, String> childArguments() {
        Map<String, String> arguments = new HashMap<>();
        arguments.put(ChildProtocol.ARG_MAX_CHARS, Integer.toString(maxChars));
        arguments.put(ChildProtocol.ARG_OCR_LANGUAGE, ocrLanguage);
        arguments.put(ChildProtocol.ARG_MAX_PACKAGE_DEPTH, Integer.toString(maxPackageDepth));
        arguments.put(ChildProtocol.ARG_MAX_COMPRESSION_RATIO, Long.toString(maxCompressionRatio));
        return arguments;
    }
}
