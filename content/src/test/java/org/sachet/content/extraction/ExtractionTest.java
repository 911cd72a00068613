package org.sachet.content.extraction;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ExtractionTest {

    @Test
    void nulCharactersFromAParserAreDroppedFromTheText() {
        Extraction read = Extraction.read("Safe\u0000 migration\u0000", false, ExtractedMetadata.NONE);
        assertEquals("Safe migration", read.text());
        assertEquals(Extraction.Status.OK, read.status());
        // text of nothing but NULs is no text
        assertEquals(Extraction.Status.NO_TEXT, Extraction.read("\u0000\u0000", false, ExtractedMetadata.NONE).status());
        assertEquals("partial", Extraction.failed(FailureCode.values()[0], "x", "par\u0000tial", ExtractedMetadata.NONE)
                .text());
    }
}
