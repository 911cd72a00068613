package org.sachet.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sachet.content.demo.DemoFiles;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sachet.it.TestServer.basic;
import static org.sachet.it.TestServer.getBytes;

/**
 * What goes over the wire as HTTP clients and slow links need it (issue 18): pages, styles, scripts and JSON
 * gzipped, stored files never (they go by sendfile and in ranges); styles and scripts cached for a year under
 * addresses that change with their content; a {@code Date} on every answer and dates in IMF-fixdate, read in all
 * three forms RFC 9110 names.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WireIT {

    private static final String EDITOR = "wire.editor";
    private static final String REVIEWER = "wire.reviewer";
    private static final String TEACHER = "wire.teacher";
    private static final String FACILITATOR = "wire.facilitator";
    private static final String PASSWORD = "Wire-pass-2083";
    private static final Pattern IMF_FIXDATE =
            Pattern.compile("(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT");

    @Test
    void pagesStylesScriptsAndJsonAreGzippedAndReadTheSameUnzipped() throws Exception {
        // first a file by sendfile on the kept-alive connection, as a teacher downloads a kit and reads on: Payara's
        // own compression then sent the next compressed answers on that connection without their headers
        accounts();
        byte[] pdf = DemoFiles.pdf("Sendfile first", "Sachet", List.of("A file that goes out by sendfile."));
        long material = TestServer.publishedMaterial("sendfile-first.pdf", pdf, "Sendfile first", "पहिले फाइल",
                "LEAFLET", "PUBLIC", basic(EDITOR, PASSWORD), basic(REVIEWER, PASSWORD));
        assertArrayEquals(pdf, getBytes("/api/v1/materials/" + material + "/file", "Accept-Encoding", "gzip").body());
        assertEquals(206, getBytes("/api/v1/materials/" + material + "/file", "Range", "bytes=0-9").statusCode());
        String cookie = Browser.signedInCookie(EDITOR, PASSWORD);
        HttpResponse<String> primeFacesPage = TestServer.get("/editor/materials.xhtml", "Cookie", cookie); // with PrimeFaces
        List<String> resources = new java.util.ArrayList<>();
        Matcher linked = Pattern.compile("(?:href|src)=\"(/jakarta\\.faces\\.resource/[^\"]+)\"").matcher(primeFacesPage.body());
        while (linked.find()) {
            resources.add(linked.group(1).replace("&amp;", "&"));
        }
        assertTrue(resources.stream().anyMatch(r -> r.contains("components.js")), resources.toString());
        List<String> answers = new java.util.ArrayList<>(List.of("/login.xhtml", "/calendar/index.xhtml", "/api/v1/materials",
                "/field/field.js", "/field/index.html"));
        answers.addAll(resources);
        for (String path : answers) {
            byte[] plain = getBytes(path).body();
            HttpResponse<byte[]> zipped = getBytes(path, "Accept-Encoding", "gzip");
            if (plain.length < 1024) {
                continue; // not worth a gzip header
            }
            assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(""), path);
            assertTrue(zipped.body().length < plain.length, path);
            if (!path.endsWith(".xhtml") && !path.startsWith("/api/")) { // pages and search answers differ a bit
                assertArrayEquals(plain, gunzip(zipped.body()), path);
            }
        }
    }

    @Test
    void storedFilesAndKitsGoOutAsTheyAreWholeOrInRanges() throws Exception {
        accounts();
        byte[] text = "Trusted adults: a teacher, a parent, a health worker.\n".repeat(200).getBytes(StandardCharsets.UTF_8);
        long plainText = TestServer.publishedMaterial("trusted-adults.txt", text, "Trusted adults (wire)",
                "विश्वासिला वयस्क (तार)", "LEAFLET", "PUBLIC", basic(EDITOR, PASSWORD), basic(REVIEWER, PASSWORD));
        byte[] pdf = DemoFiles.pdf("Wire", "Sachet", List.of("A page of text that compresses well. ".repeat(40)));
        long document = TestServer.publishedMaterial("wire.pdf", pdf, "Wire leaflet", "तार पर्चा", "LEAFLET", "PUBLIC",
                basic(EDITOR, PASSWORD), basic(REVIEWER, PASSWORD));
        for (var file : List.of(java.util.Map.entry(plainText, text), java.util.Map.entry(document, pdf))) {
            String path = "/api/v1/materials/" + file.getKey() + "/file";
            HttpResponse<byte[]> whole = getBytes(path, "Accept-Encoding", "gzip");
            assertEquals(200, whole.statusCode());
            assertTrue(whole.headers().firstValue("Content-Encoding").isEmpty(), whole.headers().toString());
            assertEquals(Long.toString(file.getValue().length), whole.headers().firstValue("Content-Length").orElse(""));
            assertArrayEquals(file.getValue(), whole.body());
            HttpResponse<byte[]> range = getBytes(path, "Accept-Encoding", "gzip", "Range", "bytes=10-19");
            assertEquals(206, range.statusCode());
            assertTrue(range.headers().firstValue("Content-Encoding").isEmpty(), range.headers().toString());
            assertArrayEquals(Arrays.copyOfRange(file.getValue(), 10, 20), range.body());
        }
    }

    @Test
    void stylesAndScriptsAreKeptAYearUnderAddressesThatChangeWithThem() throws Exception {
        String page = TestServer.get("/login.xhtml").body();
        Matcher own = Pattern.compile("href=\"(/jakarta\\.faces\\.resource/css/sachet\\.css\\.xhtml\\?v=([0-9a-f]{12}))\"")
                .matcher(page);
        assertTrue(own.find(), "Sachet's style sheet carries its content's version: " + page);
        accounts();
        String primeFacesPage = TestServer.get("/editor/materials.xhtml", "Cookie", Browser.signedInCookie(EDITOR, PASSWORD))
                .body(); // a page with PrimeFaces
        Matcher libraries = Pattern.compile("(?:href|src)=\"/jakarta\\.faces\\.resource/[^\"]+\"").matcher(primeFacesPage);
        int linked = 0;
        while (libraries.find()) {
            assertTrue(libraries.group().matches(".*[?&](amp;)?v=[0-9a-f.]+\"$"), "versioned: " + libraries.group());
            linked++;
        }
        assertTrue(linked >= 5, "PrimeFaces' styles and scripts on a page that uses it: " + primeFacesPage);
        HttpResponse<byte[]> css = getBytes(own.group(1));
        assertEquals(200, css.statusCode());
        assertEquals("max-age=31536000", css.headers().firstValue("Cache-Control").orElse(""));
        byte[] sha = java.security.MessageDigest.getInstance("SHA-256").digest(css.body());
        assertEquals(own.group(2), java.util.HexFormat.of().formatHex(sha).substring(0, 12), "the version is the content's");

        HttpResponse<byte[]> icon = getBytes("/favicon.ico");
        assertEquals(200, icon.statusCode(), "browsers ask for it whatever the page links");
        assertEquals("image/vnd.microsoft.icon", icon.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void everyAnswerIsDatedAndDatesAreImfFixdateReadInEveryForm() throws Exception {
        accounts();
        long material = TestServer.publishedMaterial("dated.pdf", DemoFiles.pdf("Dated", "Sachet", List.of("Dated.")),
                "Dated leaflet", "मिति पर्चा", "LEAFLET", "PUBLIC", basic(EDITOR, PASSWORD), basic(REVIEWER, PASSWORD));
        String file = "/api/v1/materials/" + material + "/file";
        for (String path : List.of("/login.xhtml", "/api/v1/materials", file, "/field/index.html", "/no-such-page.xhtml",
                "/api/v1/no-such-thing")) {
            String date = getBytes(path).headers().firstValue("Date").orElse("");
            assertTrue(IMF_FIXDATE.matcher(date).matches(), path + ": Date " + date);
        }
        // an error page is a page: one Content-Security-Policy, with its scripts' nonce
        List<String> policy = getBytes("/no-such-page.xhtml").headers().allValues("Content-Security-Policy");
        assertEquals(1, policy.size(), policy.toString());
        assertTrue(policy.get(0).matches("default-src 'self';[^,]* script-src 'self' 'nonce-[^']+'"), policy.get(0));
        String lastModified = getBytes(file).headers().firstValue("Last-Modified").orElseThrow();
        assertTrue(IMF_FIXDATE.matcher(lastModified).matches(), lastModified);

        java.time.ZonedDateTime modified = java.time.ZonedDateTime.parse(lastModified,
                java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME);
        String rfc850 = modified.format(java.time.format.DateTimeFormatter.ofPattern("EEEE, dd-MMM-yy HH:mm:ss 'GMT'",
                java.util.Locale.US));
        String asctime = modified.format(java.time.format.DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy",
                java.util.Locale.US));
        for (String since : List.of(lastModified, rfc850, asctime)) {
            assertEquals(304, getBytes(file, "If-Modified-Since", since).statusCode(), since);
        }
        String before = modified.minusSeconds(1).format(java.time.format.DateTimeFormatter.ofPattern(
                "EEE MMM ppd HH:mm:ss yyyy", java.util.Locale.US));
        assertEquals(200, getBytes(file, "If-Modified-Since", before).statusCode(), before);
    }

    @Test
    void theSignInAndHomePagesStayLightOnAPhonesFirstVisit() throws Exception {
        accounts();
        String login = TestServer.get("/login.xhtml").body();
        assertTrue(!login.contains("ln=primefaces") && !login.contains("faces.js"), "no PrimeFaces, no Faces script: "
                + login);
        try (Browser phone = new Browser()) { // a new profile: nothing cached
            phone.resize(360, 740);
            phone.open("/login.xhtml");
            long signIn = bytesReceived(phone);
            assertTrue(signIn < 250 * 1024, "the sign-in page's first visit: " + signIn + " bytes");
            phone.signInAs(EDITOR, PASSWORD);
            long home = bytesReceived(phone);
            assertTrue(home < 30 * 1024, "the home page after signing in: " + home + " bytes");
            phone.screenshot("home-phone-light");
            assertEquals(List.of(), phone.consoleErrors(), "nothing the light pages miss");
        }
        // a teacher's working page, class cards and all, loads no PrimeFaces either
        try (Browser phone = new Browser()) {
            phone.resize(360, 740);
            phone.signInAs(TEACHER, PASSWORD);
            long before = bytesReceived(phone);
            phone.open("/teaching/index.xhtml");
            long teach = bytesReceived(phone);
            String page = phone.driver().getPageSource();
            assertTrue(!page.contains("ln=primefaces") && !page.contains("faces.js"), page);
            assertTrue(teach < 30 * 1024, "Teach after signing in: " + teach + " bytes (home: " + before + ")");
            assertEquals(List.of(), phone.consoleErrors(), "nothing the Teach page misses");
        }
    }

    @Test
    void onAPhoneTheSessionsPageIsLightFitsTheScreenListsAFewSessionsAtATimeAndTheMenuFolds() throws Exception {
        accounts();
        try (Browser facilitator = new Browser()) {
            facilitator.signInAs(FACILITATOR, PASSWORD);
            facilitator.inEnglish();
            facilitator.addVenue("Youth club", "Wire youth club", "Bagmati Province", "Kathmandu",
                    "Kathmandu (Metropolitan city)", "1");
        }
        String venue = TestServer.venues(basic(FACILITATOR, PASSWORD)).get(0).getString("code");
        String batch = java.util.stream.IntStream.range(0, 12)
                .mapToObj(day -> TestServer.sessionJson(java.util.UUID.randomUUID().toString(),
                        java.time.LocalDate.of(2026, 11, 1 + day).toString(), venue, "SBCC_SESSION",
                        "{\"girlsUnder18\": " + (day + 1) + ", \"boysUnder18\": 2}", null))
                .collect(java.util.stream.Collectors.joining(",", "[", "]"));
        HttpResponse<String> stored = TestServer.postJson("/api/v1/sessions", batch, "Authorization",
                basic(FACILITATOR, PASSWORD));
        assertEquals(200, stored.statusCode(), stored.body());

        try (Browser phone = new Browser()) {
            phone.resize(360, 740);
            phone.signInAs(FACILITATOR, PASSWORD);
            phone.open("/index.xhtml");
            long before = bytesReceived(phone);
            phone.open("/outreach/sessions.xhtml");
            long sessions = bytesReceived(phone);
            String page = phone.driver().getPageSource();
            assertTrue(!page.contains("ln=primefaces"), "no PrimeFaces: " + page);
            assertTrue(sessions < 30 * 1024, "the sessions page: " + sessions + " bytes (home: " + before + ")");
            org.openqa.selenium.JavascriptExecutor script = (org.openqa.selenium.JavascriptExecutor) phone.driver();
            assertEquals(360L, ((Number) script.executeScript(
                    "return Math.max(360, document.documentElement.scrollWidth)")).longValue(), "nothing wider than the phone");
            // a few at a time, newest first, each a card; older ones on demand
            assertEquals(10, phone.driver().findElements(org.openqa.selenium.By.cssSelector("#recentSessions tbody tr")).size());
            phone.waitForText(org.openqa.selenium.By.cssSelector("#recentSessions tbody tr"), "12 Nov 2026");
            phone.screenshot("sessions-phone-cards-en");
            phone.click(org.openqa.selenium.By.id("sessions:showMore"));
            phone.waitForText(org.openqa.selenium.By.className("more"), "12 shown");
            assertEquals(12, phone.driver().findElements(org.openqa.selenium.By.cssSelector("#recentSessions tbody tr")).size());
            assertTrue(phone.driver().findElements(org.openqa.selenium.By.id("sessions:showMore")).isEmpty(), "no more");
            // the menu folds behind its button: the first screen is the page's own
            org.openqa.selenium.WebElement catalogue = phone.driver().findElement(org.openqa.selenium.By.id("menuCatalogue"));
            assertTrue(!catalogue.isDisplayed(), "the menu starts folded on a phone");
            long headerHeight = ((Number) script.executeScript(
                    "return document.getElementById('siteMenu').getBoundingClientRect().bottom")).longValue();
            assertTrue(headerHeight < 740 / 7, "the header and folded menu take " + headerHeight + " px of 740");
            phone.click(org.openqa.selenium.By.cssSelector("label.menu-button"));
            assertTrue(catalogue.isDisplayed(), "the menu opens");
            phone.screenshot("sessions-phone-menu-en");
            assertEquals(List.of(), phone.consoleErrors(), "nothing the sessions page misses");
        }
    }

    @Test
    void aSignedInPageSharesNoSecretWithTheNextAnswerSoItsCompressedSizeGivesNoneAway() throws Exception {
        // BREACH reads a secret off the compressed sizes of many answers that hold it beside the attacker's text:
        // there must be no secret that stays the same from one answer to the next
        accounts();
        try (Browser editor = new Browser()) {
            editor.signInAs(EDITOR, PASSWORD);
            List<List<String>> secrets = new java.util.ArrayList<>();
            for (int answer = 0; answer < 3; answer++) {
                // as sent, not as the browser keeps it: Chromium hides a nonce from the page once it is read
                String page = TestServer.get("/catalogue/index.xhtml?q=breach" + answer, "Cookie", editor.sessionCookie())
                        .body();
                assertTrue(page.contains("signedInUser"), "signed in: " + page);
                List<String> found = new java.util.ArrayList<>();
                Matcher viewStates = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"")
                        .matcher(page);
                while (viewStates.find()) {
                    found.add(viewStates.group(1));
                }
                Matcher nonce = Pattern.compile("nonce=\"([^\"]+)\"").matcher(page);
                assertTrue(nonce.find() && !found.isEmpty(), page);
                found.add(nonce.group(1));
                String session = editor.sessionCookie().replace("JSESSIONID=", "");
                assertTrue(!page.contains(session), "the session id stays in its cookie");
                secrets.add(found);
            }
            for (int one = 0; one < secrets.size(); one++) {
                for (int other = one + 1; other < secrets.size(); other++) {
                    for (String secret : secrets.get(one)) {
                        assertTrue(!secrets.get(other).contains(secret), secret + " came again: " + secrets);
                    }
                }
            }
        }
    }

    /** What the page and everything it loaded took over the wire (Resource Timing's transferSize, headers too). */
    private static long bytesReceived(Browser browser) {
        Object bytes = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "var n = performance.getEntriesByType('navigation')[0]; var bytes = n.transferSize;"
                        + "performance.getEntriesByType('resource').forEach(function (r) { bytes += r.transferSize; });"
                        + "return bytes;");
        return ((Number) bytes).longValue();
    }

    private static byte[] gunzip(byte[] zipped) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped))) {
            return in.readAllBytes();
        }
    }

    private static void accounts() {
        TestAccounts.make(
                new TestAccounts.Account(EDITOR, "Wire Editor", PASSWORD, "Content editor", "Bagmati Province",
                        "Kathmandu"),
                new TestAccounts.Account(REVIEWER, "Wire Reviewer", PASSWORD, "Safeguarding reviewer",
                        "Bagmati Province", "Kathmandu"),
                new TestAccounts.Account(TEACHER, "Wire Teacher", PASSWORD, "Teacher", "Bagmati Province", "Kathmandu"),
                new TestAccounts.Account(FACILITATOR, "Wire Facilitator", PASSWORD, "SBCC facilitator",
                        "Bagmati Province", "Kathmandu"));
    }
}
