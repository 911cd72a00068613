package org.sachet.http;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DownloadPlanTest {

    private static final String TAG = "ab".repeat(32);
    private static final Instant MODIFIED = Instant.parse("2026-11-20T10:15:30Z");

    private static DownloadPlan plan(Map<String, String> headers) {
        return DownloadPlan.of(headers::get, 1000, TAG, MODIFIED);
    }

    @Test
    void plainRequestGetsTheWholeFile() {
        DownloadPlan plan = plan(Map.of());
        assertEquals(200, plan.status());
        assertTrue(plan.startsDownload());
    }

    @Test
    void aCurrentCopyIsNotSentAgain() {
        assertEquals(304, plan(Map.of("If-None-Match", "\"" + TAG + "\"")).status());
        assertEquals(304, plan(Map.of("If-None-Match", "\"old\", W/\"" + TAG + "\"")).status());
        assertEquals(200, plan(Map.of("If-None-Match", "\"old\"")).status());
        assertEquals(304, plan(Map.of("If-Modified-Since", "Fri, 20 Nov 2026 10:15:30 GMT")).status());
        assertEquals(200, plan(Map.of("If-Modified-Since", "Fri, 20 Nov 2026 10:15:29 GMT")).status());
        // the obsolete forms a recipient must accept too (RFC 9110 §5.6.7)
        assertEquals(304, plan(Map.of("If-Modified-Since", "Friday, 20-Nov-26 10:15:30 GMT")).status());
        assertEquals(304, plan(Map.of("If-Modified-Since", "Fri Nov 20 10:15:30 2026")).status());
        assertEquals(200, plan(Map.of("If-Modified-Since", "Fri Nov 20 10:15:29 2026")).status());
    }

    @Test
    void aResumeGetsTheRestIfTheFileIsUnchanged() {
        DownloadPlan resume = plan(Map.of("Range", "bytes=600-", "If-Range", "\"" + TAG + "\""));
        assertEquals(206, resume.status());
        assertEquals(new ByteRange(600, 999), resume.range().orElseThrow());
        assertFalse(resume.startsDownload());
        assertEquals(200, plan(Map.of("Range", "bytes=600-", "If-Range", "\"other\"")).status());
        assertEquals(206, plan(Map.of("Range", "bytes=0-99")).status());
        assertTrue(plan(Map.of("Range", "bytes=0-99")).startsDownload());
    }

    @Test
    void aRangeBeyondTheEndIsRefused() {
        DownloadPlan plan = plan(Map.of("Range", "bytes=1000-"));
        assertEquals(416, plan.status());
        FileDownload download = new FileDownload(Path.of("x"), 1000, TAG, MODIFIED, "application/pdf", "a.pdf", false);
        assertEquals("bytes */1000", download.headers(plan).get("Content-Range"));
    }

    @Test
    void writesExactlyTheRangeAndTheHeadersThatGoWithIt() throws Exception {
        Path file = Files.createTempFile("download", ".bin");
        byte[] bytes = new byte[200_000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        Files.write(file, bytes);
        try {
            FileDownload download = new FileDownload(file, bytes.length, TAG, MODIFIED, "application/pdf",
                    "सुरक्षा.pdf", false);
            DownloadPlan plan = DownloadPlan.of(Map.of("Range", "bytes=70000-139999")::get, bytes.length, TAG, MODIFIED);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            download.write(plan, out);
            byte[] expected = new byte[70_000];
            System.arraycopy(bytes, 70_000, expected, 0, expected.length);
            assertArrayEquals(expected, out.toByteArray());
            Map<String, String> headers = download.headers(plan);
            assertEquals("bytes 70000-139999/200000", headers.get("Content-Range"));
            assertEquals("70000", headers.get("Content-Length"));
            assertEquals("\"" + TAG + "\"", headers.get("ETag"));
            assertEquals("Fri, 20 Nov 2026 10:15:30 GMT", headers.get("Last-Modified"));
            assertTrue(headers.get("Content-Disposition").startsWith("attachment;"));
        } finally {
            Files.delete(file);
        }
    }
}
