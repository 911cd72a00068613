package org.sachet.content.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sachet.content.extraction.Extraction.Status;

/** What the extractor makes of ordinary and hostile files; all share one pool of two children. */
class TextExtractorTest {

    /** Generous for a cold child (JVM start plus Tika's set-up) on a busy 2-core machine. */
    private static final Duration BOUND = Duration.ofSeconds(30);

    private static TextExtractor extractor;

    @TempDir
    static Path folder;

    @BeforeAll
    static void startChildren() {
        extractor = new TextExtractor(TestFiles.childClassPath(), ExtractionSettings.defaults());
    }

    @AfterAll
    static void stopChildren() {
        extractor.close();
    }

    @Test
    void pdfGivesTextTitleAuthorAndPages() throws IOException {
        Path pdf = TestFiles.pdf(folder.resolve("rights.pdf"), "Know Your Rights", "Maya Gurung",
                List.of("Keep a copy of your passport at home.", "Call 1145 for help."));
        Extraction extraction = extract(pdf, "rights.pdf");
        assertEquals(Status.OK, extraction.status());
        assertTrue(extraction.text().contains("Keep a copy of your passport at home."));
        assertTrue(extraction.text().contains("Call 1145 for help."));
        assertEquals(Optional.of("Know Your Rights"), extraction.metadata().title());
        assertEquals(Optional.of("Maya Gurung"), extraction.metadata().author());
        assertEquals(OptionalInt.of(2), extraction.metadata().pageCount());
        assertEquals(Optional.of("en"), extraction.metadata().language());
        assertEquals(Optional.of("application/pdf"), extraction.metadata().contentType());
        assertFalse(extraction.truncated());
    }

    @Test
    void encryptedPdfFailsAsEncrypted() throws IOException {
        Extraction extraction = extract(TestFiles.encryptedPdf(folder.resolve("locked.pdf")), "locked.pdf");
        assertFailed(extraction, FailureCode.ENCRYPTED);
    }

    @Test
    void docxGivesTextAndProperties() throws IOException {
        Path docx = TestFiles.docx(folder.resolve("lesson.docx"), "Lesson 3", "Ram Thapa",
                List.of("Recruiters who ask for fees are breaking the law.", "दर्ता नगरी विदेश नजानुहोस्।"));
        Extraction extraction = extract(docx, "lesson.docx");
        assertEquals(Status.OK, extraction.status());
        assertTrue(extraction.text().contains("Recruiters who ask for fees are breaking the law."));
        assertTrue(extraction.text().contains("दर्ता नगरी विदेश नजानुहोस्।"));
        assertEquals(Optional.of("Lesson 3"), extraction.metadata().title());
        assertEquals(Optional.of("Ram Thapa"), extraction.metadata().author());
        assertEquals(Optional.of("ne+en"), extraction.metadata().language());
    }

    @Test
    void truncatedDocxFailsAsCorrupt() throws IOException {
        assertFailed(extract(TestFiles.truncatedDocx(folder.resolve("cut.docx")), "cut.docx"), FailureCode.CORRUPT);
    }

    @Test
    void zipOfAGigabyteOfZerosIsStoppedAsZipBomb() throws IOException {
        Path bomb = TestFiles.zipBomb(folder.resolve("bomb.zip"), 1024);
        assertTrue(Files.size(bomb) < 2_000_000);
        assertFailed(extract(bomb, "bomb.zip"), FailureCode.ZIP_BOMB);
    }

    @Test
    void zipsNestedFortyTwoDeepAreStoppedAsZipBomb() throws IOException {
        Extraction extraction = extract(TestFiles.nestedZip(folder.resolve("nest.zip"), 42), "nest.zip");
        assertFailed(extraction, FailureCode.ZIP_BOMB);
        assertFalse(extraction.text().contains("level-11.zip"), "nothing is read below the depth limit");
    }

    @Test
    void programNamedPdfHasNoText() throws IOException {
        Extraction extraction = extract(TestFiles.elfProgram(folder.resolve("report.pdf")), "report.pdf");
        assertEquals(Status.NO_TEXT, extraction.status());
        assertEquals("", extraction.text());
    }

    @Test
    void textNamedPngIsReadAsText() throws IOException {
        Extraction extraction = extract(TestFiles.text(folder.resolve("photo.png"), "Meeting at the ward office."),
                "photo.png");
        assertEquals(Status.OK, extraction.status());
        assertEquals("Meeting at the ward office.", extraction.text());
        assertTrue(extraction.metadata().contentType().orElseThrow().startsWith("text/plain"));
    }

    @Test
    void emptyFileFailsAsEmpty() throws IOException {
        assertFailed(extract(Files.write(folder.resolve("empty.txt"), new byte[0]), "empty.txt"), FailureCode.EMPTY);
    }

    @Test
    void imageHasNoTextButItsSize() throws IOException {
        Extraction extraction = extract(TestFiles.png(folder.resolve("poster.png"), 640, 480), "poster.png");
        assertEquals(Status.NO_TEXT, extraction.status());
        assertEquals(OptionalInt.of(640), extraction.metadata().width());
        assertEquals(OptionalInt.of(480), extraction.metadata().height());
    }

    @Test
    void imageClaimingTenBillionPixelsIsReadFromItsHeaderOnly() throws IOException {
        Path claim = TestFiles.pngClaiming(folder.resolve("huge.png"), 100_000, 100_000);
        Extraction extraction = extract(claim, "huge.png");
        assertEquals(Status.NO_TEXT, extraction.status());
        assertEquals(OptionalInt.of(100_000), extraction.metadata().width());
    }

    @Test
    void wavGivesItsDuration() throws IOException {
        Extraction extraction = extract(TestFiles.wav(folder.resolve("jingle.wav"), 250), "jingle.wav");
        assertEquals(Status.NO_TEXT, extraction.status());
        assertEquals(0.25, extraction.metadata().durationSeconds().orElseThrow(), 0.01);
    }

    @Test
    void nepaliTextIsRecognisedAsNepali() throws IOException {
        Extraction extraction = extract(TestFiles.text(folder.resolve("notice.txt"), TestFiles.NEPALI), "notice.txt");
        assertEquals(Status.OK, extraction.status());
        assertEquals(TestFiles.NEPALI, extraction.text());
        assertEquals(Optional.of("ne"), extraction.metadata().language());
    }

    @Test
    void missingFileFailsAsUnreadable() {
        assertFailed(extractor.extract(folder.resolve("gone.pdf"), "gone.pdf"), FailureCode.UNREADABLE);
    }

    private static Extraction extract(Path file, String name) {
        long started = System.nanoTime();
        Extraction extraction = extractor.extract(file, name);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertTrue(took.compareTo(BOUND) < 0, () -> name + " took " + took);
        return extraction;
    }

    static void assertFailed(Extraction extraction, FailureCode code) {
        assertEquals(Status.FAILED, extraction.status(), () -> "status of " + extraction);
        assertEquals(code, extraction.failure().orElseThrow().code(), () -> "failure of " + extraction);
    }
}
