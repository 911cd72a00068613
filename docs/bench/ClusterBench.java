import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Search on one server while another publishes (issue 19; see scale-out.sh), through the API as people use it:
 * <ul>
 * <li>{@code drafts BASE EDITOR PASSWORD COUNT FILE}: COUNT PDF leaflets uploaded by an editor (words about safe
 * migration, in English and Nepali), read by the server and sent for review; their version ids go to FILE;</li>
 * <li>{@code search BASE QUERIES}: QUERIES searches after 3,000 of warm-up, one after another as a visitor makes them;
 * prints p50, p95 and p99;</li>
 * <li>{@code search-while-publishing SEARCH_BASE PUBLISH_BASE REVIEWER PASSWORD FILE [COUNT PER_SECOND]}: a reviewer
 * publishes the versions in FILE on PUBLISH_BASE (COUNT of them from the first not yet published, PER_SECOND a
 * second; without them all, one after another as fast as the server answers) while a visitor searches on
 * SEARCH_BASE; prints the searches' percentiles while the publishing ran, and how fast it published.</li>
 * </ul>
 */
public class ClusterBench {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final String[] ENGLISH = {"migration", "trafficking", "safe", "foreign", "employment", "agency",
        "passport", "helpline", "border", "daughter", "school", "village", "recruiter", "contract", "visa", "family",
        "child", "protection", "labour", "remittance"};
    private static final String[] NEPALI = {"बसाइँसराइ", "बेचबिखन", "सुरक्षित", "वैदेशिक", "रोजगारी", "राहदानी",
        "विद्यालय", "गाउँ", "परिवार", "बालबालिका"};
    /** Searches before any is timed: with fewer (300), the server's JIT was still at work in the timed ones. */
    private static final int WARM_UP = 3000;
    private static final Pattern VERSION = Pattern.compile("\"versionId\"\\s*:\\s*(\\d+)");
    private static final Pattern EXTRACTION = Pattern.compile("\"extraction\"\\s*:\\s*\"([A-Z_]+)\"");

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "drafts" -> drafts(args[1], basic(args[2], args[3]), Integer.parseInt(args[4]), Path.of(args[5]));
            case "search" -> {
                List<Double> times = new ArrayList<>();
                search(args[1], WARM_UP, null, new AtomicBoolean(false));
                search(args[1], Integer.parseInt(args[2]), times, new AtomicBoolean(false));
                print("search alone", times);
            }
            case "search-while-publishing" -> searchWhilePublishing(args[1], args[2], basic(args[3], args[4]),
                    Path.of(args[5]), args.length > 6 ? Integer.parseInt(args[6]) : Integer.MAX_VALUE,
                    args.length > 7 ? Double.parseDouble(args[7]) : 0);
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static void drafts(String base, String editor, int count, Path file) throws Exception {
        Random random = new Random(19);
        List<String> versions = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 40; w++) {
                text.append(ENGLISH[random.nextInt(ENGLISH.length)]).append(' ');
            }
            String title = ENGLISH[random.nextInt(ENGLISH.length)] + " " + ENGLISH[random.nextInt(ENGLISH.length)]
                    + " leaflet " + (i + 1);
            HttpResponse<String> created = upload(base, editor, "leaflet-" + (i + 1) + ".pdf", pdf(text.toString()),
                    title, NEPALI[random.nextInt(NEPALI.length)] + " पर्चा " + (i + 1), text.toString().strip());
            Matcher version = VERSION.matcher(created.body());
            String location = created.headers().firstValue("Location").orElse("");
            if (created.statusCode() != 201 || !version.find()) {
                throw new IllegalStateException("upload refused: " + created.statusCode() + " " + created.body());
            }
            waitUntilRead(base, editor, location.substring(location.lastIndexOf('/') + 1));
            HttpResponse<String> submitted = post(base + "/api/v1/versions/" + version.group(1) + "/submit", editor);
            if (submitted.statusCode() != 200) {
                throw new IllegalStateException("not sent for review: " + submitted.body());
            }
            versions.add(version.group(1));
        }
        Files.write(file, versions);
        System.out.printf("drafts: %d uploaded, read and sent for review in %.0f s%n", count,
                (System.nanoTime() - started) / 1e9);
    }

    private static void waitUntilRead(String base, String editor, String material) throws Exception {
        for (int i = 0; i < 600; i++) {
            HttpResponse<String> latest = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/materials/"
                    + material + "/versions/latest")).header("Authorization", editor).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher state = EXTRACTION.matcher(latest.body());
            if (state.find() && !state.group(1).equals("PENDING")) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("material " + material + " was not read within a minute");
    }

    private static HttpResponse<String> upload(String base, String editor, String fileName, byte[] content,
                                               String titleEnglish, String titleNepali, String summary)
            throws Exception {
        String boundary = "bench-" + UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        String[][] fields = {{"titleEnglish", titleEnglish}, {"titleNepali", titleNepali}, {"summary", summary},
            {"type", "LEAFLET"}, {"visibility", "PUBLIC"}, {"topics", "SAFE_MIGRATION"}, {"audiences", "COMMUNITY"},
            {"languages", "en"}};
        for (String[] field : fields) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field[0] + "\"\r\n\r\n"
                    + field[1] + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/materials")).header("Authorization", editor)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String url, String authorization) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", authorization)
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Searches one after another, single and double words in both languages, recording each time in ms. */
    private static void search(String base, int count, List<Double> times, AtomicBoolean stop) throws Exception {
        Random random = new Random(5);
        for (int i = 0; (count < 0 || i < count) && !stop.get(); i++) {
            String q = random.nextBoolean() ? ENGLISH[random.nextInt(ENGLISH.length)]
                    : NEPALI[random.nextInt(NEPALI.length)];
            if (random.nextInt(3) == 0) {
                q += " " + ENGLISH[random.nextInt(ENGLISH.length)];
            }
            long started = System.nanoTime();
            HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/materials?q="
                    + URLEncoder.encode(q, StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (page.statusCode() != 200) {
                throw new IllegalStateException("search answered " + page.statusCode());
            }
            if (times != null) {
                times.add((System.nanoTime() - started) / 1e6);
            }
        }
    }

    private static void searchWhilePublishing(String searchBase, String publishBase, String reviewer, Path file,
                                              int count, double perSecond) throws Exception {
        // the versions published by an earlier run are marked in FILE, so that runs at different rates can follow
        Path done = Path.of(file + ".published");
        List<String> published0 = Files.exists(done) ? Files.readAllLines(done) : List.of();
        List<String> versions = Files.readAllLines(file).stream().filter(v -> !published0.contains(v)).limit(count).toList();
        if (versions.isEmpty()) {
            throw new IllegalStateException("every version in " + file + " is published already");
        }
        search(searchBase, WARM_UP, null, new AtomicBoolean(false));
        List<Double> times = new ArrayList<>();
        AtomicBoolean published = new AtomicBoolean(false);
        Thread visitor = new Thread(() -> {
            try {
                search(searchBase, -1, times, published);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        visitor.start();
        long started = System.nanoTime();
        for (int i = 0; i < versions.size(); i++) {
            if (perSecond > 0) {
                long due = started + (long) (i * 1e9 / perSecond);
                Thread.sleep(Math.max(0, (due - System.nanoTime()) / 1_000_000));
            }
            HttpResponse<String> answer = post(publishBase + "/api/v1/versions/" + versions.get(i) + "/publish", reviewer);
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("not published: " + answer.body());
            }
            Files.writeString(done, versions.get(i) + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        published.set(true);
        visitor.join();
        System.out.printf("published %d materials on %s in %.1f s (%.1f a second)%n", versions.size(), publishBase,
                seconds, versions.size() / seconds);
        print("search on " + searchBase + " while another server published", times);
    }

    private static void print(String what, List<Double> times) {
        double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("%s: %d searches, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n", what, sorted.length,
                at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99));
    }

    private static double at(double[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
    }

    /** A one-page PDF whose text is the given words (Helvetica, one line per 12 words). */
    static byte[] pdf(String words) {
        StringBuilder stream = new StringBuilder("BT /F1 10 Tf 40 760 Td 12 TL");
        String[] all = words.strip().split(" ");
        for (int i = 0; i < all.length; i += 12) {
            stream.append(" (").append(String.join(" ", Arrays.copyOfRange(all, i, Math.min(all.length, i + 12))))
                    .append(") Tj T*");
        }
        stream.append(" ET");
        String[] objects = {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
                + " /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
