package org.sachet.content.extraction;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
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
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.ToTextContentHandler;

/**
 * Compares ingesting a mixed corpus through {@link TextExtractor} (parser child JVMs) with Tika's
 * AutoDetectParser in this JVM, the cost of keeping the parsers out of the server. The standalone tika-app
 * 3.3.1 jar is not served by the package mirror here, so the in-process parser (same jars, same text limit) is
 * the baseline.
 *
 * <p>A second baseline stands in for {@code java -jar tika-app.jar -t -i corpus -o out}. In Tika 3.3 that batch
 * mode is tika-batch, not tika-pipes: the command starts one child JVM (FSBatchProcessCLI, on tika-app's own class
 * path) whose consumer threads parse the files with AutoDetectParser, embedded documents included, and write each
 * file's text to the output folder, while the first JVM only watches it and restarts it after a timeout or crash.
 * tika-batch is not served by the mirror either, so {@link TikaAppBatchChild} does the same in a child JVM started
 * for every run from this class path: a fresh JVM per run, as every tika-app invocation is, one consumer per
 * thread (tika-app's default is processors - 1), no MD5 digest and no one-second exit polling, both of which
 * tika-app adds; the run ends when the text files have been read back.
 *
 * <p>Run from the project folder after {@code mvnw -f pom.xml test-compile}:
 * <pre>java -cp "target/test-classes:target/classes:target/tika-child/*" \
 *     org.sachet.content.extraction.IngestBenchmark [corpus folder] [rounds] [threads]</pre>
 * Without a folder it generates 50 files (20 PDFs, 20 DOCX, 10 text files). Each configuration runs eight
 * warm-up rounds (the batch run two: its child is new each time anyway) and then {@code rounds} (default 7) timed
 * rounds, rotating which of the three goes first; medians of wall
 * time and of CPU time (this JVM plus its children) are reported. Without a thread count it measures 1 and then 2
 * threads in one JVM, where the in-process parser is already warm for the second; give one count per run for a
 * fresh JVM each.
 */
public final class IngestBenchmark {

    private static final int MAX_CHARS = 2_000_000;
    private static final int WARM_UP_ROUNDS = 8;
    private static final int BATCH_WARM_UP_ROUNDS = 2;

    /** CPU time of batch children that have exited, as they reported it: exited processes are no longer listed. */
    private static final AtomicLong EXITED_CHILDREN_CPU_NANOS = new AtomicLong();

    private IngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        // An empty first argument generates the corpus too, so rounds and threads can be given without a folder.
        Path corpus = args.length > 0 && !args[0].isBlank() ? Path.of(args[0])
                : generateCorpus(Files.createTempDirectory("corpus-"));
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
        Path batchOutput = Files.createTempDirectory("tika-batch-out-");
        try {
            for (int threads : threadCounts) {
                ExtractionSettings settings = ExtractionSettings.defaults().withPoolSize(threads);
                try (TextExtractor extractor = new TextExtractor(TestFiles.childClassPath(), settings)) {
                    Corpus baseline = pool -> ingest(files, pool, file -> inProcess(inProcess, file));
                    Corpus forked = pool -> ingest(files, pool, file -> forked(extractor, file));
                    Corpus batch = pool -> tikaAppBatch(corpus, batchOutput, threads);
                    compare(threads, rounds, baseline, forked, batch);
                }
            }
        } finally {
            try (Stream<Path> outputs = Files.list(batchOutput)) {
                for (Path output : outputs.toList()) {
                    Files.delete(output);
                }
            }
            Files.delete(batchOutput);
        }
    }

    private static void compare(int threads, int rounds, Corpus baseline, Corpus forked, Corpus batch)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int warmUp = 0; warmUp < WARM_UP_ROUNDS; warmUp++) { // class loading, JIT, child start
                baseline.run(pool);
                forked.run(pool);
                if (warmUp < BATCH_WARM_UP_ROUNDS) { // only the file cache and this JVM's process code to warm
                    batch.run(pool);
                }
            }
            Measures base = new Measures(rounds);
            Measures fork = new Measures(rounds);
            Measures app = new Measures(rounds);
            for (int round = 0; round < rounds; round++) {
                // Rotate which goes first, so drift in the machine's speed falls on all three alike.
                switch (round % 3) {
                    case 0 -> {
                        base.time(baseline, pool, round);
                        fork.time(forked, pool, round);
                        app.time(batch, pool, round);
                    }
                    case 1 -> {
                        fork.time(forked, pool, round);
                        app.time(batch, pool, round);
                        base.time(baseline, pool, round);
                    }
                    default -> {
                        app.time(batch, pool, round);
                        base.time(baseline, pool, round);
                        fork.time(forked, pool, round);
                    }
                }
            }
            System.out.printf("%d thread(s), medians of %d rounds: in-process AutoDetectParser %d ms wall / %d ms CPU;"
                            + " TextExtractor (pool of %d children) %d ms wall / %d ms CPU (server + children);"
                            + " overhead %+.1f %% wall, %+.1f %% CPU%n",
                    threads, rounds, base.wall(), base.cpu(), threads, fork.wall(), fork.cpu(),
                    100.0 * (fork.wall() - base.wall()) / base.wall(), 100.0 * (fork.cpu() - base.cpu()) / base.cpu());
            System.out.printf("    rounds wall ms: in-process %s, forked %s; text chars %d vs %d%n",
                    Arrays.toString(base.wallMillis), Arrays.toString(fork.wallMillis), base.chars, fork.chars);
            System.out.printf("%d thread(s), medians of %d rounds: tika-app-style batch (one new child JVM, %d"
                            + " consumer thread(s)) %d ms wall / %d ms CPU (this JVM + child); TextExtractor overhead"
                            + " against it %+.1f %% wall, %+.1f %% CPU%n",
                    threads, rounds, threads, app.wall(), app.cpu(),
                    100.0 * (fork.wall() - app.wall()) / app.wall(), 100.0 * (fork.cpu() - app.cpu()) / app.cpu());
            System.out.printf("    rounds wall ms: batch %s; text chars %d (whole-document text with titles, not"
                            + " only the body)%n", Arrays.toString(app.wallMillis), app.chars);
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
        return ownCpuNanos() + children + EXITED_CHILDREN_CPU_NANOS.get();
    }

    private static long ownCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
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

    /**
     * One tika-app-style batch run: a new JVM on this class path (tika-app passes its own on, with headless AWT)
     * parses the folder into text files, which are then read back, as an application using tika-app would.
     */
    private static long tikaAppBatch(Path corpus, Path output, int threads) throws Exception {
        Process child = new ProcessBuilder(ForkSlot.javaCommand(), "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), TikaAppBatchChild.class.getName(),
                corpus.toString(), output.toString(), Integer.toString(threads))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String printed = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        String report = printed.substring(printed.lastIndexOf('\n') + 1); // a parser may have printed before it
        if (child.waitFor() != 0 || !report.startsWith("cpu ")) {
            throw new IllegalStateException("the batch child failed: " + printed);
        }
        EXITED_CHILDREN_CPU_NANOS.addAndGet(Long.parseLong(report.substring(4)));
        long chars = 0;
        try (Stream<Path> texts = Files.list(output)) {
            for (Path text : texts.toList()) {
                chars += Files.readString(text).strip().length();
            }
        }
        return chars;
    }

    /**
     * The child of a batch run, what tika-batch's FSBatchProcessCLI does for {@code tika-app -t}: consumer threads
     * parse every file of the folder with AutoDetectParser, embedded documents too, and stream the text, without a
     * limit, to {@code <name>.txt} in the output folder; a file that fails keeps what was written. Prints its CPU
     * time last, for the parent to count.
     */
    static final class TikaAppBatchChild {

        private TikaAppBatchChild() {
        }

        public static void main(String[] args) throws Exception {
            Path input = Path.of(args[0]);
            Path output = Path.of(args[1]);
            List<Path> files;
            try (Stream<Path> listing = Files.list(input)) {
                files = listing.filter(Files::isRegularFile).toList();
            }
            AutoDetectParser parser = new AutoDetectParser();
            ExecutorService consumers = Executors.newFixedThreadPool(Integer.parseInt(args[2]));
            List<Future<?>> done = new ArrayList<>();
            for (Path file : files) {
                done.add(consumers.submit(() -> {
                    parseToText(parser, file, output.resolve(file.getFileName() + ".txt"));
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
            consumers.shutdown();
            System.out.println("cpu " + ownCpuNanos());
        }

        private static void parseToText(AutoDetectParser parser, Path file, Path text) throws IOException {
            ParseContext context = new ParseContext();
            context.set(Parser.class, parser); // tika-batch's parseRecursively, on by default
            Metadata metadata = new Metadata();
            try (OutputStream out = Files.newOutputStream(text);
                 TikaInputStream stream = TikaInputStream.get(file, metadata)) {
                parser.parse(stream, new ToTextContentHandler(out, "UTF-8"), metadata, context);
            } catch (Exception e) {
                // tika-batch logs the failure and moves on
            }
        }
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
