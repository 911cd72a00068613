package org.sachet.it;

import jakarta.json.JsonObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.sachet.content.demo.DemoFiles;
import org.sachet.templates.pdf.PdfPrinter;
import org.sachet.templates.pdf.PrintDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sachet.it.TestServer.basic;
import static org.sachet.it.TestServer.get;
import static org.sachet.it.TestServer.json;
import static org.sachet.it.TestServer.getBytes;

/**
 * The materials catalogue end to end: an editor uploads, the file is read and scanned, a reviewer clears a
 * finding and publishes, a teacher finds the material by a Nepali word and resumes a broken download; bad
 * uploads are refused with clear messages and leave nothing behind.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogueIT {

    private static final String EDITOR = "sita.editor";
    private static final String EDITOR_PASSWORD = "Editor-pass-2081";
    private static final String REVIEWER = "rama.reviewer";
    private static final String REVIEWER_PASSWORD = "Reviewer-pass-2081";
    private static final String TEACHER = "kamala.teacher";
    private static final String TEACHER_PASSWORD = "Teacher-pass-2081";
    private static final Path DATA = Path.of(System.getProperty("sachet.it.dataDir", "target/it-data"));

    private static void accounts() {
        TestAccounts.make(
                new TestAccounts.Account(EDITOR, "Sita Gurung", EDITOR_PASSWORD, "Content editor", "Bagmati Province",
                        "Kathmandu"),
                new TestAccounts.Account(REVIEWER, "Rama Thapa", REVIEWER_PASSWORD, "Safeguarding reviewer",
                        "Bagmati Province", "Lalitpur"),
                new TestAccounts.Account(TEACHER, "Kamala Tharu", TEACHER_PASSWORD, "Teacher", "Lumbini Province",
                        "Banke"));
    }

    /** Waits until the file of the material's newest version has been read (or failed to be). */
    private static JsonObject awaitExtraction(long materialId) throws Exception {
        for (int i = 0; i < 120; i++) {
            HttpResponse<String> latest = get("/api/v1/materials/" + materialId + "/versions/latest",
                    "Authorization", basic(EDITOR, EDITOR_PASSWORD));
            JsonObject version = json(latest.body());
            if (!version.getString("extraction").equals("PENDING")) {
                return version;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("material " + materialId + " was not read within a minute");
    }

    private static Path write(Path dir, String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void editorUploadsReviewerClearsAFindingAndTeacherFindsAndResumesTheDownload() throws Exception {
        accounts();
        Path dir = Files.createTempDirectory("sachet-upload");
        byte[] docx = DemoFiles.docx("मायाको यात्रा", "कार्यक्रम टोली", List.of(
                "माया बाह्र वर्षकी छिन्। एक जना मान्छेले सहरको कार्पेट कारखानामा काम दिने कुरा गरे।",
                "ती मान्छेको फोन नम्बर ९८४१२३४५६७ हो।"));
        Path docxFile = write(dir, "मायाको-यात्रा.docx", docx);
        // a Nepali PDF as the app prints them (shaped Devanagari, fonts embedded)
        Path pdfFile = write(dir, "सुरक्षित-आप्रवासन-निर्देशिका.pdf", PdfPrinter.print(PrintDocument.builder(
                "सुरक्षित आप्रवासन निर्देशिका", "कार्यक्रम टोली", Instant.parse("2026-11-01T00:00:00Z"))
                .paragraph("विदेश जानुअघि म्यानपावर कम्पनीको इजाजतपत्र र सम्झौता पत्र जाँच गर्नुहोस्।")
                .bullets(List.of("राहदानी आफैंसँग राख्नुहोस्।", "अभिमुखीकरण तालिम लिनुहोस्।")).build()));
        try (Browser editor = new Browser()) {
            editor.signInAs(EDITOR, EDITOR_PASSWORD);
            editor.open("/editor/upload.xhtml");
            editor.waitForText(By.tagName("h1"), "Upload materials");
            editor.present(By.id("uploadForm:files_input"))
                    .sendKeys(docxFile.toString() + "\n" + pdfFile.toString());
            editor.waitForText(By.id("received"), "सुरक्षित-आप्रवासन-निर्देशिका.pdf");
            editor.waitForText(By.id("received"), "मायाको-यात्रा.docx");
            editor.screenshot("catalogue-upload");

            String docxPage = editor.find(By.xpath("//tr[contains(., 'मायाको-यात्रा.docx')]//a[contains(@class, 'describe-link')]"))
                    .getAttribute("href");

            // the PDF's text and metadata, read by Tika in a child JVM, in Nepali as printed
            editor.click(By.xpath("//tr[contains(., 'सुरक्षित-आप्रवासन-निर्देशिका.pdf')]//a[contains(@class, 'describe-link')]"));
            editor.waitForText(By.id("extractionState"), "Text found");
            assertTrue(editor.present(By.id("extractedText")).getAttribute("textContent").contains("इजाजतपत्र"),
                    "the Nepali words come out of the PDF as typed");
            assertTrue(editor.pageText().contains("सुरक्षित आप्रवासन निर्देशिका"), "the PDF's title is shown");
            editor.waitForText(By.id("findingSummary"), "No personal data found.");
            editor.screenshot("catalogue-editor-nepali-pdf");

            editor.driver().get(docxPage);
            editor.waitForText(By.id("extractionState"), "Text found");
            editor.waitForText(By.id("findingSummary"), "Open findings: 1");
            assertTrue(editor.pageText().contains("९८४१२३४५६७"), "the finding shows the number in its context");
            assertTrue(editor.present(By.id("extractedText")).getAttribute("textContent")
                    .contains("कारखानामा"), "the text found in the file is shown (folded away)");
            editor.type(By.id("describeForm:titleEnglish"), "Maya's journey");
            editor.type(By.id("describeForm:titleNepali"), "मायाको यात्रा");
            editor.type(By.id("describeForm:summary"), "A story about a false job offer.");
            editor.click(By.id("describeForm:submit"));
            editor.waitForText(By.id("messages"), "Choose at least one topic");
            editor.click(By.xpath("//label[contains(., 'Child trafficking')]"));
            editor.click(By.xpath("//label[text()='Children']"));
            editor.click(By.xpath("//label[text()='Nepali']"));
            new org.openqa.selenium.support.ui.Select(editor.find(By.id("describeForm:visibility")))
                    .selectByVisibleText("Teachers");
            editor.click(By.id("describeForm:submit"));
            editor.waitForText(By.id("messages"), "Sent for review.");
            editor.waitForText(By.id("latestState"), "In review");
            editor.screenshot("catalogue-editor-material");
        }
        long materialId = -1;
        try (Browser reviewer = new Browser()) {
            reviewer.signInAs(REVIEWER, REVIEWER_PASSWORD);
            reviewer.inNepali();
            reviewer.waitForText(By.id("menuReview"), "समीक्षा");
            reviewer.open("/review/index.xhtml");
            reviewer.click(By.linkText("मायाको यात्रा"));
            reviewer.waitForText(By.id("findingSummary"), "खुला कुरा: १");
            materialId = Long.parseLong(reviewer.currentUrl().replaceAll(".*id=(\\d+).*", "$1"));
            reviewer.click(By.id("decisionForm:publish"));
            reviewer.waitForText(By.id("messages"), "खुला सुरक्षा सम्बन्धी कुरा");
            reviewer.screenshot("catalogue-review-finding-ne");
            reviewer.type(By.xpath("//input[contains(@id, ':note')]"), "यो काल्पनिक कथाको नम्बर हो, वास्तविक व्यक्तिको होइन।");
            reviewer.click(By.xpath("//button[contains(@id, ':clear')]"));
            reviewer.waitForText(By.id("messages"), "भेटिएको कुरा हटाइयो।");
            reviewer.click(By.id("decisionForm:publish"));
            reviewer.waitForText(By.id("reviewState"), "प्रकाशित");
            reviewer.screenshot("catalogue-review-published-ne");
        }
        // the version id from the review page; the material's own id comes from the catalogue search below
        HttpResponse<String> anonymous = get("/api/v1/materials?q=" + URLEncoder.encode("कारखाना", StandardCharsets.UTF_8));
        assertEquals(0, json(anonymous.body()).getInt("total"), "a teachers' material is not public");
        HttpResponse<String> found = get("/api/v1/materials?q=" + URLEncoder.encode("कारखाना", StandardCharsets.UTF_8),
                "Authorization", basic(TEACHER, TEACHER_PASSWORD));
        JsonObject search = json(found.body());
        assertEquals(1, search.getInt("total"), found.body());
        JsonObject hit = search.getJsonArray("items").getJsonObject(0);
        assertTrue(hit.getString("snippet").contains("<mark>"), hit.getString("snippet"));
        long id = hit.getJsonObject("material").getJsonNumber("id").longValue();

        try (Browser teacher = new Browser()) {
            teacher.signInAs(TEACHER, TEACHER_PASSWORD);
            teacher.inNepali();
            teacher.open("/catalogue/index.xhtml");
            teacher.type(By.id("q"), "कारखाना");
            teacher.click(By.id("searchButton"));
            teacher.waitForText(By.id("results"), "मायाको यात्रा");
            assertTrue(teacher.find(By.cssSelector(".snippet mark")).getText().contains("कारखाना"),
                    "the snippet marks the word found");
            teacher.screenshot("catalogue-search-ne");
            teacher.type(By.id("q"), "xyzzy");
            teacher.click(By.id("searchButton"));
            teacher.waitForText(By.id("resultCount"), "भेटिएका सामग्री: ०");
            assertFalse(teacher.find(By.id("results")).getText().contains("मायाको यात्रा"));
            teacher.type(By.id("q"), "कारखाना");
            teacher.click(By.id("searchButton"));
            teacher.waitForText(By.id("results"), "मायाको यात्रा");
            teacher.click(By.partialLinkText("मायाको यात्रा"));
            teacher.waitForText(By.id("download"), "डाउनलोड");
            teacher.screenshot("catalogue-material-ne");
        }

        // a broken download resumes: first bytes, then the rest with If-Range, the same bytes as uploaded
        String path = "/api/v1/materials/" + id + "/file";
        String teacherAuth = basic(TEACHER, TEACHER_PASSWORD);
        HttpResponse<byte[]> first = getBytes(path, "Authorization", teacherAuth, "Range", "bytes=0-499");
        assertEquals(206, first.statusCode());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertEquals("\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(docx)) + "\"", etag);
        assertTrue(first.headers().firstValue("Content-Disposition").orElseThrow()
                .contains("filename*=UTF-8''%E0%A4%AE"), "the Nepali file name is kept");
        HttpResponse<byte[]> rest = getBytes(path, "Authorization", teacherAuth, "Range", "bytes=500-", "If-Range", etag);
        assertEquals(206, rest.statusCode());
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        whole.writeBytes(first.body());
        whole.writeBytes(rest.body());
        assertArrayEquals(docx, whole.toByteArray());
        assertArrayEquals(docx, getBytes(path, "Authorization", teacherAuth).body());
        assertArrayEquals(Arrays.copyOfRange(docx, 100, 300), getBytes(path, "Authorization", teacherAuth,
                "Range", "bytes=100-299").body());
        assertEquals(304, getBytes(path, "Authorization", teacherAuth, "If-None-Match", etag).statusCode());
        assertEquals(416, getBytes(path, "Authorization", teacherAuth, "Range", "bytes=999999-").statusCode());
        assertEquals(docx.length, TestServer.head(path, "Authorization", teacherAuth).headers()
                .firstValueAsLong("Content-Length").orElseThrow());
        assertEquals(404, getBytes(path).statusCode(), "anonymous visitors cannot download a teachers' material");
        assertTrue(materialId > 0);

        // withdrawn at once: no longer found, no longer downloadable; a reason is required
        try (Browser editor = new Browser()) {
            editor.signInAs(EDITOR, EDITOR_PASSWORD);
            editor.open("/editor/material.xhtml?id=" + id);
            // counted by role, never by person: the first piece of the resumed download and the HTTP/2 one
            editor.waitForText(By.id("downloads"), "Downloads: 2 (Teacher 2)");
            editor.click(By.id("withdrawForm:withdraw"));
            editor.waitForText(By.id("messages"), "Fill this in.");
            editor.type(By.id("withdrawForm:reason"), "The story names a real village; a new edition follows.");
            editor.click(By.id("withdrawForm:withdraw"));
            editor.waitForText(By.id("messages"), "The material is withdrawn");
            editor.waitForText(By.id("history"), "Withdrawn");
            editor.screenshot("catalogue-withdrawn");
        }
        assertEquals(0, json(get("/api/v1/materials?q=" + URLEncoder.encode("कारखाना", StandardCharsets.UTF_8),
                "Authorization", teacherAuth).body()).getInt("total"));
        assertEquals(404, getBytes(path, "Authorization", teacherAuth).statusCode());
    }

    @Test
    void aPublishedMaterialStaysWhileItsNewVersionIsReviewedAndTheWatchListCatchesANameInIt() throws Exception {
        accounts();
        String editorAuth = basic(EDITOR, EDITOR_PASSWORD);
        byte[] first = DemoFiles.pdf("Safe journeys", "Sachet IT", List.of("Ask three questions before you travel.",
                "Keep a copy of your passport with your family."));
        HttpResponse<String> created = new Multipart().file("safe-journeys.pdf", first)
                .field("titleEnglish", "Safe journeys poster").field("titleNepali", "सुरक्षित यात्रा पोस्टर")
                .field("summary", "Three questions before travelling for work.").field("type", "POSTER")
                .field("visibility", "PUBLIC").field("topics", "SAFE_MIGRATION").field("audiences", "COMMUNITY")
                .field("languages", "en").post(editorAuth);
        assertEquals(201, created.statusCode(), created.body());
        long id = json(created.body()).getJsonNumber("id").longValue();
        long versionOne = json(created.body()).getJsonObject("file").getJsonNumber("versionId").longValue();
        awaitExtraction(id);
        assertEquals(200, TestServer.post("/api/v1/versions/" + versionOne + "/submit", "Authorization", editorAuth).statusCode());

        try (Browser reviewer = new Browser()) {
            reviewer.signInAs(REVIEWER, REVIEWER_PASSWORD);
            reviewer.inEnglish();
            reviewer.open("/review/index.xhtml");
            reviewer.click(By.linkText("Safe journeys poster"));
            reviewer.waitForText(By.id("findingSummary"), "No personal data found.");
            // the PDF is previewed beside the findings, from the version's own inline download
            String preview = reviewer.present(By.cssSelector(".preview iframe")).getAttribute("src");
            assertTrue(preview.endsWith("/download/version/" + versionOne + "?inline"), preview);
            HttpResponse<byte[]> inline = TestServer.getBytes(preview.substring(preview.indexOf("/download")),
                    "Cookie", "JSESSIONID=" + reviewer.driver().manage().getCookieNamed("JSESSIONID").getValue());
            assertEquals("application/pdf", inline.headers().firstValue("Content-Type").orElseThrow());
            assertTrue(inline.headers().firstValue("Content-Disposition").orElseThrow().startsWith("inline"));
            assertArrayEquals(first, inline.body());
            reviewer.screenshot("catalogue-review-preview");
            reviewer.click(By.id("decisionForm:publish"));
            reviewer.waitForText(By.id("reviewState"), "Published");
        }

        // anyone finds it through a facet, in English
        try (Browser visitor = new Browser()) {
            visitor.open("/catalogue/index.xhtml");
            visitor.waitForText(By.id("results"), "Safe journeys poster");
            // a search link with a Nepali word in it (the container must read the query string as UTF-8)
            visitor.open("/catalogue/index.xhtml?q=" + URLEncoder.encode("यात्रा", StandardCharsets.UTF_8));
            assertEquals("यात्रा", visitor.find(By.id("q")).getAttribute("value"));
            visitor.waitForText(By.id("results"), "Safe journeys poster");
            visitor.type(By.id("q"), "passport");
            visitor.click(By.id("searchButton"));
            visitor.waitForText(By.cssSelector(".snippet mark"), "passport");
            // the facet narrows the search and says so: its box comes back ticked from the server
            visitor.click(By.xpath("//label[starts-with(normalize-space(.), 'Poster (')]"));
            visitor.present(By.xpath("//input[@type='checkbox' and @value='POSTER' and @checked]"));
            visitor.waitForText(By.id("results"), "Safe journeys poster");
            visitor.screenshot("catalogue-facet-en");
        }

        // a second edition goes through review while the first stays published
        Path dir = Files.createTempDirectory(DATA, "upload");
        byte[] second = DemoFiles.pdf("Safe journeys", "Sachet IT", List.of("Ask three questions before you travel.",
                "Bimala Rai told us how an agent kept her passport."));
        Path secondFile = write(dir, "safe-journeys-2.pdf", second);
        try (Browser editor = new Browser()) {
            editor.signInAs(EDITOR, EDITOR_PASSWORD);
            editor.inEnglish();
            editor.open("/editor/material.xhtml?id=" + id);
            editor.present(By.id("versionForm:newVersion_input")).sendKeys(secondFile.toString());
            editor.waitForText(By.id("messages"), "Version 2 uploaded.");
            editor.waitForText(By.id("extractionState"), "Text found");
            editor.click(By.id("describeForm:submit"));
            editor.waitForText(By.id("latestState"), "In review");
            editor.screenshot("catalogue-second-version");
        }
        JsonObject stillPublished = json(get("/api/v1/materials/" + id).body());
        assertEquals(1, stillPublished.getJsonObject("file").getInt("number"), "version 1 is still the one served");
        assertArrayEquals(first, getBytes("/api/v1/materials/" + id + "/file").body());

        // a name added to the watch list is found in the version waiting for review
        try (Browser reviewer = new Browser()) {
            reviewer.signInAs(REVIEWER, REVIEWER_PASSWORD);
            reviewer.inEnglish();
            reviewer.open("/review/watch-list.xhtml");
            reviewer.type(By.id("watchForm:spellings"), "Bimala Rai, बिमला राई");
            reviewer.click(By.id("watchForm:add"));
            reviewer.waitForText(By.id("messages"), "Versions waiting for review were checked");
            reviewer.open("/review/index.xhtml");
            reviewer.click(By.linkText("Safe journeys poster"));
            reviewer.waitForText(By.id("findingSummary"), "Open findings: 1");
            assertTrue(reviewer.pageText().contains("Bimala Rai"), "the finding shows the name in its context");
            reviewer.click(By.id("decisionForm:publish"));
            reviewer.waitForText(By.id("messages"), "open");
            reviewer.screenshot("catalogue-watch-list-finding");
        }
        // the editor who uploaded it is not told of the watch list's hit: the list stays confidential
        try (Browser editor = new Browser()) {
            editor.signInAs(EDITOR, EDITOR_PASSWORD);
            editor.inEnglish();
            editor.open("/editor/material.xhtml?id=" + id);
            editor.waitForText(By.id("findingSummary"), "");
            assertFalse(editor.pageText().contains("Bimala Rai"), editor.pageText());
            assertFalse(editor.pageText().contains("watch list"), editor.pageText());
        }
        assertEquals(1, json(get("/api/v1/materials/" + id).body()).getJsonObject("file").getInt("number"),
                "a version with an open finding is not published");
    }

    @Test
    void aPublishedMaterialsNewDescriptionWaitsForAReviewerAndAStaleFormIsRefused() throws Exception {
        accounts();
        String editorAuth = basic(EDITOR, EDITOR_PASSWORD);
        HttpResponse<String> created = new Multipart().file("helpline.pdf", DemoFiles.pdf("Helpline", "Sachet IT",
                        List.of("Who to call when a child is in danger.")))
                .field("titleEnglish", "Helpline card").field("titleNepali", "सहायता कार्ड")
                .field("summary", "Who to call when a child is in danger.").field("type", "LEAFLET")
                .field("visibility", "FACILITATORS").field("topics", "CHILD_PROTECTION").field("audiences", "COMMUNITY")
                .field("languages", "en").post(editorAuth);
        assertEquals(201, created.statusCode(), created.body());
        long id = json(created.body()).getJsonNumber("id").longValue();
        long version = json(created.body()).getJsonObject("file").getJsonNumber("versionId").longValue();
        awaitExtraction(id);
        assertEquals(200, TestServer.post("/api/v1/versions/" + version + "/submit", "Authorization", editorAuth).statusCode());
        assertEquals(200, TestServer.post("/api/v1/versions/" + version + "/publish", "Authorization",
                basic(REVIEWER, REVIEWER_PASSWORD)).statusCode());
        assertEquals(404, get("/api/v1/materials/" + id).statusCode(), "for facilitators: not public");

        try (Browser editor = new Browser(); Browser stale = new Browser()) {
            editor.signInAs(EDITOR, EDITOR_PASSWORD);
            editor.inEnglish();
            stale.signInAs(EDITOR, EDITOR_PASSWORD);
            editor.open("/editor/material.xhtml?id=" + id);
            stale.open("/editor/material.xhtml?id=" + id);
            new org.openqa.selenium.support.ui.Select(editor.find(By.id("describeForm:visibility"))).selectByValue("PUBLIC");
            editor.type(By.id("describeForm:summary"), "Call Gita on 9841234567 for help.");
            editor.click(By.id("describeForm:save"));
            editor.waitForText(By.id("messages"), "the new description waits for a reviewer");
            editor.waitForText(By.id("describeForm:descriptionPending"), "waiting for a reviewer");
            // the catalogue still shows what was published: not public, not the new summary
            assertEquals(404, get("/api/v1/materials/" + id).statusCode());
            // a second form opened before that save is refused, not written over it
            stale.type(By.id("describeForm:titleEnglish"), "Helpline card (old form)");
            stale.click(By.id("describeForm:save"));
            stale.waitForText(By.id("messages"), "Someone changed this description while you were editing it.");
        }
        try (Browser reviewer = new Browser()) {
            reviewer.signInAs(REVIEWER, REVIEWER_PASSWORD);
            reviewer.inEnglish();
            reviewer.open("/review/index.xhtml");
            reviewer.click(By.xpath("//table[@id='descriptionQueue']//a[text()='Helpline card']"));
            reviewer.waitForText(By.id("visibilityRow"), "Everyone");
            reviewer.waitForText(By.id("descriptionFindings"), "found personal data");
            assertTrue(reviewer.pageText().contains("9841234567"), reviewer.pageText());
            reviewer.click(By.id("decisionForm:approve"));
            reviewer.waitForText(By.id("messages"), "write a note that says why it may go out");
            reviewer.screenshot("catalogue-description-change-review");
            reviewer.type(By.id("decisionForm:rejectionReason"), "A private phone number: give the helpline instead.");
            reviewer.click(By.id("decisionForm:reject"));
            reviewer.waitForText(By.id("messages"), "The change is rejected");
        }
        assertEquals(404, get("/api/v1/materials/" + id).statusCode(), "a rejected change changes nothing");
        try (Browser editor = new Browser()) {
            editor.signInAs(EDITOR, EDITOR_PASSWORD);
            editor.inNepali();
            editor.open("/editor/material.xhtml?id=" + id);
            editor.waitForText(By.id("describeForm:descriptionRejected"), "give the helpline instead");
            new org.openqa.selenium.support.ui.Select(editor.find(By.id("describeForm:visibility"))).selectByValue("PUBLIC");
            editor.type(By.id("describeForm:summary"), "Call the child helpline when a child is in danger.");
            editor.click(By.id("describeForm:save"));
            editor.waitForText(By.id("messages"), "समीक्षकको स्वीकृति पर्खन्छ");
            editor.inEnglish(); // the account keeps its language: the other tests read English
        }
        try (Browser reviewer = new Browser()) {
            reviewer.signInAs(REVIEWER, REVIEWER_PASSWORD);
            reviewer.inNepali();
            reviewer.open("/review/index.xhtml");
            reviewer.click(By.xpath("//table[@id='descriptionQueue']//a[text()='सहायता कार्ड']"));
            reviewer.waitForText(By.id("descriptionFindings"), "व्यक्तिगत विवरण भेटिएन");
            reviewer.click(By.id("decisionForm:approve"));
            reviewer.waitForText(By.id("messages"), "नयाँ विवरण प्रकाशित भयो");
            reviewer.inEnglish();
        }
        HttpResponse<String> published = get("/api/v1/materials/" + id);
        assertEquals(200, published.statusCode(), "approved: public now");
        assertEquals("Call the child helpline when a child is in danger.", json(published.body()).getString("summary"));
    }

    @Test
    void administratorSeesTheSearchIndexInStepAndRebuildsIt() {
        try (Browser admin = new Browser()) {
            admin.signInAs("admin", TestServer.ADMIN_PASSWORD);
            admin.click(By.id("menuSearchIndex"));
            admin.waitForText(By.id("inStep"), "The index agrees with the catalogue.");
            String published = admin.driver().findElement(By.id("published")).getText();
            admin.click(By.id("rebuildForm:rebuild"));
            admin.waitForText(By.id("messages"), "The index is rebuilt: " + published + " materials.");
            assertEquals(published, admin.driver().findElement(By.id("indexed")).getText());
            admin.screenshot("admin-search-index");
        }
    }

    @Test
    void badUploadsAreRefusedWithClearMessagesAndLeaveNothingBehind() throws Exception {
        accounts();
        String editor = basic(EDITOR, EDITOR_PASSWORD);
        long filesBefore = storedFiles();

        assertRefused(new Multipart().file("empty.pdf", new byte[0]).post(editor), 400, "upload.empty", "empty");
        byte[] exe = new byte[2048];
        exe[0] = 'M';
        exe[1] = 'Z';
        assertRefused(new Multipart().file("report.pdf", exe).post(editor), 400, "upload.refused.executable",
                "Programs and scripts");
        assertRefused(new Multipart().file("install.sh", "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8))
                .post(editor), 400, "upload.refused.executable", "application/x-sh");
        assertRefused(new Multipart().file("a".repeat(300) + ".pdf", DemoFiles.pdf("t", "a", List.of("x"))).post(editor),
                400, "upload.name.tooLong", "longer than 255");
        assertRefused(new Multipart().file("bad\u0007name.pdf", DemoFiles.pdf("t", "a", List.of("x"))).post(editor),
                400, "upload.name.controlCharacters", "control characters");
        assertOverLimitRefusedBeforeTheBodyIsSent(editor);
        assertRefused(new Multipart().field("titleEnglish", "T").field("titleNepali", "शीर्षक").field("type", "BANNER")
                .file("ok.pdf", DemoFiles.pdf("t", "a", List.of("x"))).post(editor), 400, "api.materials.unknownValue",
                "BANNER");
        assertEquals(401, new Multipart().file("poster.png", DemoFiles.png(50, 50, 1)).post(null).statusCode());
        accounts();
        assertEquals(403, new Multipart().file("poster.png", DemoFiles.png(50, 50, 1))
                .post(basic(TEACHER, TEACHER_PASSWORD)).statusCode());
        // Nepali messages for Nepali clients
        HttpResponse<String> nepali = new Multipart().file("empty.pdf", new byte[0]).post(editor);
        assertEquals(400, nepali.statusCode());

        assertEquals(filesBefore, storedFiles(), "refused uploads leave no file behind");
        try (Stream<Path> temporary = Files.list(DATA.resolve("files").resolve("tmp").resolve("main"))) {
            assertEquals(0, temporary.count(), "no temporary upload files are left");
        }

        // accepted, but the file cannot be read: the version says why, nothing hangs
        assertExtractionFails(new Multipart().file("locked.pdf", encryptedPdf()).post(editor), "encrypted");
        assertExtractionFails(new Multipart().file("bomb.zip", zipBomb()).post(editor), "zip-bomb");
        byte[] docx = DemoFiles.docx("Title", "Author", List.of("text"));
        byte[] broken = java.util.Arrays.copyOf(docx, docx.length / 2);
        HttpResponse<String> corrupt = new Multipart().file("broken.docx", broken).post(editor);
        if (corrupt.statusCode() == 201) {
            assertExtractionFails(corrupt, null);
        } else {
            assertEquals(400, corrupt.statusCode(), corrupt.body());
        }
        // a described upload keeps its Nepali fields (sent without a charset, as curl -F does)
        HttpResponse<String> described = new Multipart().field("titleEnglish", "Safe migration")
                .field("titleNepali", "सुरक्षित आप्रवासन").field("summary", "विदेश जानुअघि सोध्नुहोस्।")
                .field("type", "poster").field("visibility", "PUBLIC").field("topics", "SAFE_MIGRATION")
                .field("audiences", "COMMUNITY").field("languages", "ne")
                .file("सुरक्षित-आप्रवासन.png", DemoFiles.png(80, 120, 3)).post(editor);
        assertEquals(201, described.statusCode(), described.body());
        assertEquals("सुरक्षित आप्रवासन", json(described.body()).getString("titleNepali"));
        assertEquals("सुरक्षित-आप्रवासन.png", json(described.body()).getJsonObject("file").getString("fileName"));
        // a path in the name keeps only the last segment
        HttpResponse<String> traversal = new Multipart().file("../../etc/poster.png", DemoFiles.png(60, 60, 2)).post(editor);
        assertEquals(201, traversal.statusCode(), traversal.body());
        assertEquals("poster.png", json(traversal.body()).getJsonObject("file").getString("fileName"));
    }

    /** Announces 10 MiB against the 8 MiB limit but sends only a few bytes: the answer must come anyway. */
    private static void assertOverLimitRefusedBeforeTheBodyIsSent(String authorization) throws IOException {
        URI uri = URI.create(TestServer.BASE_URL);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(30_000);
            String request = "POST /api/v1/materials HTTP/1.1\r\nHost: " + uri.getHost() + "\r\n"
                    + "Authorization: " + authorization + "\r\n"
                    + "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: " + 10 * 1024 * 1024
                    + "\r\nConnection: close\r\n\r\n--x\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            // read what has come (the server may keep the connection open to drain the body it refused)
            StringBuilder answer = new StringBuilder();
            byte[] buffer = new byte[4096];
            java.io.InputStream in = socket.getInputStream();
            for (int n; !answer.toString().contains("larger than the upload limit") && (n = in.read(buffer)) > 0; ) {
                answer.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
            }
            String response = answer.toString();
            assertTrue(response.startsWith("HTTP/1.1 413"), response);
            assertTrue(response.contains("larger than the upload limit"), response);
        }
    }

    private static void assertRefused(HttpResponse<String> response, int status, String code, String message) {
        assertEquals(status, response.statusCode(), response.body());
        JsonObject error = json(response.body());
        assertTrue(error.getString("code").startsWith(code), response.body());
        assertTrue(error.getString("message").contains(message), response.body());
    }

    private static void assertExtractionFails(HttpResponse<String> response, String reason) throws Exception {
        assertEquals(201, response.statusCode(), response.body());
        long id = json(response.body()).getJsonNumber("id").longValue();
        JsonObject version = awaitExtraction(id);
        assertEquals("FAILED", version.getString("extraction"), version.toString());
        if (reason != null) {
            assertEquals(reason, version.getString("extractionProblem"), version.toString());
        }
    }

    private static long storedFiles() throws IOException {
        Path root = DATA.resolve("files").resolve("sha256");
        if (!Files.isDirectory(root)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private static byte[] encryptedPdf() throws IOException {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** A small zip whose one entry unpacks to a gigabyte of zeros. */
    private static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("zeros.txt"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 1024; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
