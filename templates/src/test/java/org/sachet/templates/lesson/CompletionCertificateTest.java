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
        // every line but the signatures' labels, each centred under its own line (the test below)
        for (float[] margin : lines.subList(0, lines.size() - 1)) {
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
        List<float[]> lines = inkMargins(pdf);
        for (float[] margin : lines.subList(0, lines.size() - 1)) {
            assertEquals(margin[0], margin[1], 6, "a line is centred: " + margin[0] + " left, " + margin[1] + " right");
        }
    }

    @Test
    void eachSignatureLabelIsCentredUnderItsLine() throws IOException {
        for (String language : List.of("en", "ne")) {
            BufferedImage page;
            try (PDDocument document = Loader.loadPDF(PdfPrinter.print(certificate(null).document(language, TODAY)))) {
                page = new PDFRenderer(document).renderImage(0, 1);
            }
            // the lines to sign on: the lowest row of ink that is two long strokes
            int lineRow = -1;
            List<int[]> lines = List.of();
            for (int y = 0; y < page.getHeight(); y++) {
                List<int[]> runs = runs(page, y, y);
                if (runs.size() == 2 && runs.stream().allMatch(r -> r[1] - r[0] > 100)) {
                    lineRow = y;
                    lines = runs;
                }
            }
            assertTrue(lineRow > 0, language + ": two lines to sign on");
            int top = lineRow + 2;
            while (top < page.getHeight() && runs(page, top, top).isEmpty()) {
                top++;
            }
            int bottom = top;
            while (bottom + 1 < page.getHeight() && !runs(page, bottom + 1, bottom + 1).isEmpty()) {
                bottom++;
            }
            List<int[]> labels = runs(page, top, bottom);
            assertEquals(2, labels.size(), language + ": two labels under the lines");
            for (int i = 0; i < 2; i++) {
                float lineCentre = (lines.get(i)[0] + lines.get(i)[1]) / 2f;
                float labelCentre = (labels.get(i)[0] + labels.get(i)[1]) / 2f;
                assertEquals(lineCentre, labelCentre, 3, language + ": label " + i + " under its line");
            }
        }
    }

    /** Stretches of ink across the rows from top to bottom, joined where less than 20 points apart. */
    private static List<int[]> runs(BufferedImage page, int top, int bottom) {
        List<int[]> runs = new ArrayList<>();
        for (int x = 0; x < page.getWidth(); x++) {
            boolean ink = false;
            for (int y = top; y <= bottom && !ink; y++) {
                ink = (page.getRGB(x, y) & 0xFF) < 128;
            }
            if (!ink) {
                continue;
            }
            if (!runs.isEmpty() && x - runs.get(runs.size() - 1)[1] < 20) {
                runs.get(runs.size() - 1)[1] = x;
            } else {
                runs.add(new int[] {x, x});
            }
        }
        return runs;
    }
}
