package org.sachet.templates.kit;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KitIndexTest {

    private static final long LIMIT = 5_000_000;

    private static KitContents kit(boolean lite) {
        KitContents.KitFile worksheet = new KitContents.KitFile(7, 12, "Trusted adults <worksheet>",
                "विश्वासिला वयस्क अभ्यास पाना", "materials/7-विश्वासिला वयस्क.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", 2_400_000, "ab".repeat(32));
        KitContents.KitLesson lesson = new KitContents.KitLesson(3, "Trusted adults", "विश्वासिला वयस्क",
                "Keeping safe", "सुरक्षित रहौं", "plans/lesson-03-ne.pdf", "plans/lesson-03-en.pdf", List.of(worksheet));
        List<KitContents.Omitted> omitted = lite
                ? List.of(new KitContents.Omitted(3, 9, "Radio drama", "रेडियो नाटक", KitContents.Reason.LARGE_MEDIA, 12_000_000))
                : List.of(new KitContents.Omitted(3, 8, "Old leaflet", "पुरानो पर्चा", KitContents.Reason.WITHDRAWN, 1_000));
        return new KitContents("lesson-42", "Lesson 3: Trusted adults", "पाठ ३: विश्वासिला वयस्क", "Sticks and Stones",
                "स्टिक्स एन्ड स्टोन्स", "2082", Instant.parse("2025-09-01T04:15:00Z"), lite, List.of(lesson), omitted);
    }

    @Test
    void theManifestListsEveryFileWithItsVersionSizeAndHashAndWhatWasLeftOut() {
        JsonObject manifest = Json.createReader(new StringReader(KitIndex.manifest(kit(true), LIMIT))).readObject();
        assertEquals("lesson-42", manifest.getString("kit"));
        assertTrue(manifest.getBoolean("lite"));
        assertEquals(LIMIT, manifest.getJsonNumber("liteLimitBytes").longValue());
        JsonObject lesson = manifest.getJsonArray("lessons").getJsonObject(0);
        assertEquals(3, lesson.getInt("number"));
        assertEquals("plans/lesson-03-ne.pdf", lesson.getJsonObject("lessonPlans").getString("ne"));
        JsonObject file = lesson.getJsonArray("materials").getJsonObject(0);
        assertEquals(12, file.getInt("versionId"));
        assertEquals("materials/7-विश्वासिला वयस्क.docx", file.getString("path"));
        assertEquals(2_400_000, file.getJsonNumber("size").longValue());
        assertEquals("LARGE_MEDIA", manifest.getJsonArray("omitted").getJsonObject(0).getString("reason"));
    }

    @Test
    void theIndexPageLinksEveryFileRelativelyInBothLanguagesAndEscapesTitles() {
        String html = KitIndex.html(kit(false), LIMIT);
        assertTrue(html.contains("<html lang=\"ne\">"));
        assertTrue(html.contains("href=\"plans/lesson-03-ne.pdf\""));
        assertTrue(html.contains("href=\"materials/7-%E0%A4%B5"), "Nepali names percent-encoded: " + html);
        assertTrue(html.contains("%20"), "spaces as %20, not +");
        assertTrue(html.contains("Trusted adults &lt;worksheet&gt;"));
        assertTrue(html.contains("पाठ ३: विश्वासिला वयस्क"), "lesson numbers in Devanagari digits on the Nepali side");
        assertTrue(html.contains("Lesson 3: Trusted adults"));
        assertTrue(html.contains("सूचीबाट फिर्ता लिइएको"), "the withdrawn material is named with its reason");
        assertTrue(html.contains("2.4 MB"));
        assertFalse(html.contains("हलुका किट"), "not a lite kit");
        assertTrue(KitIndex.html(kit(true), LIMIT).contains("५.० MB"), "the lite limit in Nepali digits");
    }

    @Test
    void theSameContentsGiveTheSameText() {
        assertEquals(KitIndex.html(kit(true), LIMIT), KitIndex.html(kit(true), LIMIT));
        assertEquals(KitIndex.manifest(kit(true), LIMIT), KitIndex.manifest(kit(true), LIMIT));
    }

    @Test
    void titlesPutNumbersInTheLanguagesDigitsButLeaveTheNamesAsWritten() {
        assertEquals("पाठ ३: कक्षा 5 को पाठ", KitIndex.lessonTitle(3, "कक्षा 5 को पाठ", "ne"));
        assertEquals("Lesson 3: Grade 5", KitIndex.lessonTitle(3, "Grade 5", "en"));
        assertEquals("एकाइ २: सुरक्षा", KitIndex.unitTitle(2, "सुरक्षा", "ne"));
        assertEquals("Sticks and Stones, edition 2082: every lesson",
                KitIndex.editionTitle("Sticks and Stones", "2082", "en"));
        assertEquals("स्टिक्स एन्ड स्टोन्स, संस्करण २०८२: सबै पाठ", KitIndex.editionTitle("स्टिक्स एन्ड स्टोन्स", "2082", "ne"));
        assertEquals("Lesson 3: Grade 5 (lite)", KitIndex.liteTitle("Lesson 3: Grade 5", "en"));
        assertEquals("संस्करण २०८२", KitIndex.editionName("2082", "ne"));
    }
}
