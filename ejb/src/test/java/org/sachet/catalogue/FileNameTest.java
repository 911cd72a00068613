package org.sachet.catalogue;

import org.junit.jupiter.api.Test;
import org.sachet.platform.RuleViolation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FileNameTest {

    @Test
    void keepsNepaliNames() {
        assertEquals("सुरक्षित आप्रवासन.pdf", FileName.of("सुरक्षित आप्रवासन.pdf"));
    }

    @Test
    void keepsOnlyTheLastPathSegment() {
        assertEquals("passwd", FileName.of("../../etc/passwd"));
        assertEquals("poster.pdf", FileName.of("C:\\Users\\Sita\\poster.pdf"));
    }

    @Test
    void refusesNamesThatNameNothing() {
        assertEquals("upload.name.missing", assertThrows(RuleViolation.class, () -> FileName.of("../")).messageKey());
        assertEquals("upload.name.missing", assertThrows(RuleViolation.class, () -> FileName.of("..")).messageKey());
        assertEquals("upload.name.missing", assertThrows(RuleViolation.class, () -> FileName.of("  ")).messageKey());
    }

    @Test
    void refusesControlCharactersAndDirectionOverrides() {
        assertEquals("upload.name.controlCharacters",
                assertThrows(RuleViolation.class, () -> FileName.of("a\nb.pdf")).messageKey());
        assertEquals("upload.name.controlCharacters",
                assertThrows(RuleViolation.class, () -> FileName.of("invoice\u202Efdp.exe")).messageKey());
    }

    @Test
    void refusesOverlongNamesCountingCharactersNotBytes() {
        assertEquals(255, FileName.of("क".repeat(251) + ".pdf").length());
        RuleViolation tooLong = assertThrows(RuleViolation.class, () -> FileName.of("a".repeat(296) + ".pdf"));
        assertEquals("upload.name.tooLong", tooLong.messageKey());
    }
}
