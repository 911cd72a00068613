package org.sachet.templates.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.text.Normalizer;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PdfPrinterTest {

    /** Conjuncts, the i-sign before its cluster, reph, rakar, half forms, Devanagari digits, and English. */
    static final List<String> HARD_LINES = List.of(
            "मानव बेचबिखन विरुद्ध सुरक्षित आप्रवासन",
            "क्षेत्र प्रशिक्षित विद्यार्थी",
            "कि की कु कू कृ",
            "धर्म कार्यक्रम श्रीमती ट्रक",
            "विश्वासिलो वयस्क, स्पर्श",
            "२०८२ साल असोज १५",
            "Lesson 3: Trusted adults / विश्वासिलो वयस्क");

    private static PrintDocument lessonLike() {
        return PrintDocument.builder("सुरक्षित आप्रवासन: पाठ ३", "Sachet", Instant.parse("2026-11-23T00:00:00Z"))
                .heading("उद्देश्य")
                .paragraph(String.join(" ", HARD_LINES))
                .bullets(HARD_LINES)
                .build();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFC);
        }
    }

    @Test
    void nepaliTextComesBackOutOfThePdfCharacterForCharacter() throws IOException {
        String text = text(PdfPrinter.print(lessonLike()));
        assertTrue(text.contains("सुरक्षित आप्रवासन: पाठ ३"), text);
        for (String line : HARD_LINES) {
            assertTrue(text.contains(line), "«" + line + "» in:\n" + text);
        }
    }

    @Test
    void theSameDocumentPrintsToTheSameBytes() {
        assertArrayEquals(PdfPrinter.print(lessonLike()), PdfPrinter.print(lessonLike()));
        PrintDocument other = PrintDocument.builder("सुरक्षित आप्रवासन: पाठ ४", "Sachet",
                Instant.parse("2026-11-23T00:00:00Z")).paragraph("अर्को").build();
        assertFalse(java.util.Arrays.equals(PdfPrinter.print(lessonLike()), PdfPrinter.print(other)));
    }

    @Test
    void fontsAreEmbeddedAndTheMetadataIsTheDocuments() throws IOException {
        try (PDDocument document = Loader.loadPDF(PdfPrinter.print(lessonLike()))) {
            assertEquals("सुरक्षित आप्रवासन: पाठ ३", document.getDocumentInformation().getTitle());
            assertEquals("Sachet", document.getDocumentInformation().getAuthor());
            assertEquals(Instant.parse("2026-11-23T00:00:00Z"),
                    document.getDocumentInformation().getCreationDate().toInstant());
            int fonts = 0;
            java.util.Map<String, String> tags = new java.util.HashMap<>();
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                    assertTrue(font.getName().matches("[A-Z]{6}\\+.+"), font.getName() + " is a tagged subset");
                    String tag = font.getName().substring(0, 6);
                    String family = font.getName().substring(7);
                    String before = tags.putIfAbsent(tag, family);
                    assertTrue(before == null || before.equals(family), "one tag per subset: " + tag + " for " + before
                            + " and " + family + " (ISO 32000-1, 9.6.4)");
                    fonts++;
                }
            }
            assertTrue(fonts >= 2, "Devanagari and Latin fonts are used");
            assertTrue(tags.size() >= 2, "distinct tags: " + tags);
        }
    }
}
