package org.sachet.catalogue;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoCatalogueTest {

    @Test
    void theDemosEnglishPdfsCarryTheirFonts() {
        String pdf = new String(DemoCatalogue.printed("Online safety for adolescents", "Programme team",
                List.of("Online safety for adolescents", "", "Never meet alone.")), StandardCharsets.ISO_8859_1);
        assertTrue(pdf.startsWith("%PDF-"));
        assertTrue(pdf.contains("/FontFile2"), "a TrueType font embedded");
        assertFalse(pdf.contains("/Helvetica"), "no font left to the reader's machine");
    }
}
