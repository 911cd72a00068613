package org.sachet.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sachet.content.demo.DemoFiles;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The server as an attacker on the network or on the machine finds it (issue 14): only the HTTP port listens
 * beyond loopback, and the admin port wants the domain's password.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HardeningIT {

    private static final Path DOMAIN = Path.of(System.getProperty("sachet.it.domainHome"));
    private static final int HTTP_PORT = URI.create(TestServer.BASE_URL).getPort();
    private static final String ADMIN_URL = "http://127.0.0.1:" + System.getProperty("sachet.it.adminPort");

    @Test
    void onlyTheHttpPortListensBeyondThisMachine() throws Exception {
        List<Listening> sockets = listeningSocketsOf(Long.parseLong(Files.readString(DOMAIN.resolve("config/pid")).strip()));
        assertTrue(sockets.stream().anyMatch(s -> s.port == HTTP_PORT), "the HTTP port listens: " + sockets);
        List<Listening> open = sockets.stream().filter(s -> !s.loopback && s.port != HTTP_PORT).toList();
        assertEquals(List.of(), open, "listening beyond loopback besides HTTP " + HTTP_PORT + "; all: " + sockets);
    }

    @Test
    void theAdminPortRefusesWithoutTheDomainsPassword() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest.Builder version = HttpRequest.newBuilder(URI.create(ADMIN_URL + "/management/domain/version"))
                .header("Accept", "application/json").header("X-Requested-By", "sachet-it");
        assertEquals(401, http.send(version.build(), HttpResponse.BodyHandlers.discarding()).statusCode());
        assertEquals(401, http.send(version.copy().header("Authorization", TestServer.basic("admin", ""))
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode());
        assertEquals(200, http.send(version.copy().header("Authorization", TestServer.basic("admin",
                System.getProperty("sachet.it.serverAdminPassword"))).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode());
        Path passwordFile = DOMAIN.resolve("config/asadmin-password");
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(passwordFile)), "the admin password is its owner's alone");
    }

    @Test
    void answersNameNoProductAndKeepTheBrowserFromGuessingFramingOrLeaking() throws Exception {
        HttpResponse<String> page = TestServer.get("/login.xhtml");
        assertEquals(200, page.statusCode());
        for (HttpResponse<?> answer : List.of(page, TestServer.get("/api/v1/materials"),
                TestServer.get("/field/index.html"))) {
            assertTrue(answer.headers().firstValue("Server").isEmpty(), answer.headers().toString());
            assertTrue(answer.headers().firstValue("X-Powered-By").isEmpty(), answer.headers().toString());
            assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(""));
            assertEquals("same-origin", answer.headers().firstValue("Referrer-Policy").orElse(""));
        }
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError(page.headers().toString()));
        assertTrue(cookie.contains("SameSite=Lax") && cookie.contains("HttpOnly"), cookie);
        assertTrue(TestServer.get("/metrics").statusCode() >= 400, "the server's metrics are nobody's business");
        HttpResponse<String> offered = TestServer.getOfferingHttp2("/api/v1/materials");
        assertEquals(200, offered.statusCode());
        assertEquals(java.net.http.HttpClient.Version.HTTP_1_1, offered.version(), "no h2c upgrade on plain HTTP");
        // a body sent with the upgrade offer (Java's HttpClient does so by default) is read to its length
        accounts();
        HttpResponse<String> token = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(TestServer.BASE_URL + "/api/v1/tokens")).timeout(java.time.Duration.ofSeconds(20))
                .header("Authorization", TestServer.basic(EDITOR, PASSWORD)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"label\": \"offered HTTP/2\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, token.statusCode(), token.body());
    }

    @Test
    void pagesRunOnlyTheirOwnScriptsUnderOneContentSecurityPolicy() throws Exception {
        accounts();
        HttpResponse<String> login = TestServer.get("/editor/materials.xhtml", "Cookie", // a page with PrimeFaces' scripts
                Browser.signedInCookie(EDITOR, PASSWORD));
        List<String> policies = login.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), "one policy, or the browser applies both: " + policies);
        java.util.regex.Matcher nonce = java.util.regex.Pattern.compile("script-src 'self' 'nonce-([^']+)'$")
                .matcher(policies.get(0));
        assertTrue(nonce.find() && policies.get(0).startsWith("default-src 'self';"), policies.get(0));
        assertTrue(login.body().contains("nonce=\"" + nonce.group(1) + "\""), "the page's scripts carry the nonce");
        assertTrue(TestServer.get("/field/index.html").headers().firstValue("Content-Security-Policy").orElse("")
                .endsWith("script-src 'self'"), "the offline page runs its own script files only");
        try (Browser facilitator = new Browser()) {
            facilitator.signInAs(FACILITATOR, PASSWORD);
            facilitator.inNepali();
            facilitator.open("/catalogue/index.xhtml");
            facilitator.inEnglish();
            // Ajax answers that redraw parts of a page: the place picker and the session's kind
            facilitator.open("/outreach/venues.xhtml");
            facilitator.choose("newVenue:placeProvince", "Gandaki Province");
            facilitator.choose("newVenue:placeDistrict", "Kaski");
            facilitator.open("/outreach/sessions.xhtml");
            facilitator.choose("log:kind", "Sticks and Stones lesson");
            facilitator.find(org.openqa.selenium.By.id("log:lesson"));
            facilitator.open("/field/");
            assertEquals(List.of(), refusedScripts(facilitator), "every script the pages run is their own");
        }
        try (Browser manager = new Browser()) {
            // the reach dashboard's charts and filters: a manager's page, a facilitator gets 403
            manager.signInAs(MANAGER, PASSWORD);
            manager.open("/reach/dashboard.xhtml");
            manager.find(org.openqa.selenium.By.cssSelector(".progress-table"));
            manager.open("/reach/targets.xhtml");
            assertEquals(List.of(), refusedScripts(manager), "the reach pages run their own scripts only");
        }
    }

    @Test
    void multipartBodiesGoOnlyWhereFilesAreTakenAndNoPartOutlivesItsRequest() throws Exception {
        accounts();
        byte[] thirtyMegabytes = new byte[30 << 20];
        // anywhere else, a multipart body is refused before it is read, and nothing reaches the disk
        for (String page : List.of("/login.xhtml", "/index.xhtml", "/catalogue/index.xhtml")) {
            HttpResponse<String> refused = new Multipart().expectContinue().file("x.bin", thirtyMegabytes)
                    .post(page, null);
            assertEquals(415, refused.statusCode(), page + ": " + refused.body());
        }
        HttpResponse<String> notHere = new Multipart().expectContinue().file("x.bin", thirtyMegabytes)
                .post("/api/v1/sessions", TestServer.basic(EDITOR, PASSWORD));
        assertEquals(415, notHere.statusCode(), notHere.body());
        assertEquals(List.of(), uploadPartsOnDisk());
        // where files are taken: the parts are deleted when the request ends, stored or refused
        HttpResponse<String> stored = new Multipart().file("leaflet.pdf", DemoFiles.pdf("Safe migration",
                "Sachet IT", List.of("Know before you go."))).post(TestServer.basic(EDITOR, PASSWORD));
        assertEquals(201, stored.statusCode(), stored.body());
        HttpResponse<String> refused = new Multipart().file("empty.pdf", new byte[0])
                .post(TestServer.basic(EDITOR, PASSWORD));
        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals(401, new Multipart().file("anonymous.pdf", new byte[1000]).post(null).statusCode());
        assertEquals(413, new Multipart().expectContinue().file("anonymous.pdf", thirtyMegabytes).post(null)
                .statusCode(), "too large is refused before who sends it is asked");
        HttpResponse<String> tooLarge = new Multipart().expectContinue().file("big.bin", new byte[9 << 20])
                .post(TestServer.basic(EDITOR, PASSWORD));
        assertEquals(413, tooLarge.statusCode(), tooLarge.body());
        // a body cut off half way, as a phone that loses its connection sends it
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", HTTP_PORT)) {
            String head = "POST /api/v1/materials HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                    + TestServer.basic(EDITOR, PASSWORD) + "\r\nContent-Type: multipart/form-data; boundary=b\r\n"
                    + "Content-Length: 6000000\r\n\r\n--b\r\nContent-Disposition: form-data; name=\"file\"; "
                    + "filename=\"cut.bin\"\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            socket.getOutputStream().write(new byte[3_000_000]);
            socket.getOutputStream().flush();
            Thread.sleep(500);
        }
        long waitUntil = System.currentTimeMillis() + 20_000;
        while (!uploadPartsOnDisk().isEmpty() && System.currentTimeMillis() < waitUntil) {
            Thread.sleep(250);
        }
        assertEquals(List.of(), uploadPartsOnDisk(), "no part outlives its request");
    }

    @Test
    void refusalsAndBadInputAreLoggedInALineWithoutAStackTrace() throws Exception {
        accounts();
        Path log = DOMAIN.resolve("logs/server.log");
        long before = Files.size(log);
        for (int i = 0; i < 20; i++) {
            assertEquals(404, TestServer.get("/download/version/1").statusCode());
        }
        String deep = "[".repeat(50_000) + "]".repeat(50_000);
        HttpResponse<String> nested = TestServer.postJson("/api/v1/sessions", deep, "Authorization",
                TestServer.basic(EDITOR, PASSWORD));
        assertEquals(400, nested.statusCode(), nested.body());
        Thread.sleep(1000); // the log is written by a thread of its own
        String written = new String(Files.readAllBytes(log), java.nio.charset.StandardCharsets.UTF_8)
                .substring((int) Math.min(before, Files.size(log)));
        assertTrue(written.length() < 20 * 400, "20 refusals wrote " + written.length() + " bytes:\n" + written);
        assertTrue(!written.contains("\tat "), "no stack trace:\n" + written);
        // Derby writes failed statements with their values (a watch-list name, a phone number) for errors from
        // session severity up, e.g. a full disk: only system errors, which name no statement, may reach its log
        assertTrue(Files.readString(DOMAIN.resolve("config/domain.xml"))
                .contains("-Dderby.stream.error.logSeverityLevel=50000"), "Derby logs no statement's values");
    }

    @Test
    void aBackupTakenWhileSessionsSyncRestoresEveryAcknowledgedSessionAndEveryStoredFile() throws Exception {
        accounts();
        String venue = facilitatorsVenue();
        HttpResponse<String> leaflet = new Multipart().file("backup-leaflet.pdf", DemoFiles.pdf("Before the backup",
                "Sachet IT", List.of("Stored before the backup began."))).post(TestServer.basic(EDITOR, PASSWORD));
        assertEquals(201, leaflet.statusCode(), leaflet.body());
        Path data = Path.of(System.getProperty("sachet.it.dataDir"));
        java.util.Map<String, String> storedBefore = storedFiles(data.resolve("files"));

        // three phones sync batches of sessions all along; each acknowledged UUID is noted with when it was
        java.util.concurrent.ConcurrentMap<String, Long> acknowledged = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.concurrent.atomic.AtomicBoolean syncing = new java.util.concurrent.atomic.AtomicBoolean(true);
        java.util.concurrent.ExecutorService phones = java.util.concurrent.Executors.newFixedThreadPool(3);
        List<java.util.concurrent.Future<?>> syncs = new java.util.ArrayList<>();
        for (int phone = 0; phone < 3; phone++) {
            syncs.add(phones.submit(() -> {
                while (syncing.get()) {
                    List<String> uuids = java.util.stream.IntStream.range(0, 20)
                            .mapToObj(i -> java.util.UUID.randomUUID().toString()).toList();
                    String batch = uuids.stream().map(u -> TestServer.sessionJson(u, "2026-11-25", venue,
                            "SBCC_SESSION", "{\"girlsUnder18\": 3, \"boysUnder18\": 2}", null))
                            .collect(java.util.stream.Collectors.joining(",", "[", "]"));
                    HttpResponse<String> answer = TestServer.postJson("/api/v1/sessions", batch, "Authorization",
                            TestServer.basic(FACILITATOR, PASSWORD));
                    assertEquals(200, answer.statusCode(), answer.body());
                    long now = System.nanoTime();
                    TestServer.jsonArray(answer.body()).forEach(item -> {
                        assertEquals(201, item.asJsonObject().getInt("status"), item.toString());
                        acknowledged.put(item.asJsonObject().getString("uuid"), now);
                    });
                }
                return null;
            }));
        }
        Thread.sleep(2_000);
        long backupAsked = System.nanoTime();
        Path backups = Path.of(System.getProperty("sachet.it.dataDir") + "-backups");
        HttpResponse<String> started = TestServer.postJson("/api/v1/backups", "{\"folder\": \"" + backups + "\"}",
                "X-Sachet-Operator-Key", Files.readString(data.resolve("operator.key")).strip());
        assertEquals(202, started.statusCode(), started.body());
        String name = TestServer.json(started.body()).getString("name");
        jakarta.json.JsonObject status = TestServer.json(started.body());
        for (long until = System.currentTimeMillis() + 180_000; status.getString("state").equals("RUNNING")
                && System.currentTimeMillis() < until; ) {
            Thread.sleep(500);
            status = TestServer.json(TestServer.get("/api/v1/backups/" + name, "X-Sachet-Operator-Key",
                    Files.readString(data.resolve("operator.key")).strip()).body());
        }
        Thread.sleep(1_000); // and sessions go on being stored after it
        syncing.set(false);
        for (java.util.concurrent.Future<?> sync : syncs) {
            sync.get(60, java.util.concurrent.TimeUnit.SECONDS);
        }
        phones.shutdown();
        assertEquals("FINISHED", status.getString("state"), status.toString());
        Set<String> beforeTheBackup = new HashSet<>();
        acknowledged.forEach((uuid, at) -> {
            if (at < backupAsked) {
                beforeTheBackup.add(uuid);
            }
        });
        assertTrue(beforeTheBackup.size() >= 20, "sessions were syncing when the backup began");

        // restored with the launcher into a new data folder, the database boots in a JVM of its own
        Path restored = Path.of(System.getProperty("sachet.it.dataDir") + "-restored");
        String restoreOutput = launcher(restored, 0, "restore", status.getString("folder"));
        assertTrue(restoreOutput.contains("Restored"), restoreOutput);
        for (Path ownersOnly : List.of(backups, Path.of(status.getString("folder")), restored, restored.resolve("db"))) {
            assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(ownersOnly)), ownersOnly + " holds the watch list and passwords");
        }
        Set<String> sessionsRestored = new HashSet<>();
        Set<String> versionFiles = new HashSet<>();
        System.setProperty("derby.stream.error.file", restored.resolveSibling("derby-restored.log").toString());
        String url = "jdbc:derby:" + restored.resolve("db");
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(url);
             java.sql.Statement query = db.createStatement()) {
            try (java.sql.ResultSet rows = query.executeQuery("select UUID from OUTREACH_SESSION")) {
                while (rows.next()) {
                    sessionsRestored.add(rows.getString(1));
                }
            }
            try (java.sql.ResultSet rows = query.executeQuery("select SHA256 from MATERIAL_VERSION")) {
                while (rows.next()) {
                    versionFiles.add(rows.getString(1));
                }
            }
        } finally {
            try {
                java.sql.DriverManager.getConnection(url + ";shutdown=true").close();
            } catch (java.sql.SQLException shutDownAsAsked) {
                // Derby answers a shutdown with an exception
            }
        }
        Set<String> missing = new HashSet<>(beforeTheBackup);
        missing.removeAll(sessionsRestored);
        assertEquals(Set.of(), missing, "every session acknowledged before the backup began is in it");
        java.util.Map<String, String> storedAfter = storedFiles(restored.resolve("files"));
        storedBefore.forEach((file, checksum) -> assertEquals(checksum, storedAfter.get(file), file));
        for (String file : versionFiles) {
            assertTrue(storedAfter.containsKey(file), "the restored store holds every version's file: " + file);
        }

        // bad input: a second restore into the same folder, a folder that is no backup, and a call from outside
        String again = launcher(restored, 1, "restore", status.getString("folder"));
        assertTrue(again.contains("already has a database"), again);
        String notABackup = launcher(restored.resolveSibling("it-restored-2"), 1, "restore", backups.toString());
        assertTrue(notABackup.contains("a folder of backups; name one of them"), notABackup);
        assertEquals(403, TestServer.postJson("/api/v1/backups", "{\"folder\": \"/tmp\"}").statusCode());
        assertEquals(403, TestServer.postJson("/api/v1/backups", "{\"folder\": \"/tmp\"}",
                "X-Sachet-Operator-Key", "guessed").statusCode());
        HttpResponse<String> intoTheData = TestServer.postJson("/api/v1/backups", "{\"folder\": \""
                        + data.resolve("files/backup") + "\"}", "X-Sachet-Operator-Key",
                Files.readString(data.resolve("operator.key")).strip(), "Accept-Language", "ne");
        assertEquals(400, intoTheData.statusCode(), intoTheData.body());
        assertTrue(intoTheData.body().contains("डेटा फोल्डरकै"), intoTheData.body());
        HttpResponse<String> cutOff = TestServer.postJson("/api/v1/backups", "{\"folder\": \"/tmp\", \"x\": [1}",
                "X-Sachet-Operator-Key", Files.readString(data.resolve("operator.key")).strip());
        assertEquals(400, cutOff.statusCode(), "a cut-off body is refused, not bound for ever: " + cutOff.body());
    }

    /** Runs the launcher ({@code ./sachet}) on a data folder and answers what it printed, checking its exit code. */
    private static String launcher(Path dataFolder, int exitCode, String... arguments) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("bash",
                Path.of(System.getProperty("basedir", ".")).resolve("../sachet").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder launcher = new ProcessBuilder(command).redirectErrorStream(true);
        launcher.environment().put("SACHET_HOME", dataFolder.toString());
        Process process = launcher.start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(exitCode, process.waitFor(), output);
        return output;
    }

    /** Every file of a file store by its path under it, with the SHA-256 of its content. */
    private static java.util.Map<String, String> storedFiles(Path store) throws Exception {
        java.util.Map<String, String> files = new java.util.TreeMap<>();
        try (Stream<Path> walk = Files.walk(store.resolve("sha256"))) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
                files.put(file.getFileName().toString(), java.util.HexFormat.of().formatHex(digest));
            }
        }
        return files;
    }

    /** The facilitator's venue for sessions, made once through the venues page. */
    private static synchronized String facilitatorsVenue() throws Exception {
        if (venueCode == null) {
            try (Browser facilitator = new Browser()) {
                facilitator.signInAs(FACILITATOR, PASSWORD);
                facilitator.inNepali();
                facilitator.addVenue("युवा क्लब", "पोखरा युवा क्लब", "गण्डकी प्रदेश", "कास्की", "पोखरा (महानगरपालिका)", "१");
            }
            venueCode = TestServer.venues(TestServer.basic(FACILITATOR, PASSWORD)).get(0).getString("code");
        }
        return venueCode;
    }

    private static String venueCode;

    private static final String EDITOR = "hard.editor";
    private static final String FACILITATOR = "hard.facilitator";
    private static final String MANAGER = "hard.manager";
    private static final String PASSWORD = "Hardening-pass-2083";

    private static List<String> refusedScripts(Browser browser) {
        return browser.consoleErrors().stream()
                .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to")).toList();
    }

    private static void accounts() {
        TestAccounts.make(
                new TestAccounts.Account(EDITOR, "Hari Editor", PASSWORD, "Content editor", "Bagmati Province",
                        "Kathmandu"),
                // Kaski: no other test's facilitator works there, so this one's venue is in nobody else's lists
                new TestAccounts.Account(FACILITATOR, "Sita Facilitator", PASSWORD, "SBCC facilitator",
                        "Gandaki Province", "Kaski"),
                new TestAccounts.Account(MANAGER, "Gita Manager", PASSWORD, "Programme manager / M&E",
                        "Gandaki Province", "Kaski"));
    }

    /** Multipart parts on disk; read again when the server deletes a folder while it is being listed. */
    private static List<Path> uploadPartsOnDisk() throws Exception {
        for (int attempt = 0; ; attempt++) {
            try {
                return listUploadParts();
            } catch (java.io.UncheckedIOException | java.nio.file.NoSuchFileException deletedMeanwhile) {
                if (attempt == 10) {
                    throw deletedMeanwhile;
                }
                Thread.sleep(100);
            }
        }
    }

    /** Multipart parts on disk: in Sachet's upload folder, or left by the container's own parser. */
    private static List<Path> listUploadParts() throws Exception {
        List<Path> found = new java.util.ArrayList<>();
        try (Stream<Path> files = Files.walk(DOMAIN.resolve("generated"))) {
            files.filter(f -> f.getFileName().toString().matches("upload_.*\\.tmp")).forEach(found::add);
        }
        Path uploads = Path.of(System.getProperty("sachet.it.dataDir")).resolve("uploads");
        if (Files.isDirectory(uploads)) {
            try (Stream<Path> files = Files.walk(uploads)) {
                files.filter(Files::isRegularFile).forEach(found::add);
            }
        }
        return found;
    }

    /** A TCP socket a process listens on, read from Linux's /proc (no tool needed). */
    private record Listening(String address, int port, boolean loopback) {
    }

    private static List<Listening> listeningSocketsOf(long pid) throws Exception {
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (java.io.IOException closedMeanwhile) {
                    // a descriptor closed while the folder was read
                }
            }
        }
        List<Listening> listening = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            List<String> lines = Files.readAllLines(Path.of(table));
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.trim().split("\\s+");
                if (!f[3].equals("0A") || !inodes.contains(f[9])) {
                    continue; // 0A: LISTEN
                }
                String[] local = f[1].split(":");
                listening.add(new Listening(local[0], Integer.parseInt(local[1], 16), isLoopback(local[0])));
            }
        }
        return listening;
    }

    /** /proc writes addresses as 32-bit words in host order: 0100007F is 127.0.0.1. */
    private static boolean isLoopback(String hex) {
        if (hex.length() == 8) {
            return hex.endsWith("7F");
        }
        return hex.equals("00000000000000000000000001000000") // ::1
                || (hex.startsWith("0000000000000000FFFF0000") && hex.endsWith("7F")); // ::ffff:127.x.x.x
    }
}
