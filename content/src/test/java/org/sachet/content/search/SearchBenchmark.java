package org.sachet.content.search;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;

/**
 * Measures {@link MaterialIndex#search} (visibility filter, exact count, facets, snippets) against plain Lucene
 * running the same query and filters for a top 20 only, on a generated catalogue of mixed English and Nepali
 * materials. Not a test: run it by hand (README of this module, or):
 *
 * <pre>mvnw -q test-compile exec:exec@benchmark        (or: java -cp target/classes:target/test-classes:LUCENE_JARS
 *      org.sachet.content.search.SearchBenchmark [materials=50000] [queries=2000] [folder])</pre>
 *
 * <p>Targets: p95 of the full search at most 50 ms, and at most twice plain Lucene's p95.
 */
public final class SearchBenchmark {

    private static final String[] NEPALI = {"सुरक्षित", "आप्रवासन", "बालबालिका", "मानव", "बेचबिखन", "विद्यालय",
            "शिक्षक", "अभिभावक", "रोजगारी", "वैदेशिक", "सहयोग", "परिवार", "समुदाय", "महिला", "किशोरी", "युवा",
            "अधिकार", "कानुन", "प्रहरी", "उजुरी", "सचेतना", "तालिम", "श्रम", "सम्झौता", "भिसा", "राहदानी", "दलाल",
            "ठगी", "जोखिम", "सुरक्षा", "संरक्षण", "गाउँपालिका", "नगरपालिका", "वडा", "जिल्ला", "स्वास्थ्य", "शिक्षा",
            "बालविवाह", "हिंसा", "पीडित", "उद्धार", "पुनर्स्थापना", "परामर्श", "हेल्पलाइन", "सूचना", "जानकारी",
            "कामदार", "विदेश", "मलेसिया", "कतार", "साउदी", "भारत", "सीमा", "यात्रा", "कागजात", "पैसा", "ऋण", "घर",
            "गाउँ", "छोरी", "छोरा", "आमा", "बुबा", "साथी", "विश्वास", "धोखा", "सम्पर्क", "कार्यक्रम", "पाठ",
            "कक्षा", "रेडियो", "नाटक", "कथा", "प्रश्न", "उत्तर", "सिकाइ", "सहभागी", "सहजकर्ता", "नेपाल", "सरकार",
            "संस्था", "अभियान", "रोकथाम", "पहिचान", "संकेत", "मद्दत", "निर्णय", "भविष्य", "अवसर", "शोषण", "तलब",
            "दूतावास", "आश्रय", "छलफल", "गतिविधि", "पुस्तिका"};
    private static final String[] NEPALI_FILLER = {"र", "पनि", "तथा", "गर्नुहोस्", "छ", "हो", "हुन्छ", "गर्छन्",
            "पर्छ", "सक्छन्", "भने", "यो", "सबै", "धेरै", "आफ्नो", "बारे", "लागि"};
    private static final String[] NEPALI_SUFFIXES = {"को", "का", "लाई", "मा", "ले", "बाट", "हरू", "हरूको",
            "हरूलाई", "हरूमा"};
    private static final String[] ENGLISH = {"safe", "migration", "trafficking", "child", "children", "protection",
            "school", "teacher", "parent", "employment", "foreign", "support", "family", "community", "women",
            "girls", "youth", "rights", "law", "police", "complaint", "awareness", "training", "labour", "contract",
            "visa", "passport", "broker", "fraud", "risk", "safety", "municipality", "ward", "district", "health",
            "education", "marriage", "violence", "survivor", "rescue", "rehabilitation", "counselling", "helpline",
            "information", "worker", "abroad", "Malaysia", "Qatar", "Saudi", "India", "border", "travel",
            "documents", "money", "loan", "home", "village", "daughter", "son", "mother", "father", "friend", "trust",
            "deception", "contact", "programme", "lesson", "class", "poster", "radio", "drama", "story", "question",
            "answer", "learning", "participant", "facilitator", "Nepal", "government", "organisation", "campaign",
            "prevention", "identification", "signs", "help", "decision", "future", "opportunity", "recruitment",
            "agency", "exploitation", "debt", "wages", "embassy", "shelter", "session", "activity", "worksheet",
            "discussion", "guide"};
    private static final String[] ENGLISH_FILLER = {"the", "a", "of", "to", "and", "in", "is", "for", "with",
            "about", "how", "can", "should", "must", "their", "your", "before", "after", "when", "they", "we"};
    private static final String[] TYPES = {"POSTER", "LEAFLET", "LESSON_PLAN", "VIDEO", "AUDIO", "RADIO_SCRIPT",
            "FLIPCHART", "GUIDE"};
    private static final String[] TOPICS = {"safe-migration", "trafficking", "child-protection", "child-marriage",
            "labour-rights", "gbv", "online-safety", "helplines", "remittances", "documents", "reintegration",
            "school-safety"};
    private static final String[] AUDIENCES = {"students", "parents", "teachers", "migrants", "community", "staff"};
    private static final String[] VISIBILITIES = {"PUBLIC", "PUBLIC", "PUBLIC", "PUBLIC", "PUBLIC", "PUBLIC",
            "TEACHERS", "TEACHERS", "FACILITATORS", "STAFF"};
    private static final int WARM_UP = 500;
    private static final int RAW_TOP = 20;

    private final Vocabulary english;
    private final Vocabulary nepali;

    private SearchBenchmark(long seed) {
        Random random = new Random(seed);
        english = new Vocabulary(ENGLISH, ENGLISH_FILLER, Tail.english(random, 20_000), random);
        nepali = new Vocabulary(NEPALI, NEPALI_FILLER, Tail.nepali(random, 20_000), random);
    }

    public static void main(String[] args) throws IOException {
        int materials = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        Path folder = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("sachet-search-benchmark");
        new SearchBenchmark(42).run(materials, queries, folder);
        if (args.length <= 2) {
            deleteRecursively(folder);
        }
    }

    private void run(int materials, int queryCount, Path folder) throws IOException {
        System.out.printf(Locale.ROOT, "Java %s, %d cores, max heap %d MB, index in %s%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, folder);

        try (MaterialIndex index = MaterialIndex.openOrRecreate(folder)) {
            if (!index.startedEmpty() && index.count() == materials) {
                System.out.printf(Locale.ROOT, "reusing the index in %s (%,d MB)%n", folder, size(folder) >> 20);
            } else {
                index(index, materials, folder);
            }
            List<MaterialQuery> queries = queries(queryCount + WARM_UP, new Random(7));
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long[][] wall = new long[2][queryCount];
            long[][] cpu = new long[2][queryCount];
            long totalHits = 0;
            double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            for (int i = 0; i < queries.size(); i++) {
                MaterialQuery query = queries.get(i);
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                SearchResult result = index.search(query);
                long t1 = System.nanoTime();
                long c1 = threads.getCurrentThreadCpuTime();
                rawLucene(index, query);
                long t2 = System.nanoTime();
                long c2 = threads.getCurrentThreadCpuTime();
                if (i >= WARM_UP) {
                    int k = i - WARM_UP;
                    wall[0][k] = t1 - t0;
                    wall[1][k] = t2 - t1;
                    cpu[0][k] = c1 - c0;
                    cpu[1][k] = c2 - c1;
                    totalHits += result.totalHits();
                }
            }
            System.out.printf(Locale.ROOT, "%,d queries after %d warm-up, mean %,d matching materials per query; "
                            + "load average %.1f before, %.1f after%n", queryCount, WARM_UP, totalHits / queryCount,
                    loadBefore, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            double fullP95 = report("full search, wall clock", wall[0]);
            double rawP95 = report("raw Lucene top 20, wall clock", wall[1]);
            double fullCpuP95 = report("full search, CPU time of the searching thread", cpu[0]);
            double rawCpuP95 = report("raw Lucene top 20, CPU time of the searching thread", cpu[1]);
            System.out.printf(Locale.ROOT, "p95 full / raw: %.2f wall clock, %.2f CPU time (target <= 2.0); "
                    + "full p95 %.1f ms (target <= 50 ms)%n", fullP95 / rawP95, fullCpuP95 / rawCpuP95, fullP95);

            long[] puts = new long[100];
            for (int i = 0; i < puts.length; i++) {
                MaterialDocument changed = material(i + 1, new Random(1_000_000L + i)); // replaces material i + 1
                long t0 = System.nanoTime();
                index.put(changed);
                puts[i] = System.nanoTime() - t0;
            }
            report("put (update + commit + refresh), wall clock", puts);
        }
    }

    private void index(MaterialIndex index, int materials, Path folder) throws IOException {
        long start = System.nanoTime();
        long words = 0;
        for (MaterialDocument material : catalogue(materials)) {
            words += material.extractedText().chars().filter(c -> c == ' ').count();
        }
        double generating = seconds(start);
        System.out.printf(Locale.ROOT, "generated %,d materials (%,d words of extracted text) in %.1f s%n",
                materials, words, generating);
        start = System.nanoTime();
        index.replaceAll(catalogue(materials));
        double indexing = seconds(start) - generating;
        System.out.printf(Locale.ROOT, "indexed in %.1f s, merge into one segment included (generation time "
                + "deducted; %.0f materials/s), index size %,d MB%n", indexing, materials / indexing,
                size(folder) >> 20);
    }

    /** The same query as the full search, with the same filters, through plain Lucene for a top 20. */
    private static void rawLucene(MaterialIndex index, MaterialQuery query) throws IOException {
        Query lucene = MaterialSearch.filtered(TextQuery.parse(query.text(), index.analyzer()), query);
        SearcherManager searchers = index.searchers();
        IndexSearcher searcher = searchers.acquire();
        try {
            searcher.search(lucene, RAW_TOP);
        } finally {
            searchers.release(searcher);
        }
    }

    private Iterable<MaterialDocument> catalogue(int materials) {
        return () -> new Iterator<>() {
            private int next = 1;

            @Override
            public boolean hasNext() {
                return next <= materials;
            }

            @Override
            public MaterialDocument next() {
                int id = next++;
                return material(id, new Random(id)); // the same material on every pass
            }
        };
    }

    private MaterialDocument material(long id, Random random) {
        double language = random.nextDouble();
        Set<String> languages = language < 0.5 ? Set.of("en") : language < 0.8 ? Set.of("ne") : Set.of("en", "ne");
        int words = 300 + random.nextInt(701);
        StringBuilder text = new StringBuilder(words * 8);
        while (words > 0) {
            Vocabulary vocabulary = languages.size() == 2 ? (random.nextBoolean() ? english : nepali)
                    : languages.contains("en") ? english : nepali;
            int sentence = Math.min(words, 6 + random.nextInt(12));
            vocabulary.sentence(text, sentence, random);
            words -= sentence;
        }
        StringBuilder summary = new StringBuilder();
        (languages.contains("en") ? english : nepali).sentence(summary, 15, random);
        (languages.contains("ne") ? nepali : english).sentence(summary, 15, random);
        StringBuilder titleEnglish = new StringBuilder();
        english.sentence(titleEnglish, 3 + random.nextInt(5), random);
        StringBuilder titleNepali = new StringBuilder();
        nepali.sentence(titleNepali, 3 + random.nextInt(5), random);
        return new MaterialDocument(id, titleEnglish.toString(), titleNepali.toString(), summary.toString(),
                text.toString(), pick(TYPES, random), some(TOPICS, 1 + random.nextInt(3), random),
                some(AUDIENCES, 1 + random.nextInt(2), random), languages, pick(VISIBILITIES, random),
                Instant.parse("2020-01-01T00:00:00Z").plusSeconds(random.nextInt(5 * 365 * 86_400)));
    }

    /** Single and two-word queries in either language, some with a Nepali suffix, half of them filtered. */
    static List<MaterialQuery> queries(int count, Random random) {
        List<MaterialQuery> queries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            boolean nepali = random.nextBoolean();
            String[] words = nepali ? NEPALI : ENGLISH;
            String text = pick(words, random);
            if (nepali && random.nextInt(4) == 0) {
                text += pick(NEPALI_SUFFIXES, random);
            }
            if (random.nextBoolean()) {
                text += " " + pick(words, random);
            }
            Set<String> visible = random.nextInt(4) == 0 ? Set.of("PUBLIC", "TEACHERS") : Set.of("PUBLIC");
            MaterialQuery.Builder query = MaterialQuery.visibleTo(visible).text(text);
            switch (random.nextInt(4)) {
                case 0 -> query.filter(Facet.TYPE, pick(TYPES, random));
                case 1 -> query.filter(Facet.TOPIC, pick(TOPICS, random));
                default -> { }
            }
            queries.add(query.build());
        }
        return queries;
    }

    /** Words of one language, domain words and filler Zipf-distributed, with a long tail of rarer words. */
    private static final class Vocabulary {
        private final String[] frequent;
        private final double[] cumulative;
        private final String[] tail;
        private final String[] suffixes;
        private final String stop;

        Vocabulary(String[] domain, String[] filler, String[] tail, Random random) {
            List<String> ranked = new ArrayList<>(Arrays.asList(filler));
            List<String> shuffled = new ArrayList<>(Arrays.asList(domain));
            java.util.Collections.shuffle(shuffled, random);
            ranked.addAll(shuffled);
            this.frequent = ranked.toArray(String[]::new);
            this.cumulative = zipf(frequent.length);
            this.tail = tail;
            this.suffixes = domain == NEPALI ? NEPALI_SUFFIXES : new String[0];
            this.stop = domain == NEPALI ? "।" : ".";
        }

        void sentence(StringBuilder out, int words, Random random) {
            for (int w = 0; w < words; w++) {
                String word;
                if (random.nextInt(4) == 0) {
                    word = tail[(int) (tail.length * Math.pow(random.nextDouble(), 3))]; // skewed to the front
                } else {
                    int rank = Arrays.binarySearch(cumulative, random.nextDouble());
                    word = frequent[rank < 0 ? Math.min(-rank - 1, frequent.length - 1) : rank];
                    if (suffixes.length > 0 && random.nextInt(4) == 0) {
                        word += suffixes[random.nextInt(suffixes.length)];
                    }
                }
                out.append(word).append(w == words - 1 ? stop + " " : " ");
            }
        }

        private static double[] zipf(int n) {
            double[] cumulative = new double[n];
            double sum = 0;
            for (int r = 0; r < n; r++) {
                sum += 1 / Math.pow(r + 1, 0.8);
                cumulative[r] = sum;
            }
            for (int r = 0; r < n; r++) {
                cumulative[r] /= sum;
            }
            return cumulative;
        }
    }

    /** Made-up words standing for names, places and the rest of a real vocabulary. */
    private static final class Tail {
        static String[] english(Random random, int n) {
            String[] syllables = {"ka", "lo", "mi", "ter", "san", "bo", "rel", "di", "nu", "pra", "vi", "gon"};
            return words(random, n, syllables);
        }

        static String[] nepali(Random random, int n) {
            String[] syllables = {"क", "ला", "मि", "तर", "सन", "बो", "रे", "दी", "नु", "प्र", "वि", "गो", "ह", "थ"};
            return words(random, n, syllables);
        }

        private static String[] words(Random random, int n, String[] syllables) {
            Set<String> words = new LinkedHashSet<>();
            while (words.size() < n) {
                StringBuilder word = new StringBuilder();
                for (int s = 2 + random.nextInt(3); s > 0; s--) {
                    word.append(syllables[random.nextInt(syllables.length)]);
                }
                words.add(word.toString());
            }
            return words.toArray(String[]::new);
        }
    }

    private static String pick(String[] values, Random random) {
        return values[random.nextInt(values.length)];
    }

    private static Set<String> some(String[] values, int count, Random random) {
        Set<String> picked = new LinkedHashSet<>();
        while (picked.size() < count) {
            picked.add(pick(values, random));
        }
        return picked;
    }

    private static double report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double p50 = percentile(sorted, 0.50);
        double p95 = percentile(sorted, 0.95);
        double p99 = percentile(sorted, 0.99);
        System.out.printf(Locale.ROOT, "%-52s p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms  max %6.2f ms%n", what, p50,
                p95, p99, sorted[sorted.length - 1] / 1e6);
        return p95;
    }

    private static double percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.mapToLong(file -> file.toFile().length()).sum();
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
