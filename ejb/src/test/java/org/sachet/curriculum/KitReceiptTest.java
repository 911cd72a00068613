package org.sachet.curriculum;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KitReceiptTest {

    private static final KitId KIT = KitId.parse("lesson-3").orElseThrow();

    @Test
    void aDownloadCountsOncePerPersonKitAndDayInNepal() {
        // 23:00 in Nepal on the 2nd is 17:15 UTC; the next Nepali day starts at 18:15 UTC
        KitReceipt receipt = new KitReceipt(7, KIT, "etag-1", Instant.parse("2026-12-02T17:15:00Z"));
        assertFalse(receipt.received("etag-1", Instant.parse("2026-12-02T17:40:00Z")), "the rest, resumed");
        assertFalse(receipt.received("etag-2", Instant.parse("2026-12-02T18:14:59Z")), "a new kit, the same day");
        assertTrue(receipt.received("etag-2", Instant.parse("2026-12-02T18:15:00Z")), "midnight in Nepal");
        assertEquals("etag-2", receipt.getEtag());
        assertEquals(Instant.parse("2026-12-02T18:15:00Z"), receipt.getDownloadedAt());
        assertFalse(receipt.received("etag-2", Instant.parse("2026-12-03T09:00:00Z")));
    }
}
