package org.sachet.templates.lesson;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.sachet.templates.pdf.PdfPrinter;
import org.sachet.templates.pdf.PrintDocument;

import java.io.IOException;
import java.text.Normalizer;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LessonPlanDocumentTest {

    private static final Instant PUBLISHED = Instant.parse("2026-04-14T00:00:00Z");

    static LessonPlan nepali() {
        return new LessonPlan("स्टिक्स एन्ड स्टोन्स", "२०८३ संस्करण", "एकाइ १: आफूलाई सुरक्षित राख्ने", 3,
                "विश्वासिला वयस्कहरू",
                List.of("हरेक विद्यार्थीले कम्तीमा तीन जना विश्वासिला वयस्कको नाम भन्न सक्नेछन्।"),
                "10–12", 45, "कागज र रङ्गीन कलम तयार राख्नुहोस्।",
                List.of("आफ्नो हातको चित्र कोर्न लगाउनुहोस्।", "हरेक औंलामा एक जना विश्वासिलो वयस्कको नाम लेख्न भन्नुहोस्।",
                        "जोडीमा छलफल गराउनुहोस्: कसलाई, कहिले भन्ने?"),
                List.of("डर लागेमा विश्वासिलो वयस्कलाई भन्नुहोस्।", "यो तिम्रो दोष होइन।"),
                "कुनै बालबालिकाले दुर्व्यवहारको कुरा भनेमा शान्त भएर सुन्नुहोस् र विद्यालयको फोकल पर्सनलाई खबर गर्नुहोस्।",
                List.of("विश्वासिला वयस्क अभ्यास पाना", "कागज, रङ्गीन कलम"));
    }

    private static String text(PrintDocument document) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(PdfPrinter.print(document))) {
            return Normalizer.normalize(new PDFTextStripper().getText(pdf), Normalizer.Form.NFC);
        }
    }

    @Test
    void aNepaliPlanHasNepaliHeadingsDigitsAndEverySection() throws IOException {
        PrintDocument document = LessonPlanDocument.of(nepali(), "ne", PUBLISHED);
        assertEquals("पाठ ३: विश्वासिला वयस्कहरू", document.title());
        String text = text(document);
        for (String expected : List.of("उमेर समूह: १०–१२ वर्ष · समय: ४५ मिनेट", "उद्देश्य", "तयारी",
                "क्रियाकलाप, चरणबद्ध रूपमा", "१.  आफ्नो हातको चित्र", "३.  जोडीमा छलफल", "मुख्य सन्देश",
                "सहजकर्ताका लागि सुरक्षा सम्बन्धी टिप्पणी", "फोकल पर्सनलाई", "आवश्यक सामग्री",
                "विश्वासिला वयस्क अभ्यास पाना")) {
            assertTrue(text.contains(expected), "«" + expected + "» in:\n" + text);
        }
    }

    @Test
    void anEnglishPlanHasEnglishHeadingsAndLeavesOutEmptySections() throws IOException {
        LessonPlan english = new LessonPlan("Sticks and Stones", "2083 edition", "Unit 1: Keeping myself safe", 3,
                "Trusted adults", List.of("Each student names three trusted adults."), "10–12", 45, "",
                List.of("Draw your hand.", "Write a trusted adult on each finger."), List.of(), null, List.of());
        String text = text(LessonPlanDocument.of(english, "en", PUBLISHED));
        assertTrue(text.contains("Lesson 3: Trusted adults"), text);
        assertTrue(text.contains("Age group: 10–12 years · Time: 45 minutes"), text);
        assertTrue(text.contains("2.  Write a trusted adult on each finger."), text);
        assertFalse(text.contains("Preparation"), "no empty section");
        assertFalse(text.contains("Key messages"), "no empty section");
        assertFalse(text.contains("उद्देश्य"), "no Nepali heading in an English plan");
    }

    @Test
    void theSameEditionPrintsTheSameBytes() {
        assertArrayEquals(PdfPrinter.print(LessonPlanDocument.of(nepali(), "ne", PUBLISHED)),
                PdfPrinter.print(LessonPlanDocument.of(nepali(), "ne", PUBLISHED)));
    }
}
