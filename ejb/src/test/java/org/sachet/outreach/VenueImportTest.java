package org.sachet.outreach;

import org.junit.jupiter.api.Test;
import org.sachet.platform.RuleViolation;
import org.sachet.platform.TableFile;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VenueImportTest {

    private static List<VenueImport.Row> read(String csv) {
        return VenueImport.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void rowsAreReadWithTheirLineNumbersWhateverTheColumnOrderAndASpreadsheetsByteOrderMark() {
        List<VenueImport.Row> rows = read("\uFEFFWard,Name,type,local_level_code,school_code\n"
                + "4,\"Shree Janata School, Nepalgunj\",school,571,\n\n"
                + "10,हेटौडा बाल क्लब,CHILD CLUB,337,\n");
        assertEquals(2, rows.size());
        VenueImport.Row school = rows.get(0);
        assertEquals(2, school.line());
        assertTrue(school.isGood());
        assertEquals("Shree Janata School, Nepalgunj", school.draft().name());
        assertEquals(VenueType.SCHOOL, school.draft().type());
        assertEquals(571, school.draft().localLevelCode());
        assertEquals(4, school.draft().ward());
        assertNull(school.draft().code(), "no code column: the next free code is given when added");
        assertEquals(VenueType.CHILD_CLUB, rows.get(1).draft().type());
        assertEquals("हेटौडा बाल क्लब", rows.get(1).draft().name());
    }

    @Test
    void aRowWithAnUnknownKindOrANonNumberSaysSoAndTheOthersStayGood() {
        List<VenueImport.Row> rows = read("name,type,local_level_code,ward\nA,temple,571,1\nB,SCHOOL,five,1\nC,SCHOOL,571,2\n");
        assertEquals("venues.import.badType", rows.get(0).problem());
        assertEquals(List.of("temple"), rows.get(0).arguments());
        assertEquals("venues.import.badNumber", rows.get(1).problem());
        assertTrue(rows.get(2).isGood());
    }

    @Test
    void aFileWithoutARequiredColumnOrWithoutRowsIsRefusedAsAWhole() {
        RuleViolation missing = assertThrows(RuleViolation.class, () -> read("name,type,local_level_code\nA,SCHOOL,571\n"));
        assertEquals("venues.import.missingColumns", missing.messageKey());
        assertEquals("ward", missing.arguments()[0]);
        assertEquals("venues.import.empty", assertThrows(RuleViolation.class,
                () -> read("name,type,local_level_code,ward\n")).messageKey());
        assertEquals("venues.import.empty", assertThrows(RuleViolation.class, () -> read("")).messageKey());
    }

    @Test
    void aSpreadsheetsFirstSheetIsReadAsItShowsWithNumbersAsNumbersAndEmptyRowsSkipped() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("Venues");
            String[] header = {"Name", "TYPE", "local_level_code", "ward", "school_code"};
            var headerRow = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                headerRow.createCell(c).setCellValue(header[c]);
            }
            var school = sheet.createRow(1);
            school.createCell(0).setCellValue("Shree Janata School");
            school.createCell(1).setCellValue("SCHOOL");
            school.createCell(2).setCellValue(571);
            school.createCell(3).setCellValue(4);
            school.createCell(4).setCellValue(570010);
            sheet.createRow(2).createCell(0).setCellValue(" ");
            var club = sheet.createRow(4);
            club.createCell(0).setCellValue("हेटौडा बाल क्लब");
            club.createCell(1).setCellValue("child club");
            club.createCell(2).setCellValue(337);
            club.createCell(3).setCellValue(10.5);
            workbook.createSheet("Notes").createRow(0).createCell(0).setCellValue("not read");
            workbook.write(out);

            List<VenueImport.Row> rows = VenueImport.read(new ByteArrayInputStream(out.toByteArray()));

            assertEquals(2, rows.size(), "the empty rows are skipped");
            assertEquals(2, rows.get(0).line());
            assertTrue(rows.get(0).isGood());
            assertEquals(571, rows.get(0).draft().localLevelCode());
            assertEquals(4, rows.get(0).draft().ward());
            assertEquals("570010", rows.get(0).draft().schoolCode(), "a number cell is read as shown, not 570010.0");
            assertEquals(5, rows.get(1).line(), "the spreadsheet's row number");
            assertEquals("venues.import.badNumber", rows.get(1).problem(), "ward 10.5");
        }
    }

    @Test
    void aDamagedSpreadsheetOrABinaryFileIsRefusedAsUnreadable() {
        byte[] zipStart = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 1, 2, 3};
        assertEquals("venues.import.unreadable", assertThrows(RuleViolation.class,
                () -> VenueImport.read(new ByteArrayInputStream(zipStart))).messageKey());
        byte[] image = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', (byte) 0xFF, 0};
        RuleViolation notATable = assertThrows(RuleViolation.class, () -> VenueImport.read(new ByteArrayInputStream(image)));
        assertTrue(List.of("venues.import.unreadable", "venues.import.missingColumns").contains(notATable.messageKey()),
                notATable.messageKey());
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedBeforeItIsParsed() {
        byte[] large = new byte[TableFile.MAX_MEGABYTES * 1024 * 1024 + 1];
        java.util.Arrays.fill(large, (byte) 'a');
        RuleViolation tooLarge = assertThrows(RuleViolation.class, () -> VenueImport.read(new ByteArrayInputStream(large)));
        assertEquals("venues.import.tooLarge", tooLarge.messageKey());
        assertEquals(TableFile.MAX_MEGABYTES, tooLarge.arguments()[0]);
    }
}
