package org.sachet.templates.lesson;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.sachet.templates.pdf.PdfPrinter;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompletionCertificateTest {

    private static final Instant TODAY = Instant.parse("2026-11-23T00:00:00Z");

    private static CompletionCertificate certificate(String student) {
        return new CompletionCertificate(student, "श्री जनता माध्यमिक विद्यालय", "कक्षा ६ 'क'", "स्टिक्स एन्ड स्टोन्स",
                "२०८३ संस्करण", "८ मंसिर २०८३");
    }

    /**
     * The ink of each printed line: its space on the left and on the right, in points. Read from the
     * rendered page, since text positions cannot be trusted inside shaped runs (one /ActualText each).
     */
    private static List<float[]> inkMargins(byte[] pdf) throws IOException {
        BufferedImage page;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            page = new PDFRenderer(document).renderImage(0, 1); // 1 pixel per point
        }
        List<float[]> lines = new ArrayList<>();
        int left = Integer.MAX_VALUE;
        int right = -1;
        for (int y = 0; y < page.getHeight(); y++) {
            int rowLeft = Integer.MAX_VALUE;
            int rowRight = -1;
            for (int x = 0; x < page.getWidth(); x++) {
                if ((page.getRGB(x, y) & 0xFF) < 128) { // dark enough to be ink
                    rowLeft = Math.min(rowLeft, x);
                    rowRight = x;
                }
            }
            if (rowRight >= 0) {
                left = Math.min(left, rowLeft);
                right = Math.max(right, rowRight);
            } else if (right >= 0) { // a blank row ends a line
                lines.add(new float[] {left, page.getWidth() - 1 - right});
                left = Integer.MAX_VALUE;
                right = -1;
            }
        }
        return lines;
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFC);
        }
    }

    @Test
    void nepaliLinesAreCentredByTheirShapedWidth() throws IOException {
        byte[] pdf = PdfPrinter.print(certificate("सीता कुमारी श्रेष्ठ").document("ne", TODAY));
        String text = text(pdf);
        for (String expected : List.of("प्रमाणपत्र", "सीता कुमारी श्रेष्ठ", "का सबै पाठमा सहभागिता जनाउनुभएको छ।")) {
            assertTrue(text.contains(expected), "«" + expected + "» in:\n" + text);
        }
        List<float[]> lines = inkMargins(pdf);
        assertTrue(lines.size() >= 8, "title, curriculum, certify, name, two lines, date, signatures: " + lines.size());
        for (float[] margin : lines) {
            assertEquals(margin[0], margin[1], 6, "a line is centred: " + margin[0] + " left, " + margin[1] + " right");
        }
    }

    @Test
    void withoutANameThereIsALineToWriteOnAndEnglishReadsAsEnglish() throws IOException {
        assertTrue(text(PdfPrinter.print(certificate(" ").document("ne", TODAY))).contains("_____"));
        CompletionCertificate english = new CompletionCertificate("Sita Shrestha", "Janata Secondary School",
                "Grade 6 A", "Sticks and Stones", "2083 edition", "24 November 2026");
        byte[] pdf = PdfPrinter.print(english.document("en", TODAY));
        String text = text(pdf);
        assertTrue(text.contains("Certificate of completion"), text);
        assertTrue(text.contains("has taken part in every lesson of Sticks and Stones (2083 edition)."), text);
        for (float[] margin : inkMargins(pdf)) {
            assertEquals(margin[0], margin[1], 6, "a line is centred: " + margin[0] + " left, " + margin[1] + " right");
        }
    }
}
