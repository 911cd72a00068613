package org.sachet.platform;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TableFileTest {

    private static List<TableFile.Line> read(byte[] file) {
        return TableFile.read(new ByteArrayInputStream(file), List.of("name"), 100_000, "venues.import");
    }

    @Test
    void aLatin1CsvIsRefusedNamingItsFirstLineThatIsNotUtf8() {
        byte[] latin1 = "name,ward\nHetauda Club,4\nCafé Club,5\n".getBytes(StandardCharsets.ISO_8859_1);
        RuleViolation refused = assertThrows(RuleViolation.class, () -> read(latin1));
        assertEquals("venues.import.notUtf8", refused.messageKey());
        assertArrayEquals(new Object[] {3}, refused.arguments());
        assertEquals("Café Club", read("name\nCafé Club\n".getBytes(StandardCharsets.UTF_8)).get(0).get("name"));
    }

    @Test
    void controlCharactersInACellAreRefusedNamingTheLine() {
        RuleViolation nul = assertThrows(RuleViolation.class,
                () -> read("name\nGood Club\nBad\u0000Club\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("venues.import.controlCharacters", nul.messageKey());
        assertArrayEquals(new Object[] {3}, nul.arguments());
        RuleViolation lineBreak = assertThrows(RuleViolation.class,
                () -> read("name\n\"Two\nLines\"\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("venues.import.controlCharacters", lineBreak.messageKey());
    }

    @Test
    void aSmallWorkbookWhoseSheetUnpacksTooLargeIsRefusedWhileStreaming() throws IOException {
        byte[] bomb;
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("name");
            String filler = "x".repeat(500);
            for (int r = 1; r <= 60_000; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(filler);
            }
            workbook.write(out);
            bomb = out.toByteArray();
        }
        assertTrue(bomb.length < TableFile.MAX_MEGABYTES << 20, "the file itself is small: " + bomb.length);
        RuleViolation refused = assertThrows(RuleViolation.class, () -> read(bomb));
        assertEquals("venues.import.tooLarge", refused.messageKey());
    }
}
