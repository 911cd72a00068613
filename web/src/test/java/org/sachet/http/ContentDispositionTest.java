package org.sachet.http;

import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentDispositionTest {

    @Test
    void nepaliFileNameSurvivesInFilenameStar() {
        String header = ContentDisposition.attachment("सुरक्षित आप्रवासन पोस्टर.pdf");
        String encoded = header.substring(header.indexOf("filename*=UTF-8''") + "filename*=UTF-8''".length());
        assertEquals("सुरक्षित आप्रवासन पोस्टर.pdf", URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8));
        assertTrue(header.startsWith("attachment; filename=\""));
        assertTrue(header.chars().allMatch(c -> c < 0x7f), "the header itself is ASCII");
    }

    @Test
    void asciiNameIsKeptAsItIs() {
        assertEquals("attachment; filename=\"lesson-1.pdf\"; filename*=UTF-8''lesson-1.pdf",
                ContentDisposition.attachment("lesson-1.pdf"));
    }

    @Test
    void quotesSlashesAndControlCharactersCannotBreakTheHeader() {
        String header = ContentDisposition.attachment("../a\"b\r\nSet-Cookie: x.pdf");
        assertTrue(!header.contains("\r") && !header.contains("\n"), header);
        assertTrue(!header.contains("../"), header);
        assertEquals(2, header.chars().filter(c -> c == '"').count(), "only the two quotes around filename");
    }

    @Test
    void emptyNameBecomesDownload() {
        assertEquals("attachment; filename=\"download\"; filename*=UTF-8''download", ContentDisposition.attachment(" "));
    }
}
