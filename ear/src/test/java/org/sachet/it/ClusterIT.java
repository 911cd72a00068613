package org.sachet.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sachet on two servers that share one PostgreSQL database and one file store, behind nginx, started as an operator
 * starts them ({@code ./sachet cluster start}, with the build's EAR and server install): what is published on one
 * server is found and downloaded on the other, and gone from it once withdrawn; a batch sent to both at once is
 * stored once; a server killed during a sync burst loses and doubles nothing; the session cookie is Secure when the
 * proxy says the client came over https; while the database is down callers are told to try again, and the server
 * serves again once it is back (issue 19). Runs in the build's own
 * failsafe execution (ear/pom.xml: cluster), after the PostgreSQL run.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final Path ROOT = Path.of(System.getProperty("sachet.it.root"));
    private static final Path HOME = Path.of(System.getProperty("sachet.it.clusterDir"));
    private static final int PORT = Integer.getInteger("sachet.it.clusterPort");
    private static final String NGINX = "http://localhost:" + PORT;
    private static final String A = "http://localhost:" + (PORT + 100);
    private static final String B = "http://localhost:" + (PORT + 200);
    /** The demo accounts share the first administrator's password. */
    private static final String PASSWORD = TestServer.ADMIN_PASSWORD;
    private static final String FACILITATOR = "facilitator";
    /** One of the demo facilitator's venues (Makwanpur). */
    private static final String VENUE = "MKW-339-YTH-01";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startTheCluster() throws Exception {
        assertEquals(A, TestServer.BASE_URL, "sachet.it.baseUrl is server a: it.cluster.port + 100 (ear/pom.xml)");
        cluster("start");
    }

    @AfterAll
    static void stopTheCluster() throws Exception {
        cluster("stop");
    }

    @Test
    @Order(1)
    void publishedOnOneServerIsFoundAndDownloadedOnTheOtherAndGoneFromItOnceWithdrawn() throws Exception {
        String word = "cluster" + letters(8);
        byte[] pdf = pdf("A leaflet about safe migration: " + word);
        long id = TestServer.publishedMaterial("leaflet-" + word + ".pdf", pdf, "Leaflet " + word, "पर्चा " + word,
                "LEAFLET", "PUBLIC", basic("editor"), basic("reviewer"));
        long published = System.nanoTime();
        int found = 0;
        while (found == 0 && System.nanoTime() - published < TimeUnit.SECONDS.toNanos(15)) {
            found = TestServer.json(get(B, "/api/v1/materials?q=" + word).body()).getInt("total");
            Thread.sleep(100);
        }
        double seconds = (System.nanoTime() - published) / 1e9;
        System.out.printf("published on a, found on b after %.2f s%n", seconds);
        assertEquals(1, found, "published on a, found on b");
        assertTrue(seconds < 10, "found on b within seconds, not " + seconds);
        HttpResponse<byte[]> downloaded = getBytes(B, "/api/v1/materials/" + id + "/file");
        assertEquals(200, downloaded.statusCode());
        assertArrayEquals(pdf, downloaded.body(), "b sends the bytes uploaded to a");
        assertTrue(metric(B, "sachet_download_bytes_total", Map.of("kind", "material", "server", "b")) >= pdf.length,
                "b counted what it sent");

        // an editor withdraws it on a; b neither lists nor sends it from then on, without waiting for the feed
        try (Browser editor = new Browser()) {
            editor.signInAs("editor", PASSWORD);
            editor.inEnglish();
            editor.open("/editor/material.xhtml?id=" + id);
            editor.type(By.id("withdrawForm:reason"), "The helpline number in it has changed.");
            editor.click(By.id("withdrawForm:withdraw"));
            editor.waitForText(By.id("messages"), "The material is withdrawn");
            editor.screenshot("cluster-withdrawn-on-a");
        }
        assertEquals(404, getBytes(B, "/api/v1/materials/" + id + "/file").statusCode(), "withdrawn: b does not send it");
        assertEquals(0, TestServer.json(get(B, "/api/v1/materials?q=" + word).body()).getInt("total"),
                "withdrawn: b does not list it");
    }

    @Test
    @Order(2)
    void theSameBatchSentToBothServersAtOnceIsStoredOnce() throws Exception {
        List<String> uuids = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            uuids.add(UUID.randomUUID().toString());
        }
        String batch = batch(uuids);
        CountDownLatch ready = new CountDownLatch(2);
        ExecutorService phones = Executors.newFixedThreadPool(2);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (String server : List.of(A, B)) {
                answers.add(phones.submit(() -> {
                    ready.countDown();
                    ready.await();
                    return postSessions(server, batch);
                }));
            }
            Map<String, List<Integer>> statuses = new HashMap<>();
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get(60, TimeUnit.SECONDS);
                assertEquals(200, response.statusCode(), response.body());
                for (JsonValue item : TestServer.jsonArray(response.body())) {
                    JsonObject session = item.asJsonObject();
                    statuses.computeIfAbsent(session.getString("uuid"), u -> new ArrayList<>()).add(session.getInt("status"));
                }
            }
            for (String uuid : uuids) {
                List<Integer> both = statuses.get(uuid);
                assertEquals(2, both.size(), uuid);
                assertTrue(both.contains(201) && both.contains(200), "stored by one server, a repeat for the other: " + both);
            }
        } finally {
            phones.shutdownNow();
        }
        assertEquals(50, storedRows(uuids), "each session of the batch stored once");
    }

    @Test
    @Order(3)
    void aServerKilledDuringASyncBurstLosesAndDoublesNothingAndTheOtherKeepsServing() throws Exception {
        Set<Long> listedBefore = listedIds(A);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger sentAgain = new AtomicInteger();
        AtomicInteger acknowledgedAfterTheKill = new AtomicInteger();
        long start = System.nanoTime();
        long until = start + TimeUnit.SECONDS.toNanos(20);
        long killAt = start + TimeUnit.SECONDS.toNanos(6);
        CountDownLatch killed = new CountDownLatch(1);
        ExecutorService phones = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int p = 0; p < 3; p++) {
                running.add(phones.submit(() -> {
                    // three phones through nginx; a batch without an answer is sent again, as the app does
                    while (System.nanoTime() < until) {
                        List<String> uuids = new ArrayList<>();
                        for (int i = 0; i < 20; i++) {
                            uuids.add(UUID.randomUUID().toString());
                        }
                        String batch = batch(uuids);
                        while (true) {
                            try {
                                HttpResponse<String> answer = postSessions(NGINX, batch);
                                if (answer.statusCode() == 200 && everySessionStored(answer.body())) {
                                    acknowledged.addAll(uuids);
                                    if (killed.getCount() == 0) {
                                        acknowledgedAfterTheKill.addAndGet(uuids.size());
                                    }
                                    break;
                                }
                            } catch (IOException e) {
                                // no answer: sent again below
                            }
                            sentAgain.incrementAndGet();
                            Thread.sleep(500);
                        }
                    }
                    return null;
                }));
            }
            TimeUnit.NANOSECONDS.sleep(killAt - System.nanoTime());
            long pid = Long.parseLong(Files.readString(HOME.resolve("a/server/sachet/config/pid")).strip());
            ProcessHandle server = ProcessHandle.of(pid).orElseThrow();
            assertTrue(server.destroyForcibly(), "kill -9 of server a");
            server.onExit().get(30, TimeUnit.SECONDS);
            killed.countDown();
            for (Future<?> phone : running) {
                phone.get(120, TimeUnit.SECONDS);
            }
        } finally {
            phones.shutdownNow();
        }
        System.out.printf("sync burst: %d sessions acknowledged (%d after server a was killed), %d batches sent again%n",
                acknowledged.size(), acknowledgedAfterTheKill.get(), sentAgain.get());
        assertTrue(acknowledgedAfterTheKill.get() > 0, "b went on storing after a was killed");
        assertEquals(acknowledged.size(), storedRows(new ArrayList<>(acknowledged)),
                "every acknowledged session stored, each once");
        assertEquals(200, get(B, "/health").statusCode(), "b keeps serving");
        assertEquals(listedBefore, listedIds(B), "b's index holds every material a listed");
        assertEquals(listedBefore, listedIds(NGINX), "and through nginx too");
        // b's metrics: what it stored, its index in step with the feed; nginx does not pass them to the public
        assertTrue(metric(B, "sachet_sync_sessions_total", Map.of("outcome", "stored", "server", "b")) > 0);
        assertEquals(0, metric(B, "sachet_index_changes_behind", Map.of("server", "b")));
        assertEquals(404, get(NGINX, "/metrics").statusCode());
    }

    @Test
    @Order(4)
    void behindAProxyThatEndsTlsTheSessionCookieIsSecureAndAClientCannotClaimIt() throws Exception {
        // the test calls b from loopback, the address its proxy has (SACHET_TRUSTED_PROXIES), as a proxy ending TLS would
        assertTrue(sessionCookie(B, "https").contains("; Secure"), "the proxy says https: the cookie goes over https only");
        assertFalse(sessionCookie(B, null).contains("Secure"), "plain http: the cookie stays usable");
        // nginx names the scheme of the client's own connection (plain http here), whatever the client claims
        assertFalse(sessionCookie(NGINX, "https").contains("Secure"), "a client's own X-Forwarded-Proto counts for nothing");
    }

    @Test
    @Order(5)
    void whileTheDatabaseIsDownCallersAreToldToComeBackAndTheServerServesAgainOnceItIsUp() throws Exception {
        postgresql("stop");
        try {
            HttpResponse<String> api = HTTP.send(HttpRequest.newBuilder(URI.create(B + "/api/v1/materials?q=leaflet"))
                    .header("Accept-Language", "ne").timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(503, api.statusCode(), api.body());
            assertEquals("30", api.headers().firstValue("Retry-After").orElse(""));
            assertEquals("database.unavailable", TestServer.json(api.body()).getString("code"));
            assertTrue(TestServer.json(api.body()).getString("message").contains("डाटाबेस"), "in the caller's language");
            assertTrue(get(B, "/catalogue/").body().contains("The database does not answer just now"),
                    "a page says it too, not only that something went wrong");
            assertEquals(503, get(B, "/health").statusCode());
        } finally {
            postgresql("start");
        }
        // the pool drops its dead connections and makes new ones: no restart of the server
        long restarted = System.nanoTime();
        while (get(B, "/health").statusCode() != 200 && System.nanoTime() - restarted < TimeUnit.SECONDS.toNanos(30)) {
            Thread.sleep(250);
        }
        assertEquals(200, get(B, "/api/v1/materials?q=leaflet").statusCode(), "b serves again once the database is back");
    }

    // --- the cluster, as the operator's script starts and stops it

    /** Stops or starts the cluster's PostgreSQL server, as an operator or a machine's restart would. */
    private static void postgresql(String action) throws Exception {
        Process process = new ProcessBuilder("bash", ROOT.resolve("ear/src/server/local-postgresql.sh").toString(), action,
                HOME.resolve("postgresql").toString(), System.getProperty("sachet.it.clusterDbPort"))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "PostgreSQL " + action + " did not end");
        assertEquals(0, process.exitValue(), "PostgreSQL " + action + ": " + output);
    }

    private static void cluster(String action) throws Exception {
        ProcessBuilder script = new ProcessBuilder("bash", ROOT.resolve("ear/src/server/cluster.sh").toString(), action)
                .directory(ROOT.toFile()).redirectErrorStream(true)
                .redirectOutput(HOME.resolveSibling("it-cluster-" + action + ".log").toFile());
        Map<String, String> environment = script.environment();
        // the build's test runs set these for their own server
        environment.keySet().removeIf(name -> name.equals("SACHET_HOME") || name.startsWith("SACHET_DB_"));
        environment.put("SACHET_CLUSTER_HOME", HOME.toString());
        environment.put("SACHET_HTTP_PORT", String.valueOf(PORT));
        environment.put("SACHET_CLUSTER_DB_PORT", System.getProperty("sachet.it.clusterDbPort"));
        environment.put("SACHET_EAR", System.getProperty("sachet.it.ear"));
        environment.put("SACHET_SERVER_DIR", System.getProperty("sachet.it.serverDir"));
        environment.put("SACHET_ADMIN_PASSWORD", PASSWORD);
        environment.put("SACHET_DEMO", "true");
        Process process = script.start();
        boolean ended = process.waitFor(15, TimeUnit.MINUTES);
        String log = Files.readString(HOME.resolveSibling("it-cluster-" + action + ".log"));
        System.out.println(log);
        assertTrue(ended, "./sachet cluster " + action + " did not end");
        assertEquals(0, process.exitValue(), "./sachet cluster " + action + " failed:\n" + log);
    }

    /** One figure of a server's metrics, read with that server's operator key. */
    private static double metric(String server, String name, Map<String, String> labels) throws Exception {
        String key = Files.readString(HOME.resolve((server.equals(A) ? "a" : "b") + "/operator.key")).strip();
        HttpResponse<String> scrape = HTTP.send(HttpRequest.newBuilder(URI.create(server + "/metrics"))
                .header("Authorization", "Bearer " + key).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, scrape.statusCode(), scrape.body());
        return MetricsIT.one(MetricsIT.samples(scrape.body()), name, labels).value();
    }

    private static int storedRows(List<String> uuids) throws Exception {
        String password = Files.readString(HOME.resolve("db-password")).strip();
        String url = "jdbc:postgresql://127.0.0.1:" + System.getProperty("sachet.it.clusterDbPort") + "/sachet";
        try (Connection db = DriverManager.getConnection(url, "sachet", password);
             PreparedStatement count = db.prepareStatement(
                     "SELECT COUNT(*) FROM outreach_session s JOIN unnest(?) AS sent(uuid) ON s.uuid = sent.uuid")) {
            Array sent = db.createArrayOf("text", uuids.toArray());
            count.setArray(1, sent);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    // --- what phones and browsers send

    private static String batch(List<String> uuids) {
        StringBuilder batch = new StringBuilder("[");
        for (String uuid : uuids) {
            batch.append(batch.length() == 1 ? "" : ",").append("{\"uuid\": \"").append(uuid)
                    .append("\", \"date\": \"2026-11-25\", \"venueCode\": \"").append(VENUE)
                    .append("\", \"kind\": \"SBCC_SESSION\", \"participants\": {\"girlsUnder18\": 3, \"boysUnder18\": 2}}");
        }
        return batch.append("]").toString();
    }

    private static boolean everySessionStored(String answer) {
        JsonArray items = TestServer.jsonArray(answer);
        return items.stream().map(JsonValue::asJsonObject).allMatch(i -> i.getInt("status") == 200 || i.getInt("status") == 201);
    }

    private static HttpResponse<String> postSessions(String server, String batch) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server + "/api/v1/sessions")).timeout(Duration.ofSeconds(30))
                .header("Authorization", basic(FACILITATOR)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(batch, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The materials a visitor finds in the catalogue of one server (the demo's and this test's are fewer than 100). */
    private static Set<Long> listedIds(String server) throws Exception {
        JsonObject page = TestServer.json(get(server, "/api/v1/materials?limit=100").body());
        assertTrue(page.getInt("total") > 0 && page.getInt("total") < 100, page.toString());
        Set<Long> ids = new TreeSet<>();
        page.getJsonArray("items").forEach(i -> ids.add(i.asJsonObject().getJsonObject("material").getJsonNumber("id").longValue()));
        return ids;
    }

    /** The session cookie a first visit to the home page gets. */
    private static String sessionCookie(String server, String forwardedProto) throws Exception {
        HttpRequest.Builder visit = HttpRequest.newBuilder(URI.create(server + "/")).timeout(Duration.ofSeconds(30));
        if (forwardedProto != null) {
            visit.header("X-Forwarded-Proto", forwardedProto);
        }
        HttpResponse<Void> answer = HTTP.send(visit.build(), HttpResponse.BodyHandlers.discarding());
        return answer.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie from " + server + ": " + answer.headers()));
    }

    private static HttpResponse<String> get(String server, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server + path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<byte[]> getBytes(String server, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server + path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String basic(String username) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static String letters(int count) {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < count; i++) {
            letters.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return letters.toString();
    }

    private static byte[] pdf(String text) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
