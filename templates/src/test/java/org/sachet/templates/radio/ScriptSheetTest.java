package org.sachet.templates.radio;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.sachet.templates.pdf.PdfPrinter;
import org.sachet.templates.radio.ScriptSheet.Kind;
import org.sachet.templates.radio.ScriptSheet.Line;

import java.io.IOException;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScriptSheetTest {

    private static final Instant SAVED = Instant.parse("2026-12-01T05:30:00Z");

    private static final ScriptSheet.Script SCRIPT = new ScriptSheet.Script("साथी: पहाडका आवाज", 1, "सहरको सपना", 2,
            "a3f1c2d4e5b6978812345678", "reviewer", List.of(
            new Line(1, Kind.HEADING, "1", null, "गाउँको चिया पसल, बिहान"),
            new Line(2, Kind.MUSIC, null, null, "शीर्षक धुन"),
            new Line(3, Kind.LINE, "दलाल", "मुस्कुराउँदै", "बहिनी, सहरमा राम्रो काम छ।"),
            new Line(4, Kind.LINE, "सीता", null, "के काम हो?"),
            new Line(5, Kind.LINE, "दलाल", null, "होटलमा।"),
            new Line(6, Kind.LINE, "माया", "सुस्तरी", "दिदी, यिनलाई त हामीले कहिल्यै देखेका छैनौं।"),
            new Line(8, Kind.HEADING, "2", null, "घरको आँगन, साँझ"),
            new Line(9, Kind.LINE, "सीता", null, "बुवा, म जान्छु।"),
            new Line(10, Kind.NARRATOR, null, null, "के सीताले बुवाको कुरा मान्लिन्?")));

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFC)
                    .replaceAll("\\s+", " ");
        }
    }

    @Test
    void theWholeScriptPrintsInNepaliWithItsLineNumbersAndTheSameBytesEveryTime() throws IOException {
        byte[] pdf = PdfPrinter.print(ScriptSheet.full(SCRIPT, "ne", SAVED));
        String text = text(pdf);
        for (String expected : List.of("भाग १: सहरको सपना", "पूरा स्क्रिप्ट", "संस्करण २ · पहिचान a3f1c2d4e5b6",
                "reviewer ले स्वीकृत गरेको", "१ दृश्य १ गाउँको चिया पसल, बिहान", "२ सङ्गीत शीर्षक धुन",
                "३ दलाल (मुस्कुराउँदै) बहिनी, सहरमा राम्रो काम छ।", "८ दृश्य २ घरको आँगन, साँझ",
                "१० वाचक के सीताले बुवाको कुरा मान्लिन्?")) {
            assertTrue(text.contains(expected), "«" + expected + "» in:\n" + text);
        }
        assertTrue(Arrays.equals(pdf, PdfPrinter.print(ScriptSheet.full(SCRIPT, "ne", SAVED))),
                "the same version prints to the same bytes");
        String english = text(PdfPrinter.print(ScriptSheet.full(SCRIPT, "en", SAVED)));
        assertTrue(english.contains("Episode 1: सहरको सपना"), english);
        assertTrue(english.contains("1 SCENE 1 गाउँको चिया पसल, बिहान"), english);
        assertTrue(english.contains("2 MUSIC शीर्षक धुन"), english);
    }

    @Test
    void anActorsSidesHoldTheirLinesEachAfterItsCueAndMarkWhatIsLeftOut() throws IOException {
        String sita = text(PdfPrinter.print(ScriptSheet.sides(SCRIPT, "सीता", "ne", SAVED)));
        assertTrue(sita.contains("पात्रको भाग: सीता"), sita);
        assertTrue(sita.contains("३ दलाल (मुस्कुराउँदै) बहिनी, सहरमा राम्रो काम छ। ४ सीता के काम हो?"), sita);
        assertTrue(sita.contains("… ८ दृश्य २ घरको आँगन, साँझ ९ सीता बुवा, म जान्छु।"), sita);
        assertFalse(sita.contains("होटलमा"), "lines that are neither hers nor her cues are left out: " + sita);
        assertFalse(sita.contains("शीर्षक धुन"), sita);
        String nobody = text(PdfPrinter.print(ScriptSheet.sides(SCRIPT, "राम", "en", SAVED)));
        assertTrue(nobody.contains("राम has no line in this version."), nobody);
    }
}
