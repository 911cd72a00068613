package org.sachet.templates.ambassadors;

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
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActionPlanSheetTest {

    private static final Instant TODAY = Instant.parse("2026-12-03T00:00:00Z");

    private static String text(byte[] pdf, int pages) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(pages, document.getNumberOfPages());
            return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFC).replaceAll("\\s+", " ");
        }
    }

    @Test
    void aNepaliPlanFitsOnePageForTheWardOfficeMeeting() throws IOException {
        List<ActionPlanSheet.Activity> activities = List.of(
                new ActionPlanSheet.Activity("2083-09-10", "THEATRE_PERFORMANCE", "बजारमा सडक नाटक", "अञ्जली लामा",
                        "PLANNED"),
                new ActionPlanSheet.Activity("2083-10-02", "LOCAL_GOVERNMENT_MEETING", "वडा कार्यालयसँग बजेट बैठक",
                        "सुनिता तामाङ", "DONE"));
        ActionPlanSheet.Plan plan = new ActionPlanSheet.Plan("हेटौडामा सुरक्षित आप्रवासन", "हेटौडा", 10,
                "आर्थिक वर्ष २०८३/८४", "APPROVED", "स्वीकृत: bikash", "तीन संवाद र एउटा सडक नाटक।",
                List.of("अञ्जली लामा", "सुनिता तामाङ"), activities);
        String text = text(PdfPrinter.print(ActionPlanSheet.of(plan, "ne", TODAY)), 1);
        for (String expected : List.of("हेटौडामा सुरक्षित आप्रवासन", "हेटौडा, वडा १०", "उद्देश्यहरू", "युवा दूतहरूको टोली",
                "अञ्जली लामा", "२०८३-०९-१०", "विकासका लागि नाटक", "स्थानीय सरकारसँग बैठक", "सम्पन्न")) {
            assertTrue(text.contains(expected), "«" + expected + "» in:\n" + text);
        }
    }

    @Test
    void anEnglishPlanSaysSoWhenNothingIsPlannedYet() throws IOException {
        ActionPlanSheet.Plan plan = new ActionPlanSheet.Plan("Safe migration in Hetauda", "Hetauda", null, "2083/84",
                "DRAFT", null, "Three dialogues.", List.of("Sunita Tamang"), List.of());
        String text = text(PdfPrinter.print(ActionPlanSheet.of(plan, "en", TODAY)), 1);
        assertTrue(text.contains("Draft, waiting for approval"), text);
        assertTrue(text.contains("No activity planned yet."), text);
    }
}
