package org.sachet.content.archive;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ZipLayoutTest {

    private static final Instant WHEN = Instant.parse("2026-11-23T10:15:30Z");

    @TempDir
    Path dir;

    private Path file(String name, int size, int seed) throws IOException {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return Files.write(dir.resolve(name), bytes);
    }

    private ZipLayout kit(Path audio, Path plan) throws IOException {
        return ZipLayout.builder(WHEN)
                .text("manifest.json", "{\"lesson\": 3, \"title\": \"विश्वासिला वयस्क\"}")
                .file("पाठ-३/lesson-plan.pdf", plan, Files.size(plan), "sha-of-plan", ZipLayout.crc32(plan))
                .file("पाठ-३/radio.mp3", audio, Files.size(audio), "sha-of-audio", ZipLayout.crc32(audio))
                .text("index.html", "<!doctype html><title>पाठ ३</title>".repeat(50))
                .build();
    }

    private static byte[] bytes(ZipLayout layout, long first, long length) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        layout.write(out, first, length);
        return out.toByteArray();
    }

    @Test
    void anyZipReaderOpensItWithNepaliNamesAndTheSameBytes() throws IOException {
        Path audio = file("audio.mp3", 300_000, 1);
        Path plan = file("plan.pdf", 5_000, 2);
        ZipLayout layout = kit(audio, plan);
        Path zip = dir.resolve("kit.zip");
        Files.write(zip, bytes(layout, 0, layout.size()));
        assertEquals(layout.size(), Files.size(zip));
        try (ZipFile read = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
            assertEquals(4, read.size());
            ZipEntry stored = read.getEntry("पाठ-३/radio.mp3");
            assertEquals(ZipEntry.STORED, stored.getMethod());
            assertArrayEquals(Files.readAllBytes(audio), read.getInputStream(stored).readAllBytes());
            assertArrayEquals(Files.readAllBytes(plan), read.getInputStream(read.getEntry("पाठ-३/lesson-plan.pdf")).readAllBytes());
            ZipEntry manifest = read.getEntry("manifest.json");
            assertEquals(ZipEntry.DEFLATED, manifest.getMethod());
            assertEquals("{\"lesson\": 3, \"title\": \"विश्वासिला वयस्क\"}",
                    new String(read.getInputStream(manifest).readAllBytes(), StandardCharsets.UTF_8));
            ZipEntry index = read.getEntry("index.html");
            assertEquals(WHEN, index.getLastModifiedTime().toInstant(), "the time is the one given, to the 2 s of ZIP");
        }
    }

    @Test
    void everyRangeIsTheSameSliceOfTheWhole() throws IOException {
        ZipLayout layout = kit(file("audio.mp3", 100_000, 3), file("plan.pdf", 2_000, 4));
        byte[] whole = bytes(layout, 0, layout.size());
        Random random = new Random(5);
        for (int i = 0; i < 200; i++) {
            long first = random.nextInt((int) layout.size());
            long length = random.nextInt((int) (layout.size() - first) + 1);
            assertArrayEquals(Arrays.copyOfRange(whole, (int) first, (int) (first + length)),
                    bytes(layout, first, length), first + "+" + length);
        }
        assertEquals(0, bytes(layout, layout.size(), 0).length);
        assertThrows(IllegalArgumentException.class, () -> bytes(layout, layout.size() - 1, 2));
    }

    @Test
    void theSameEntriesGiveTheSameBytesAndETag() throws IOException {
        Path audio = file("audio.mp3", 50_000, 6);
        Path plan = file("plan.pdf", 1_000, 7);
        ZipLayout one = kit(audio, plan);
        ZipLayout two = kit(audio, plan);
        assertEquals(one.etag(), two.etag());
        assertArrayEquals(bytes(one, 0, one.size()), bytes(two, 0, two.size()));
        ZipLayout other = ZipLayout.builder(WHEN).text("manifest.json", "{}").build();
        assertNotEquals(one.etag(), other.etag());
    }

    @Test
    void unsafeOrDuplicateNamesAndChangedFilesAreRefused() throws IOException {
        Path plan = file("plan.pdf", 1_000, 8);
        assertThrows(IllegalArgumentException.class, () -> ZipLayout.builder(WHEN).text("../evil.txt", "x"));
        assertThrows(IllegalArgumentException.class, () -> ZipLayout.builder(WHEN).text("/etc/passwd", "x"));
        assertThrows(IllegalArgumentException.class, () -> ZipLayout.builder(WHEN).text("a.txt", "x").text("a.txt", "y"));
        assertThrows(IllegalArgumentException.class, () -> ZipLayout.builder(Instant.parse("1970-01-01T00:00:00Z")));
        ZipLayout layout = ZipLayout.builder(WHEN).file("plan.pdf", plan, 1_000, "sha", ZipLayout.crc32(plan)).build();
        assertTrue(layout.filesIntact());
        Files.write(plan, new byte[10]); // the store's files never change; if one did, say so rather than send it
        assertFalse(layout.filesIntact());
        assertThrows(IOException.class, () -> bytes(layout, 0, layout.size()));
    }

    @Test
    void generatedBytesAreStoredAndSlicesCoverARangeWithFileRegionsLeftForTheKernel() throws IOException {
        Path audio = file("audio.mp3", 40_000, 9);
        byte[] printed = "%PDF-1.7 पाठ योजना".getBytes(StandardCharsets.UTF_8);
        ZipLayout layout = ZipLayout.builder(WHEN)
                .bytes("plan.pdf", printed)
                .file("audio.mp3", audio, 40_000, "sha-audio", ZipLayout.crc32(audio))
                .build();
        Path zip = dir.resolve("slices.zip");
        Files.write(zip, bytes(layout, 0, layout.size()));
        try (ZipFile read = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
            ZipEntry plan = read.getEntry("plan.pdf");
            assertEquals(ZipEntry.STORED, plan.getMethod());
            assertArrayEquals(printed, read.getInputStream(plan).readAllBytes());
        }
        List<ZipLayout.Slice> slices = layout.slices(10, layout.size() - 20);
        assertEquals(layout.size() - 20, slices.stream().mapToLong(ZipLayout.Slice::length).sum());
        ZipLayout.FileSlice region = slices.stream().filter(ZipLayout.FileSlice.class::isInstance)
                .map(ZipLayout.FileSlice.class::cast).findFirst().orElseThrow();
        assertEquals(audio, region.file());
        assertEquals(0, region.offset());
        assertEquals(40_000, region.length(), "a whole stored file inside the range is one region");
        List<ZipLayout.Slice> inside = layout.slices(layout.size() - 22 - 50, 10);
        assertEquals(1, inside.size(), "ten bytes inside the central directory are one slice");
    }
}
