package org.sachet.it;

import jakarta.json.JsonObject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.sachet.content.demo.DemoFiles;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sachet.it.TestServer.basic;
import static org.sachet.it.TestServer.get;
import static org.sachet.it.TestServer.json;
import static org.sachet.it.TestServer.jsonArray;
import static org.sachet.it.TestServer.getBytes;

/**
 * The Sticks and Stones curriculum end to end: an editor writes and publishes an edition whose lessons use
 * catalogue materials; a teacher, in Nepali, adds a class, downloads the next lesson's kit (interrupted and
 * resumed by curl with the same ETag), opens it, marks lessons taught until the class completes; a withdrawn
 * material leaves the kits at once and the teacher is told; bad input changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CurriculumIT {

    private static final String EDITOR = "cur.editor";
    private static final String REVIEWER = "cur.reviewer";
    private static final String TEACHER = "cur.teacher";
    private static final String OTHER_TEACHER = "cur.teacher2";
    private static final String MANAGER = "cur.manager";
    private static final String THREE_CLASS_TEACHER = "cur.teacher3";
    private static final String PASSWORD = "Curriculum-pass-2082";
    private static final Path DATA = Path.of(System.getProperty("sachet.it.dataDir", "target/it-data"));

    /** Set by the editor's test for the teacher's: the materials by role in the lessons. */
    private static long poster;
    private static long radio;
    private static long leaflet;
    private static long checklist;
    private static byte[] checklistBytes;
    private static boolean published;

    /** The kit's downloads as the reach figures count them. */
    private static long kitDownloads(String kitPath) throws Exception {
        JsonObject byKit = json(get("/api/v1/reach/sticks-and-stones", "Authorization", auth(MANAGER)).body())
                .getJsonObject("kitDownloadsByKit");
        String kit = kitPath.replaceAll(".*/([a-z0-9-]+)\\.zip", "$1");
        return byKit.containsKey(kit) ? byKit.getJsonNumber(kit).longValue() : 0;
    }

    private static String auth(String username) {
        return basic(username, PASSWORD);
    }

    /** Uploads, submits and publishes a material through the API, as an editor and a reviewer would. */
    private static long publishedMaterial(String fileName, byte[] content, String titleEn, String titleNe, String type)
            throws Exception {
        return TestServer.publishedMaterial(fileName, content, titleEn, titleNe, type, "TEACHERS", auth(EDITOR),
                auth(REVIEWER));
    }

    /** Fills the lesson form: every text in English and Nepali, lists one item per line. */
    private static void writeLesson(Browser editor, String titleEn, String titleNe, List<String> materials) {
        editor.type(By.id("lesson:titleEn"), titleEn);
        editor.type(By.id("lesson:titleNe"), titleNe);
        editor.type(By.id("lesson:ageGroup"), "10-14");
        editor.type(By.id("lesson:minutes"), "45");
        editor.type(By.id("lesson:objectivesEn"), "Name three trusted adults\nSay no, get away and tell");
        editor.type(By.id("lesson:objectivesNe"), "तीन जना विश्वासिला वयस्कको नाम भन्न\nहुँदैन भन्न, भाग्न र भन्न");
        editor.type(By.id("lesson:preparationEn"), "Chart paper and markers for each group.");
        editor.type(By.id("lesson:preparationNe"), "हरेक समूहका लागि चार्ट पेपर र मार्कर।");
        editor.type(By.id("lesson:activitiesEn"), "Warm-up game (5 minutes)\nDraw your hand (20 minutes)\nShare in pairs (20 minutes)");
        editor.type(By.id("lesson:activitiesNe"), "खेल (५ मिनेट)\nआफ्नो हातको चित्र (२० मिनेट)\nजोडीमा छलफल (२० मिनेट)");
        editor.type(By.id("lesson:keyMessagesEn"), "It is never your fault.\nYou can always tell.");
        editor.type(By.id("lesson:keyMessagesNe"), "यो कहिल्यै तिम्रो गल्ती होइन।\nतिमी जहिले पनि भन्न सक्छौ।");
        editor.type(By.id("lesson:safeguardingEn"), "Never ask a child to tell their own story in front of the class.");
        editor.type(By.id("lesson:safeguardingNe"), "कुनै बालबालिकालाई कक्षाअगाडि आफ्नो कथा सुनाउन नभन्नुहोस्।");
        for (String material : materials) {
            editor.click(By.xpath("//label[contains(., '" + material + "')]"));
        }
        editor.click(By.id("lesson:save"));
    }

    @Test
    @Order(1)
    void editorWritesAnEditionWithCatalogueMaterialsAndPublishesItAsAWhole() throws Exception {
        TestAccounts.make(
                new TestAccounts.Account(EDITOR, "Sita Editor", PASSWORD, "Content editor", "Bagmati Province",
                        "Kathmandu"),
                new TestAccounts.Account(REVIEWER, "Rama Reviewer", PASSWORD, "Safeguarding reviewer",
                        "Bagmati Province", "Lalitpur"),
                new TestAccounts.Account(TEACHER, "Kamala Tharu", PASSWORD, "Teacher", "Lumbini Province", "Banke"),
                new TestAccounts.Account(OTHER_TEACHER, "Hira Khan", PASSWORD, "Teacher", "Lumbini Province", "Banke"),
                new TestAccounts.Account(MANAGER, "Hari Manager", PASSWORD, "Programme manager", "Lumbini Province",
                        "Banke"),
                new TestAccounts.Account(THREE_CLASS_TEACHER, "Bina Chaudhary", PASSWORD, "Teacher",
                        "Lumbini Province", "Banke"));
        poster = publishedMaterial("trusted-adults.pdf", DemoFiles.pdf("Trusted adults", "Sachet IT",
                List.of("Draw your hand. Write a trusted adult on each finger.")), "Trusted adults hand", "विश्वासिलो हात",
                "WORKSHEET");
        // 6.4 MB of audio: above the lite kits' 5 MB, so the lite kit leaves it out
        radio = publishedMaterial("saathi-episode-1.wav", DemoFiles.wav(400), "Radio drama Saathi 1", "रेडियो नाटक साथी १",
                "RADIO_RECORDING");
        leaflet = publishedMaterial("fake-jobs.pdf", DemoFiles.pdf("Fake job offers", "Sachet IT",
                List.of("A job in the city that sounds too good may be a trap.")), "Fake job offers leaflet",
                "झुटो रोजगारी पर्चा", "LEAFLET");
        checklistBytes = DemoFiles.pdf("Where to get help", "Sachet IT", List.of("Child helpline 1098. Police 100."));
        checklist = publishedMaterial("help.pdf", checklistBytes, "Where to get help card", "सहयोग कहाँ पाइन्छ कार्ड",
                "LEAFLET");

        try (Browser editor = new Browser()) {
            editor.signInAs(EDITOR, PASSWORD);
            editor.inEnglish();
            editor.open("/editor/editions.xhtml");
            editor.click(By.xpath("//summary[contains(., 'Start a new curriculum')]"));
            editor.type(By.id("newCurriculum:code"), "Sticks & Stones");
            editor.type(By.id("newCurriculum:nameEn"), "Sticks and Stones IT");
            editor.type(By.id("newCurriculum:nameNe"), "स्टिक्स एन्ड स्टोन्स आईटी");
            editor.type(By.id("newCurriculum:firstLabel"), "2082");
            editor.type(By.id("newCurriculum:summaryEn"), "Child self-protection in three lessons.");
            editor.type(By.id("newCurriculum:summaryNe"), "तीन पाठमा बाल आत्मसुरक्षा।");
            editor.click(By.id("newCurriculum:create"));
            editor.waitForText(By.id("messages"), "lower-case letters");
            editor.click(By.xpath("//summary[contains(., 'Start a new curriculum')]"));
            editor.type(By.id("newCurriculum:code"), "sticks-and-stones-it");
            editor.click(By.id("newCurriculum:create"));
            editor.waitForText(By.id("messages"), "Edition 2082 is started as a draft");

            // publishing an edition without units is refused, and nothing changes
            editor.click(By.id("edition:publish"));
            editor.click(By.cssSelector(".ui-confirmdialog-yes"));
            editor.waitForText(By.id("messages"), "needs at least one unit");

            editor.type(By.id("edition:unitTitleEn"), "Keeping safe");
            editor.type(By.id("edition:unitTitleNe"), "सुरक्षित रहौं");
            editor.click(By.id("edition:addUnit"));
            editor.waitForText(By.id("messages"), "The unit is added.");
            editor.type(By.id("edition:unitTitleEn"), "Getting help");
            editor.type(By.id("edition:unitTitleNe"), "सहयोग पाऔं");
            editor.click(By.id("edition:addUnit"));
            editor.waitForText(By.id("edition"), "Getting help");

            editor.click(By.id("edition:publish"));
            editor.click(By.cssSelector(".ui-confirmdialog-yes"));
            editor.waitForText(By.id("messages"), "has no lessons");

            String editionUrl = editor.currentUrl();
            editor.click(By.xpath("(//a[text()='Add a lesson'])[1]"));
            // a lesson without its Nepali title is refused with the reason
            writeLesson(editor, "Trusted adults", "", List.of("Trusted adults hand", "Radio drama Saathi 1"));
            // the message names the field it is about (issue 18)
            editor.waitForText(By.id("messages"), "Title in Nepali: This text is needed, in English and in Nepali.");
            editor.type(By.id("lesson:titleNe"), "विश्वासिला वयस्क");
            editor.click(By.id("lesson:save"));
            editor.waitForText(By.id("messages"), "The lesson is saved.");
            editor.click(By.xpath("(//a[text()='Add a lesson'])[1]"));
            writeLesson(editor, "False job offers", "झुटा रोजगारीका प्रस्ताव", List.of("Fake job offers leaflet"));
            editor.waitForText(By.id("messages"), "The lesson is saved.");
            editor.click(By.xpath("(//a[text()='Add a lesson'])[2]"));
            writeLesson(editor, "Where to get help", "सहयोग कहाँ पाइन्छ", List.of("Where to get help card"));
            editor.waitForText(By.id("messages"), "The lesson is saved.");
            editor.screenshot("curriculum-editor-edition");

            editor.driver().get(editionUrl);
            editor.click(By.id("edition:publish"));
            editor.click(By.cssSelector(".ui-confirmdialog-yes"));
            editor.waitForText(By.id("messages"), "The edition is published");
            editor.waitForText(By.id("edition"), "Published");
            assertTrue(editor.driver().findElements(By.id("edition:addUnit")).isEmpty(), "a published edition is frozen");
        }
        published = true;
    }

    @Test
    @Order(2)
    void teacherDownloadsAResumableKitMarksLessonsTaughtAndTheClassCompletes() throws Exception {
        assertTrue(published, "the editor's test publishes the edition first");
        long cohortId;
        String kitPath;
        try (Browser teacher = new Browser()) {
            teacher.signInAs(TEACHER, PASSWORD);
            teacher.inNepali();
            teacher.resize(412, 915); // a phone
            teacher.click(By.id("menuTeach"));
            teacher.waitForText(By.tagName("h1"), "मेरा कक्षा");
            teacher.click(By.id("addClass"));
            // the school first, in one of the teacher's places
            teacher.click(By.xpath("//summary[contains(., 'विद्यालय सूचीमा छैन')]"));
            teacher.type(By.id("classForm:schoolName"), "श्री जनता माध्यमिक विद्यालय");
            teacher.choosePlace("classForm:schoolPlace", "लुम्बिनी प्रदेश", "बाँके", "नेपालगंज (उपमहानगरपालिका)", "४");
            teacher.click(By.id("classForm:addSchool"));
            teacher.waitForText(By.id("messages"), "विद्यालय थपियो");
            teacher.type(By.id("classForm:name"), "कक्षा ६ क");
            teacher.type(By.id("classForm:grade"), "6");
            teacher.type(By.id("classForm:girls"), "0");
            teacher.type(By.id("classForm:boys"), "0");
            teacher.click(By.id("classForm:save"));
            teacher.waitForText(By.id("messages"), "कम्तीमा एक जना विद्यार्थी");
            teacher.type(By.id("classForm:girls"), "३"); // Devanagari digits are numbers too
            teacher.type(By.id("classForm:boys"), "2");
            teacher.click(By.id("classForm:save"));
            teacher.waitForText(By.id("messages"), "कक्षा ६ क कक्षा थपियो");

            teacher.waitForText(By.cssSelector(".next-lesson"), "विश्वासिला वयस्क");
            teacher.screenshot("teach-home-ne");
            String href = teacher.find(By.cssSelector("a.kit-download")).getAttribute("href");
            kitPath = href.substring(href.indexOf("/kit/"));
            assertTrue(kitPath.matches("/kit/lesson-\\d+\\.zip"), kitPath);
            String section = teacher.find(By.cssSelector(".class-card")).getAttribute("id");
            cohortId = Long.parseLong(section.substring("class-".length()));

            // the kit as the page links it, with the teacher's session: interrupted, then resumed by curl
            String cookie = teacher.sessionCookie();
            long countedBefore = kitDownloads(kitPath);
            Path dir = Files.createTempDirectory("sachet-kit");
            Path zip = dir.resolve("kit.zip");
            Curl first = Curl.run(dir, "-s", "-D", "-", "-o", zip.toString(), "-r", "0-99999", "-H", "Cookie: " + cookie,
                    TestServer.BASE_URL + kitPath);
            assertTrue(first.headers.startsWith("HTTP/1.1 206"), first.headers);
            assertEquals(100_000, Files.size(zip));
            String etag = first.header("ETag");
            Curl rest = Curl.run(dir, "-s", "-D", "-", "-o", zip.toString(), "-C", "-", "-H", "If-Range: " + etag,
                    "-H", "Cookie: " + cookie, TestServer.BASE_URL + kitPath);
            assertTrue(rest.headers.startsWith("HTTP/1.1 206"), rest.headers);
            assertEquals(etag, rest.header("ETag"), "the same kit, the same ETag");
            byte[] whole = getBytes(kitPath, "Cookie", cookie).body();
            assertArrayEquals(whole, Files.readAllBytes(zip), "the resumed kit is byte for byte the whole kit");
            assertTrue(whole.length > 6_000_000, "the radio drama is in the full kit");

            try (ZipFile kit = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
                List<String> names = kit.stream().map(ZipEntry::getName).toList();
                String folder = "sticks-and-stones-it-2082-lesson-01/";
                assertTrue(names.containsAll(List.of(folder + "index.html", folder + "manifest.json",
                        folder + "plans/lesson-01-ne.pdf", folder + "plans/lesson-01-en.pdf",
                        folder + "materials/" + poster + "-trusted-adults.pdf",
                        folder + "materials/" + radio + "-saathi-episode-1.wav")), names.toString());
                assertEquals(ZipEntry.STORED, kit.getEntry(folder + "materials/" + radio + "-saathi-episode-1.wav").getMethod());
                JsonObject manifest = json(new String(kit.getInputStream(kit.getEntry(folder + "manifest.json"))
                        .readAllBytes(), StandardCharsets.UTF_8));
                assertEquals(2, manifest.getJsonArray("lessons").getJsonObject(0).getJsonArray("materials").size());
                String index = new String(kit.getInputStream(kit.getEntry(folder + "index.html")).readAllBytes(),
                        StandardCharsets.UTF_8);
                assertTrue(index.contains("href=\"plans/lesson-01-ne.pdf\""), index);
                byte[] plan = kit.getInputStream(kit.getEntry(folder + "plans/lesson-01-ne.pdf")).readAllBytes();
                try (PDDocument pdf = Loader.loadPDF(plan)) {
                    String text = new PDFTextStripper().getText(pdf);
                    assertTrue(text.contains("पाठ १: विश्वासिला वयस्क"), text);
                    assertTrue(text.contains("विश्वासिलो हात"), "the plan lists the kit's materials: " + text);
                    Path png = Path.of(System.getProperty("sachet.it.screenshots", "target/screenshots"))
                            .resolve("kit-lesson-plan-ne.png");
                    Files.createDirectories(png.getParent());
                    ImageIO.write(new PDFRenderer(pdf).renderImageWithDPI(0, 110), "png", png.toFile());
                }
            }
            // the lite kit leaves the large audio out and says so
            String lite = kitPath.replace(".zip", "-lite.zip");
            byte[] liteBytes = getBytes(lite, "Cookie", cookie).body();
            assertTrue(liteBytes.length < 1_000_000, "lite: " + liteBytes.length);
            Path liteZip = Files.write(dir.resolve("lite.zip"), liteBytes);
            try (ZipFile kit = new ZipFile(liteZip.toFile(), StandardCharsets.UTF_8)) {
                assertFalse(kit.stream().anyMatch(e -> e.getName().endsWith(".wav")));
                JsonObject manifest = json(new String(kit.getInputStream(kit.getEntry(
                        "sticks-and-stones-it-2082-lesson-01-lite/manifest.json")).readAllBytes(), StandardCharsets.UTF_8));
                assertEquals("LARGE_MEDIA", manifest.getJsonArray("omitted").getJsonObject(0).getString("reason"));
            }
            assertEquals(416, getBytes(kitPath, "Cookie", cookie, "Range", "bytes=" + whole.length + "-").statusCode());
            // a download counts once per person, kit and day, however many ranges it took (issue 18): the first
            // piece, the resumed rest and the whole again are one; another teacher's one-byte probes are one more,
            // and their whole download after it none
            assertEquals(countedBefore + 1, kitDownloads(kitPath), "one teacher, one kit, one day");
            try (Browser other = new Browser()) {
                other.signInAs(OTHER_TEACHER, PASSWORD);
                String otherCookie = other.sessionCookie();
                // a download manager's first pieces, all at once: one of them stores the receipt, the others find it
                List<java.util.concurrent.CompletableFuture<Integer>> pieces = new java.util.ArrayList<>();
                java.util.concurrent.ExecutorService manager = java.util.concurrent.Executors.newFixedThreadPool(6);
                for (int piece = 0; piece < 6; piece++) {
                    String range = "bytes=" + piece + "-" + piece;
                    pieces.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                        try {
                            return getBytes(kitPath, "Cookie", otherCookie, "Range", range).statusCode();
                        } catch (Exception e) {
                            throw new java.util.concurrent.CompletionException(e);
                        }
                    }, manager));
                }
                manager.shutdown();
                for (java.util.concurrent.CompletableFuture<Integer> piece : pieces) {
                    assertEquals(206, piece.join());
                }
                assertEquals(countedBefore + 2, kitDownloads(kitPath), "one-byte probes are bytes sent, counted once");
                assertEquals(200, getBytes(kitPath, "Cookie", otherCookie).statusCode());
                assertEquals(304, getBytes(kitPath, "Cookie", otherCookie, "If-None-Match",
                        getBytes(kitPath, "Cookie", otherCookie, "Range", "bytes=0-0").headers().firstValue("ETag")
                                .orElseThrow()).statusCode());
                assertEquals(countedBefore + 2, kitDownloads(kitPath), "the same person's download that day");
            }

            // bad attendance is refused with the reason in Nepali, and nothing is recorded
            teacher.type(By.xpath("//input[contains(@id, 'mark:girls')]"), "4");
            teacher.click(By.xpath("//button[contains(@id, 'mark:markTaught')]"));
            teacher.waitForText(By.id("messages"), "भर्ना भएका (३) भन्दा धेरै");
            teacher.type(By.xpath("//input[contains(@id, 'mark:girls')]"), "-1");
            teacher.click(By.xpath("//button[contains(@id, 'mark:markTaught')]"));
            teacher.waitForText(By.id("messages"), "ऋणात्मक हुन सक्दैन");
            teacher.type(By.xpath("//input[contains(@id, 'mark:heldOn')]"), "2090-01-01");
            teacher.type(By.xpath("//input[contains(@id, 'mark:girls')]"), "3");
            teacher.click(By.xpath("//button[contains(@id, 'mark:markTaught')]"));
            teacher.waitForText(By.id("messages"), "भविष्यको दिन हुन सक्दैन");
            teacher.waitForText(By.cssSelector(".progress-line"), "० / ३");
        }

        // lesson 1 marked in one window; a stale second window sends the same lesson for the same day: one record
        try (Browser window = new Browser(); Browser stale = new Browser()) {
            window.signInAs(TEACHER, PASSWORD);
            stale.signInAs(TEACHER, PASSWORD);
            window.open("/teaching/index.xhtml");
            stale.open("/teaching/index.xhtml");
            window.type(By.xpath("//input[contains(@id, 'mark:girls')]"), "3");
            window.type(By.xpath("//input[contains(@id, 'mark:boys')]"), "1");
            window.click(By.xpath("//button[contains(@id, 'mark:markTaught')]"));
            window.waitForText(By.id("messages"), "पाठ १ पढाइसकेको टिपोट भयो");
            window.waitForText(By.cssSelector(".progress-line"), "१ / ३");
            stale.click(By.xpath("//button[contains(@id, 'mark:markTaught')]"));
            stale.waitForText(By.id("messages"), "पाठ १ पढाइसकेको टिपोट भयो");
            stale.waitForText(By.cssSelector(".progress-line"), "१ / ३");
            window.open("/teaching/index.xhtml");
            window.waitForText(By.cssSelector(".next-lesson"), "झुटा रोजगारीका प्रस्ताव");
        }

        // another teacher cannot see or print this class; its own teacher prints its attendance sheet
        String sheet = "/teaching/print/attendance/" + cohortId + ".pdf";
        try (Browser other = new Browser()) {
            other.signInAs(OTHER_TEACHER, PASSWORD);
            other.open("/teaching/index.xhtml");
            other.waitForText(By.tagName("h1"), "My classes");
            assertFalse(other.pageText().contains("६ क"), "someone else's class is not listed");
            assertEquals(404, getBytes(sheet, "Cookie", other.sessionCookie()).statusCode());
        }
        try (Browser teacher = new Browser()) {
            teacher.signInAs(TEACHER, PASSWORD);
            HttpResponse<byte[]> printed = getBytes(sheet, "Cookie", teacher.sessionCookie());
            assertEquals("application/pdf", printed.headers().firstValue("Content-Type").orElseThrow());
            try (PDDocument pdf = Loader.loadPDF(printed.body())) {
                assertTrue(new PDFTextStripper().getText(pdf).contains("हाजिरी"), "the sheet in the teacher's Nepali");
            }
        }

        // the teacher downloads lesson 2's kit; the editor withdraws its leaflet; the kit is rebuilt without it
        String lessonTwo;
        try (Browser teacher = new Browser()) {
            teacher.signInAs(TEACHER, PASSWORD);
            teacher.open("/teaching/index.xhtml");
            String href = teacher.find(By.cssSelector("a.kit-download")).getAttribute("href");
            lessonTwo = href.substring(href.indexOf("/kit/"));
            String cookie = teacher.sessionCookie();
            HttpResponse<byte[]> before = getBytes(lessonTwo, "Cookie", cookie);
            assertEquals(200, before.statusCode());
            String etagBefore = before.headers().firstValue("ETag").orElseThrow();
            try (Browser editor = new Browser()) {
                editor.signInAs(EDITOR, PASSWORD);
                editor.inEnglish();
                editor.open("/editor/material.xhtml?id=" + leaflet);
                editor.type(By.id("withdrawForm:reason"), "The job agency named in it is real.");
                editor.click(By.id("withdrawForm:withdraw"));
                editor.waitForText(By.id("messages"), "The material is withdrawn");
            }
            teacher.open("/teaching/index.xhtml");
            teacher.waitForText(By.cssSelector(".kit-changed"), "झुटो रोजगारी पर्चा");
            teacher.screenshot("teach-kit-changed-ne");
            HttpResponse<Void> after = TestServer.head(lessonTwo, "Cookie", cookie);
            assertNotEquals(etagBefore, after.headers().firstValue("ETag").orElseThrow(), "a new kit, a new ETag");
            assertTrue(after.headers().firstValueAsLong("Content-Length").orElseThrow() < before.body().length);
            // downloading the new kit answers the notice
            assertEquals(200, getBytes(lessonTwo, "Cookie", cookie).statusCode());
            teacher.open("/teaching/index.xhtml");
            teacher.waitForText(By.cssSelector(".next-lesson"), "झुटा रोजगारीका प्रस्ताव");
            assertTrue(teacher.driver().findElements(By.cssSelector(".kit-changed")).isEmpty());
        }

        // a kit whose material file has gone from the store names it and is not sent half
        Path stored = storedFile(checklistBytes);
        byte[] keep = Files.readAllBytes(stored);
        Files.delete(stored);
        try {
            HttpResponse<String> listed = get("/api/v1/kits", "Authorization", auth(TEACHER));
            assertEquals(200, listed.statusCode());
            JsonObject lessonThree = jsonArray(listed.body()).stream().map(v -> v.asJsonObject())
                    .filter(k -> k.getString("titleEn").startsWith("Lesson 3:") && !k.getBoolean("lite")).findFirst()
                    .orElseThrow();
            assertEquals("Where to get help card (v1, help.pdf)", lessonThree.getJsonArray("missing").getString(0));
            HttpResponse<String> refused = get("/api/v1/kits/" + lessonThree.getString("id") + ".zip",
                    "Authorization", auth(TEACHER), "Accept-Language", "ne");
            assertEquals(409, refused.statusCode());
            assertTrue(json(refused.body()).getString("message").contains("Where to get help card"), refused.body());
        } finally {
            Files.write(stored, keep);
        }

        // lessons 2 and 3, and the class counts as completed
        try (Browser teacher = new Browser()) {
            teacher.signInAs(TEACHER, PASSWORD);
            teacher.open("/teaching/index.xhtml");
            teacher.click(By.xpath("//button[contains(@id, 'mark:markTaught')]"));
            teacher.waitForText(By.id("messages"), "पाठ २ पढाइसकेको टिपोट भयो");
            teacher.click(By.xpath("//button[contains(@id, 'mark:markTaught')]"));
            teacher.waitForText(By.id("messages"), "सबै पाठ पढिसक्यो");
            teacher.waitForText(By.cssSelector(".class-card"), "पूरा भयो");
            teacher.screenshot("teach-class-completed-ne");
            String certificate = teacher.find(By.xpath("//a[contains(@href, '/teaching/print/certificate/')]"))
                    .getAttribute("href");
            String cookie = teacher.sessionCookie();
            HttpResponse<byte[]> pdf = getBytes(certificate.substring(certificate.indexOf("/teaching/")), "Cookie", cookie);
            try (PDDocument document = Loader.loadPDF(pdf.body())) {
                assertTrue(new PDFTextStripper().getText(document).contains("श्री जनता माध्यमिक विद्यालय"));
            }
        }
        JsonObject reach = json(get("/api/v1/reach/sticks-and-stones", "Authorization", auth(MANAGER)).body());
        assertEquals(1, reach.getInt("classesCompleted"));
        assertEquals(3, reach.getInt("girlsCompleted"));
        assertEquals(2, reach.getInt("boysCompleted"));
        assertTrue(reach.getJsonNumber("kitDownloads").longValue() >= 4, reach.toString());
        assertTrue(reach.getJsonObject("kitDownloadsByKit").getJsonNumber(kitPath.replaceAll(".*/(lesson-\\d+)\\.zip", "$1"))
                .longValue() >= 1, "counted per kit: " + reach);
        assertEquals(403, get("/api/v1/reach/sticks-and-stones", "Authorization", auth(TEACHER)).statusCode());
    }

    @Test
    @Order(3)
    void theKitApiListsSizesAndETagsThatTheDownloadsKeep() throws Exception {
        assertTrue(published, "the editor's test publishes the edition first");
        assertEquals(401, get("/api/v1/kits").statusCode());
        HttpResponse<String> listed = get("/api/v1/kits", "Authorization", auth(TEACHER));
        List<JsonObject> kits = jsonArray(listed.body()).stream().map(v -> v.asJsonObject())
                .filter(k -> k.getString("fileName").startsWith("sticks-and-stones-it-")).toList();
        // the edition, 2 units and 3 lessons, full and lite
        assertEquals(12, kits.size(), listed.body());
        for (JsonObject kit : kits) {
            String path = "/api/v1/kits/" + kit.getString("id") + ".zip";
            HttpResponse<Void> head = TestServer.head(path, "Authorization", auth(TEACHER));
            assertEquals(200, head.statusCode(), path);
            assertEquals(kit.getJsonNumber("size").longValue(), head.headers().firstValueAsLong("Content-Length")
                    .orElseThrow(), path);
            assertEquals("\"" + kit.getString("etag") + "\"", head.headers().firstValue("ETag").orElseThrow());
            assertEquals("application/zip", head.headers().firstValue("Content-Type").orElseThrow());
        }
        JsonObject edition = kits.stream().filter(k -> k.getString("scope").equals("EDITION") && !k.getBoolean("lite"))
                .findFirst().orElseThrow();
        String path = "/api/v1/kits/" + edition.getString("id") + ".zip";
        byte[] whole = getBytes(path, "Authorization", auth(TEACHER)).body();
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(whole)).length(), 64);
        try (ZipFile zip = new ZipFile(Files.write(Files.createTempFile("edition", ".zip"), whole).toFile())) {
            assertEquals(3, zip.stream().filter(e -> e.getName().matches(".*/plans/lesson-0\\d-ne\\.pdf")).count());
        }
        assertEquals(404, get("/api/v1/kits/lesson-999999.zip", "Authorization", auth(TEACHER)).statusCode());

        // the editions API: everyone reads published editions; editors revise, and a published one never changes
        JsonObject ours = jsonArray(get("/api/v1/editions", "Authorization", auth(TEACHER)).body()).stream()
                .map(v -> v.asJsonObject()).filter(e -> e.getString("curriculumCode").equals("sticks-and-stones-it"))
                .findFirst().orElseThrow();
        assertEquals("PUBLISHED", ours.getString("state"));
        long editionId = ours.getJsonNumber("id").longValue();
        long lessonId = ours.getJsonArray("units").getJsonObject(0).getJsonArray("lessons").getJsonObject(0)
                .getJsonNumber("id").longValue();
        assertEquals(403, TestServer.postJson("/api/v1/editions/" + editionId + "/revisions", "{\"label\": \"2083\"}",
                "Authorization", auth(TEACHER)).statusCode());
        HttpResponse<String> taken = TestServer.postJson("/api/v1/editions/" + editionId + "/revisions",
                "{\"label\": \"2082\"}", "Authorization", auth(EDITOR), "Accept-Language", "ne");
        assertEquals(400, taken.statusCode());
        assertEquals("edition.label.taken", json(taken.body()).getString("code"));
        assertTrue(json(taken.body()).getString("message").contains("संस्करण"), "in Nepali: " + taken.body());
        HttpResponse<String> frozen = TestServer.putJson("/api/v1/editions/lessons/" + lessonId,
                "{\"titleEn\": \"Changed\", \"titleNe\": \"बदलियो\", \"ageGroup\": \"10-14\", \"minutes\": 45}",
                "Authorization", auth(EDITOR));
        assertEquals(400, frozen.statusCode());
        assertEquals("edition.notDraft", json(frozen.body()).getString("code"), frozen.body());

        // in English: the curriculum with its kits, and the teacher's completed class
        try (Browser teacher = new Browser()) {
            teacher.signInAs(TEACHER, PASSWORD);
            teacher.inEnglish();
            teacher.click(By.id("menuCurriculum"));
            teacher.waitForText(By.cssSelector(".edition"), "Sticks and Stones IT · 2082");
            assertTrue(teacher.pageText().contains("Every lesson in one kit ("), teacher.pageText());
            assertTrue(teacher.pageText().contains("Lesson 3") || teacher.pageText().contains("Where to get help"));
            teacher.screenshot("curriculum-en");
            teacher.click(By.id("menuTeach"));
            teacher.waitForText(By.cssSelector(".class-card"), "Completed");
            teacher.screenshot("teach-home-en");
            // a student joined: the teacher changes the class's enrolment; nobody else's class can be opened
            teacher.click(By.cssSelector(".taught-lessons summary"));
            teacher.click(By.cssSelector("a.edit-class"));
            teacher.type(By.id("classForm:boys"), "-3");
            teacher.click(By.id("classForm:save"));
            teacher.waitForText(By.id("messages"), "between 0 and 300");
            teacher.type(By.id("classForm:boys"), "3");
            teacher.click(By.id("classForm:save"));
            teacher.waitForText(By.id("messages"), "is saved.");
            teacher.waitForText(By.cssSelector(".class-card"), "boys 3");
        }
        try (Browser other = new Browser()) {
            other.signInAs(OTHER_TEACHER, PASSWORD);
            other.inEnglish();
            other.open("/teaching/class.xhtml?id=" + cohortOf(TEACHER));
            other.waitForText(By.cssSelector(".notice"), "This is not one of your classes.");
            assertTrue(other.driver().findElements(By.id("classForm:save")).isEmpty());
        }
        // the editor revises the edition as a new draft from the page: the lessons are copied, and can change
        try (Browser editor = new Browser()) {
            editor.signInAs(EDITOR, PASSWORD);
            editor.inEnglish();
            editor.click(By.id("menuEditions"));
            editor.type(By.id("editions:newLabel"), "2083");
            editor.click(By.xpath("//tr[contains(., 'Sticks and Stones IT')]//button[contains(@id, 'revise')]"));
            editor.waitForText(By.id("messages"), "Edition 2083 is a new draft");
            editor.waitForText(By.id("edition"), "Where to get help");
            editor.click(By.xpath("//li[contains(., 'Where to get help')]//a[text()='Remove']"));
            editor.click(By.cssSelector(".ui-confirmdialog-yes"));
            editor.waitForText(By.id("messages"), "The lesson is removed.");
            assertFalse(editor.find(By.id("edition")).getText().contains("Where to get help"));
            editor.click(By.xpath("(//details[contains(@class, 'rename-unit')]/summary)[2]"));
            editor.type(By.xpath("(//input[contains(@id, 'renameNe')])[2]"), "सहयोग खोजौं");
            editor.click(By.xpath("(//button[contains(@id, ':rename')])[2]"));
            editor.waitForText(By.id("messages"), "The unit is renamed.");
            editor.waitForText(By.id("edition"), "Getting help · सहयोग खोजौं");
            editor.screenshot("curriculum-editor-revision");
        }
        // the published edition is untouched: its kits are as they were
        assertEquals(200, TestServer.head("/api/v1/kits/" + edition.getString("id") + ".zip", "Authorization",
                auth(TEACHER)).statusCode());
        assertEquals("\"" + edition.getString("etag") + "\"", TestServer.head("/api/v1/kits/" + edition.getString("id")
                + ".zip", "Authorization", auth(TEACHER)).headers().firstValue("ETag").orElseThrow());
        assertEquals(404, get("/api/v1/kits/../../etc/passwd.zip", "Authorization", auth(TEACHER)).statusCode());
    }

    @Test
    @Order(4)
    void everyClassCardMarksItsOwnLessonWithWhatWasTypedOnIt() throws Exception {
        assertTrue(published, "the editor's test publishes the edition first");
        try (Browser teacher = new Browser()) {
            teacher.signInAs(THREE_CLASS_TEACHER, PASSWORD);
            teacher.inEnglish();
            teacher.open("/teaching/class.xhtml");
            teacher.click(By.cssSelector("#newSchool summary"));
            teacher.type(By.id("classForm:schoolName"), "Shree Saraswati Secondary School");
            teacher.choosePlace("classForm:schoolPlace", "Lumbini Province", "Banke", "Nepalgunj (Sub-metropolitan city)",
                    "5");
            teacher.click(By.id("classForm:addSchool"));
            teacher.waitForText(By.id("messages"), "added");
            addClass(teacher, "Grade 6 Sunflower", "10", "10");
            for (String[] c : List.of(new String[] {"Grade 7 Rhododendron", "12", "8"},
                    new String[] {"Grade 8 Lotus", "5", "6"})) {
                teacher.open("/teaching/class.xhtml");
                addClass(teacher, c[0], c[1], c[2]);
            }
            teacher.open("/teaching/index.xhtml");
            String sunflower = card("Grade 6 Sunflower");
            String rhododendron = card("Grade 7 Rhododendron");
            String lotus = card("Grade 8 Lotus");
            String today = teacher.find(By.xpath(sunflower + "//input[contains(@id, 'mark:heldOn')]"))
                    .getAttribute("value");

            // bad input on each card is refused on that card, and nothing is recorded anywhere
            markOn(teacher, sunflower, "", "3", "4");
            teacher.waitForText(By.id("messages"), "Please enter a date.");
            markOn(teacher, rhododendron, null, "99999", "1");
            teacher.waitForText(By.id("messages"), "No more than 10,000 in one group");
            markOn(teacher, lotus, null, "2", "-3");
            teacher.waitForText(By.id("messages"), "Counts cannot be negative.");
            markOn(teacher, sunflower, today, "<script>alert(1)</script>", "4");
            teacher.waitForText(By.id("messages"), "Girls present: please enter a whole number.");
            markOn(teacher, rhododendron, null, "", "");
            teacher.waitForText(By.id("messages"), "Girls present: a value is needed.");
            assertTrue(teacher.driver().findElements(By.xpath("//script[contains(., 'alert(1)')]")).isEmpty());
            for (String card : List.of(sunflower, rhododendron, lotus)) {
                teacher.waitForText(By.xpath(card + "//p[@class='progress-line']"), "0 / 3");
            }
            assertEquals(0, taughtBy(THREE_CLASS_TEACHER).size(), "a refused card records nothing");

            // each card's own figures, first card first, and in Nepali with Devanagari digits
            markOn(teacher, sunflower, null, "3", "4");
            teacher.waitForText(By.id("messages"), "Lesson 1 is marked taught for Grade 6 Sunflower.");
            markOn(teacher, rhododendron, null, "7", "5");
            teacher.waitForText(By.id("messages"), "Lesson 1 is marked taught for Grade 7 Rhododendron.");
            teacher.inNepali();
            markOn(teacher, lotus, "", "२", "६");
            teacher.waitForText(By.id("messages"), "कृपया मिति लेख्नुहोस्।");
            markOn(teacher, lotus, today, "९९", "६");
            teacher.waitForText(By.id("messages"), "भर्ना भएका (५) भन्दा धेरै");
            markOn(teacher, lotus, null, "२", "६");
            teacher.waitForText(By.id("messages"), "Grade 8 Lotus का लागि पाठ १ पढाइसकेको टिपोट भयो।");
            for (String card : List.of(sunflower, rhododendron, lotus)) {
                teacher.waitForText(By.xpath(card + "//p[@class='progress-line']"), "१ / ३");
            }
            teacher.screenshot("teach-three-classes-ne");
            // lessons come in order: the next one dated before the lesson taught before it is refused (issue 18)
            markOn(teacher, sunflower, "२०८३-०१-०१", "३", "४");
            teacher.waitForText(By.id("messages"), "यसभन्दा अघिको पाठ");
        }
        List<String> stored = taughtBy(THREE_CLASS_TEACHER).stream()
                .map(s -> s.getJsonObject("participants"))
                .map(p -> p.getInt("girlsUnder18") + "/" + p.getInt("boysUnder18")).sorted().toList();
        assertEquals(List.of("2/6", "3/4", "7/5"), stored, "each class keeps what was typed on its own card");
    }

    @Test
    @Order(5)
    void aKitHoldsOnlyWhatItsDownloaderMaySeeAndFollowsAVisibilityChange() throws Exception {
        assertTrue(published, "the editor's test publishes the edition first");
        String lessonThree = jsonArray(get("/api/v1/kits", "Authorization", auth(TEACHER)).body()).stream()
                .map(v -> v.asJsonObject()).filter(k -> k.getString("titleEn").startsWith("Lesson 3:")
                        && !k.getBoolean("lite") && k.getString("fileName").startsWith("sticks-and-stones-it-2082"))
                .findFirst().orElseThrow().getString("id");
        String help = "materials/" + checklist + "-help.pdf";
        assertTrue(kitEntries(lessonThree, TEACHER).stream().anyMatch(e -> e.endsWith(help)), "a teachers' material");

        // narrowed to programme staff (through review, like every change of a published material)
        try (Browser editor = new Browser()) {
            editor.signInAs(EDITOR, PASSWORD);
            editor.inEnglish();
            editor.open("/editor/material.xhtml?id=" + checklist);
            new org.openqa.selenium.support.ui.Select(editor.find(By.id("describeForm:visibility"))).selectByValue("STAFF");
            editor.click(By.id("describeForm:save"));
            editor.waitForText(By.id("messages"), "waits for a reviewer");
        }
        assertTrue(kitEntries(lessonThree, TEACHER).stream().anyMatch(e -> e.endsWith(help)), "not yet approved");
        try (Browser reviewer = new Browser()) {
            reviewer.signInAs(REVIEWER, PASSWORD);
            reviewer.inEnglish();
            reviewer.open("/review/index.xhtml");
            reviewer.click(By.xpath("//table[@id='descriptionQueue']//a[text()='Where to get help card']"));
            reviewer.waitForText(By.id("visibilityRow"), "Programme staff");
            reviewer.click(By.id("decisionForm:approve"));
            reviewer.waitForText(By.id("messages"), "The new description is published.");
        }
        List<String> teachers = kitEntries(lessonThree, TEACHER);
        assertTrue(teachers.stream().noneMatch(e -> e.contains("materials/" + checklist + "-")), teachers.toString());
        try (ZipFile kit = kitZip(lessonThree, TEACHER)) {
            String manifest = new String(kit.getInputStream(kit.stream().filter(e -> e.getName().endsWith("manifest.json"))
                    .findFirst().orElseThrow()).readAllBytes(), StandardCharsets.UTF_8);
            assertFalse(manifest.contains("Where to get help card"), "not even named: " + manifest);
        }
        assertTrue(kitEntries(lessonThree, MANAGER).stream().anyMatch(e -> e.endsWith(help)), "staff still get it");
    }

    private static List<String> kitEntries(String kitId, String who) throws Exception {
        try (ZipFile kit = kitZip(kitId, who)) {
            return kit.stream().map(ZipEntry::getName).toList();
        }
    }

    private static ZipFile kitZip(String kitId, String who) throws Exception {
        HttpResponse<byte[]> zip = getBytes("/api/v1/kits/" + kitId + ".zip", "Authorization", auth(who));
        assertEquals(200, zip.statusCode());
        return new ZipFile(Files.write(Files.createTempFile("kit", ".zip"), zip.body()).toFile(), StandardCharsets.UTF_8);
    }

    private static void addClass(Browser teacher, String name, String girls, String boys) {
        new org.openqa.selenium.support.ui.Select(teacher.find(By.id("classForm:school"))).getOptions().stream()
                .filter(o -> o.getText().startsWith("Shree Saraswati Secondary School")).findFirst().orElseThrow().click();
        teacher.type(By.id("classForm:name"), name);
        teacher.type(By.id("classForm:grade"), name.substring(6, 7));
        teacher.type(By.id("classForm:girls"), girls);
        teacher.type(By.id("classForm:boys"), boys);
        teacher.click(By.id("classForm:save"));
        teacher.waitForText(By.id("messages"), "The class " + name + " is added.");
    }

    /** The XPath of the class card with this name. */
    private static String card(String className) {
        return "//section[contains(@class, 'class-card')][h2[contains(., '" + className + "')]]";
    }

    /** Types on one card (null leaves a field as it is) and presses its "mark taught". */
    private static void markOn(Browser teacher, String card, String date, String girls, String boys) {
        if (date != null) {
            teacher.type(By.xpath(card + "//input[contains(@id, 'mark:heldOn')]"), date);
        }
        teacher.type(By.xpath(card + "//input[contains(@id, 'mark:girls')]"), girls);
        teacher.type(By.xpath(card + "//input[contains(@id, 'mark:boys')]"), boys);
        teacher.click(By.xpath(card + "//button[contains(@id, 'mark:markTaught')]"));
    }

    /** The lessons this teacher recorded as taught, as the sync API gives them back. */
    private static List<JsonObject> taughtBy(String teacher) throws Exception {
        return TestServer.ownSessions(auth(teacher)).stream()
                .filter(s -> s.getString("kind").equals("STICKS_AND_STONES_LESSON")).toList();
    }

    /** The id of the teacher's (only) class, from their home page. */
    private static long cohortOf(String teacher) {
        try (Browser browser = new Browser()) {
            browser.signInAs(teacher, PASSWORD);
            browser.open("/teaching/index.xhtml");
            return Long.parseLong(browser.find(By.cssSelector(".class-card")).getAttribute("id").substring("class-".length()));
        }
    }

    /** The stored file with these bytes, found by its SHA-256 in the file store. */
    private static Path storedFile(byte[] content) throws Exception {
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        try (Stream<Path> files = Files.walk(DATA.resolve("files"))) {
            return files.filter(p -> p.getFileName().toString().startsWith(sha)).findFirst()
                    .orElseThrow(() -> new AssertionError("no stored file " + sha));
        }
    }

    /** One curl run in a folder: what it printed (the response headers with {@code -D -}) and its exit. */
    private record Curl(String headers) {

        static Curl run(Path dir, String... arguments) throws IOException, InterruptedException {
            List<String> command = new ArrayList<>(List.of("curl", "--http1.1"));
            command.addAll(List.of(arguments));
            Process curl = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            String out = new String(curl.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertTrue(curl.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, curl.exitValue(), out);
            return new Curl(out);
        }

        String header(String name) {
            return headers.lines().filter(l -> l.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                    .map(l -> l.substring(name.length() + 1).strip()).reduce((a, b) -> b).orElseThrow();
        }
    }
}
