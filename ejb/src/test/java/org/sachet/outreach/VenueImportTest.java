package org.sachet.outreach;

import org.junit.jupiter.api.Test;
import org.sachet.platform.RuleViolation;

import java.io.ByteArrayInputStream;
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
}
