package org.sachet.content.extraction;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

/**
 * Compares ingesting a mixed corpus through {@link TextExtractor} (parser child JVMs) with Tika's
 * AutoDetectParser in this JVM, the cost of keeping the parsers out of the server. The standalone tika-app
 * 3.3.1 jar is not served by the package mirror here, so the in-process parser (same jars, same text limit) is
 * the baseline.
 *
 * <p>Run from the project folder after {@code mvnw -f pom.xml test-compile}:
 * <pre>java -cp "target/test-classes:target/classes:target/tika-child/*" \
 *     org.sachet.content.extraction.IngestBenchmark [corpus folder] [rounds] [threads]</pre>
 * Without a folder it generates 50 files (20 PDFs, 20 DOCX, 10 text files). Each configuration runs eight
 * warm-up rounds and then {@code rounds} (default 7) timed rounds, alternating with the baseline; medians of wall
 * time and of CPU time (this JVM plus its children) are reported. Without a thread count it measures 1 and then 2
 * threads in one JVM, where the in-process parser is already warm for the second; give one count per run for a
 * fresh JVM each.
 */
public final class IngestBenchmark {

    private static final int MAX_CHARS = 2_000_000;
    private static final int WARM_UP_ROUNDS = 8;

    private IngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = args.length > 0 ? Path.of(args[0]) : generateCorpus(Files.createTempDirectory("corpus-"));
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        int[] threadCounts = args.length > 2 ? new int[] {Integer.parseInt(args[2])} : new int[] {1, 2};
        List<Path> files;
        try (Stream<Path> listing = Files.list(corpus)) {
            files = listing.filter(Files::isRegularFile).sorted().toList();
        }
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
        }
        System.out.printf("corpus: %d files, %.1f MB in %s%n", files.size(), bytes / 1e6, corpus);

        AutoDetectParser inProcess = new AutoDetectParser();
        for (int threads : threadCounts) {
            ExtractionSettings settings = ExtractionSettings.defaults().withPoolSize(threads);
            try (TextExtractor extractor = new TextExtractor(TestFiles.childClassPath(), settings)) {
                Corpus baseline = pool -> ingest(files, pool, file -> inProcess(inProcess, file));
                Corpus forked = pool -> ingest(files, pool, file -> forked(extractor, file));
                compare(threads, rounds, baseline, forked);
            }
        }
    }

    private static void compare(int threads, int rounds, Corpus baseline, Corpus forked) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int warmUp = 0; warmUp < WARM_UP_ROUNDS; warmUp++) { // class loading, JIT, child start
                baseline.run(pool);
                forked.run(pool);
            }
            Measures base = new Measures(rounds);
            Measures fork = new Measures(rounds);
            for (int round = 0; round < rounds; round++) {
                // Alternate which goes first, so drift in the machine's speed falls on both alike.
                if (round % 2 == 0) {
                    base.time(baseline, pool, round);
                    fork.time(forked, pool, round);
                } else {
                    fork.time(forked, pool, round);
                    base.time(baseline, pool, round);
                }
            }
            System.out.printf("%d thread(s), medians of %d rounds: in-process AutoDetectParser %d ms wall / %d ms CPU;"
                            + " TextExtractor (pool of %d children) %d ms wall / %d ms CPU (server + children);"
                            + " overhead %+.1f %% wall, %+.1f %% CPU%n",
                    threads, rounds, base.wall(), base.cpu(), threads, fork.wall(), fork.cpu(),
                    100.0 * (fork.wall() - base.wall()) / base.wall(), 100.0 * (fork.cpu() - base.cpu()) / base.cpu());
            System.out.printf("    rounds wall ms: in-process %s, forked %s; text chars %d vs %d%n",
                    Arrays.toString(base.wallMillis), Arrays.toString(fork.wallMillis), base.chars, fork.chars);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Wall time, and CPU time of this JVM plus its children: the machine is shared, CPU time is steadier. */
    private static final class Measures {
        final long[] wallMillis;
        final long[] cpuMillis;
        long chars;

        Measures(int rounds) {
            wallMillis = new long[rounds];
            cpuMillis = new long[rounds];
        }

        void time(Corpus corpus, ExecutorService pool, int round) throws Exception {
            long cpu = cpuNanos();
            long started = System.nanoTime();
            chars = corpus.run(pool);
            wallMillis[round] = (System.nanoTime() - started) / 1_000_000;
            cpuMillis[round] = (cpuNanos() - cpu) / 1_000_000;
        }

        long wall() {
            return median(wallMillis);
        }

        long cpu() {
            return median(cpuMillis);
        }
    }

    private static long cpuNanos() {
        long children = ProcessHandle.current().children()
                .mapToLong(child -> child.info().totalCpuDuration().map(Duration::toNanos).orElse(0L)).sum();
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() + children;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long ingest(List<Path> files, ExecutorService pool, Ingest ingest) throws Exception {
        AtomicLong chars = new AtomicLong();
        List<Future<?>> done = new ArrayList<>();
        for (Path file : files) {
            done.add(pool.submit(() -> {
                chars.addAndGet(ingest.textLength(file));
                return null;
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        return chars.get();
    }

    private static int forked(TextExtractor extractor, Path file) {
        return extractor.extract(file, file.getFileName().toString()).text().length();
    }

    private static int inProcess(AutoDetectParser parser, Path file) throws IOException {
        BodyContentHandler handler = new BodyContentHandler(MAX_CHARS);
        Metadata metadata = new Metadata();
        try (TikaInputStream stream = TikaInputStream.get(file, metadata)) {
            parser.parse(stream, handler, metadata, new ParseContext());
        } catch (Exception e) {
            // counted as what was read, as the extractor does
        }
        return handler.toString().strip().length();
    }

    /** 20 PDFs of 5-40 pages, 20 DOCX of 20-300 paragraphs in English and Nepali, 10 text files of ~100 KB. */
    static Path generateCorpus(Path folder) throws IOException {
        Random random = new Random(42);
        for (int i = 0; i < 20; i++) {
            List<String> pages = new ArrayList<>();
            for (int page = 0, count = 5 + random.nextInt(36); page < count; page++) {
                pages.add(String.join("\n", sentences(random, 30, false)));
            }
            TestFiles.pdf(folder.resolve(String.format("handout-%02d.pdf", i)), "Handout " + i, "Sachet", pages);
        }
        for (int i = 0; i < 20; i++) {
            TestFiles.docx(folder.resolve(String.format("lesson-%02d.docx", i)), "Lesson " + i, "Sachet",
                    sentences(random, 20 + random.nextInt(281), true));
        }
        for (int i = 0; i < 10; i++) {
            StringBuilder text = new StringBuilder();
            while (text.length() < 100_000) {
                text.append(String.join(" ", sentences(random, 10, true))).append('\n');
            }
            TestFiles.text(folder.resolve(String.format("notes-%02d.txt", i)), text.toString());
        }
        return folder;
    }

    private static final String[] ENGLISH = {"migrant", "worker", "rights", "recruiter", "passport", "contract",
        "helpline", "district", "ward", "office", "safe", "travel", "family", "wages", "agency", "training"};
    private static final String[] NEPALI = {"आप्रवासी", "कामदार", "अधिकार", "राहदानी", "सम्झौता", "सुरक्षित",
        "परिवार", "ज्याला", "तालिम", "वडा", "कार्यालय", "जिल्ला"};

    private static List<String> sentences(Random random, int count, boolean bilingual) {
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String[] words = bilingual && random.nextBoolean() ? NEPALI : ENGLISH;
            StringBuilder sentence = new StringBuilder();
            for (int w = 0, length = 6 + random.nextInt(10); w < length; w++) {
                sentence.append(w == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
            }
            sentences.add(sentence.append('.').toString());
        }
        return sentences;
    }

    @FunctionalInterface
    private interface Ingest {
        int textLength(Path file) throws Exception;
    }

    @FunctionalInterface
    private interface Corpus {
        long run(ExecutorService pool) throws Exception;
    }
}
