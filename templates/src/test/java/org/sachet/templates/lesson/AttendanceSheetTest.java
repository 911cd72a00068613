package org.sachet.templates.lesson;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.sachet.templates.pdf.PdfPrinter;

import java.io.IOException;
import java.text.Normalizer;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AttendanceSheetTest {

    private static final Instant TODAY = Instant.parse("2026-11-23T00:00:00Z");

    @Test
    void aNepaliSheetHasALinePerStudentABoxPerLessonAndTheTotalsLine() throws IOException {
        AttendanceSheet.Roster roster = new AttendanceSheet.Roster("श्री जनता माध्यमिक विद्यालय", "कक्षा ६ 'क'",
                "स्टिक्स एन्ड स्टोन्स", "२०८३ संस्करण", 18, 14, List.of(1, 2, 3, 4, 5, 6));
        byte[] pdf = PdfPrinter.print(AttendanceSheet.of(roster, "ne", TODAY));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var page = document.getPage(0);
            boolean turned = page.getRotation() % 180 == 90; // OpenPDF turns an A4 page rather than widening it
            assertTrue(turned != page.getMediaBox().getWidth() > page.getMediaBox().getHeight(),
                    "landscape: room for a column per lesson");
            String text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFC);
            for (String expected : List.of("हाजिरी: कक्षा ६ 'क'", "भर्ना: १८ छात्रा, १४ छात्र", "विद्यार्थीको नाम",
                    "छात्रा", "पाठ १", "पाठ ६", "३२", "उपस्थित (छात्रा / छात्र)")) {
                assertTrue(text.contains(expected), "«" + expected + "» in:\n" + text);
            }
            assertTrue(!text.contains("३३"), "one line per enrolled student, no more");
        }
    }

    @Test
    void anEnglishSheetIsInEnglishAndARosterNeedsStudentsAndLessons() throws IOException {
        AttendanceSheet.Roster roster = new AttendanceSheet.Roster("Janata Secondary School", "Grade 6 A",
                "Sticks and Stones", "2083 edition", 2, 1, List.of(1, 2));
        try (PDDocument document = Loader.loadPDF(PdfPrinter.print(AttendanceSheet.of(roster, "en", TODAY)))) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Attendance: Grade 6 A"), text);
            assertTrue(text.contains("Enrolled: girls 2, boys 1"), text);
            assertEquals(1, document.getNumberOfPages());
        }
        assertThrows(IllegalArgumentException.class, () -> new AttendanceSheet.Roster("s", "c", "k", "e", 0, 0, List.of(1)));
        assertThrows(IllegalArgumentException.class, () -> new AttendanceSheet.Roster("s", "c", "k", "e", 1, 0, List.of()));
    }
}
