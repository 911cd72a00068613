package org.sachet.content.storage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FileStoreTest {

    private static final long LIMIT = 1024 * 1024;

    @TempDir
    Path root;

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private long temporaryFiles() throws IOException {
        try (var files = Files.list(root.resolve("tmp").resolve("main"))) {
            return files.count();
        }
    }

    @Test
    void storedFileIsNamedByItsSha256AndReadsBackUnchanged() throws Exception {
        FileStore store = new FileStore(root);
        byte[] content = "सुरक्षित आप्रवासन — safe migration".getBytes(StandardCharsets.UTF_8);
        StoredFile stored = store.store(new ByteArrayInputStream(content), LIMIT);

        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        assertEquals(expected, stored.sha256());
        assertEquals(content.length, stored.size());
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(content);
        assertEquals(crc.getValue(), stored.crc32(), "the CRC-32 a ZIP entry needs, read on the way in");
        Path file = store.find(expected).orElseThrow();
        assertTrue(file.endsWith(Path.of("sha256", expected.substring(0, 2), expected.substring(2, 4), expected)));
        assertArrayEquals(content, Files.readAllBytes(file));
        assertEquals(0, temporaryFiles());
    }

    @Test
    void identicalContentIsStoredOnce() throws Exception {
        FileStore store = new FileStore(root);
        StoredFile first = store.store(bytes("poster"), LIMIT);
        StoredFile second = store.store(bytes("poster"), LIMIT);
        assertEquals(first, second);
        assertEquals(List.of(first.sha256()), store.hashes().toList());
        assertEquals(0, temporaryFiles());
    }

    @Test
    void fileOverTheLimitIsRefusedAndLeavesNothing() throws Exception {
        FileStore store = new FileStore(root);
        StorageRefusal refusal = assertThrows(StorageRefusal.class,
                () -> store.store(new ByteArrayInputStream(new byte[1001]), 1000));
        assertEquals(StorageRefusal.Reason.TOO_LARGE, refusal.reason());
        assertEquals(0, store.hashes().count());
        assertEquals(0, temporaryFiles());
    }

    @Test
    void oversizedStreamIsNotReadToItsEnd() throws Exception {
        FileStore store = new FileStore(root);
        CountingEndlessStream endless = new CountingEndlessStream();
        assertThrows(StorageRefusal.class, () -> store.store(endless, LIMIT));
        assertTrue(endless.served < LIMIT + 128 * 1024, "stopped soon after the limit: " + endless.served);
    }

    @Test
    void emptyFileIsRefused() throws Exception {
        FileStore store = new FileStore(root);
        StorageRefusal refusal = assertThrows(StorageRefusal.class, () -> store.store(bytes(""), LIMIT));
        assertEquals(StorageRefusal.Reason.EMPTY, refusal.reason());
        assertEquals(0, store.hashes().count());
        assertEquals(0, temporaryFiles());
    }

    @Test
    void leftOverTemporaryFilesAreRemovedAtStart() throws Exception {
        Files.createDirectories(root.resolve("tmp/main"));
        Files.writeString(root.resolve("tmp/main/upload-1.part"), "half an upload");
        Files.writeString(root.resolve("tmp/upload-2.part"), "another half, from a store before folders per server");
        FileStore store = new FileStore(root);
        assertEquals(2, store.removeTemporaryFiles());
        assertEquals(0, temporaryFiles());
        assertFalse(Files.exists(root.resolve("tmp/upload-2.part")));
    }

    @Test
    void aServerSharingTheStoreLeavesAnotherOnesUploadsInProgressAlone() throws Exception {
        FileStore a = new FileStore(root, "a");
        FileStore b = new FileStore(root, "b");
        Path inProgress = Files.writeString(a.temporaryFolder().resolve("upload-1.part"), "being written by a");
        Path abandoned = Files.writeString(a.temporaryFolder().resolve("upload-2.part"), "a died two days ago");
        Files.setLastModifiedTime(abandoned, java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(FileStore.OTHERS_LEFT_OVERS).minusSeconds(60)));
        Files.writeString(b.temporaryFolder().resolve("upload-3.part"), "b's own, from before b's restart");
        assertEquals(2, b.removeTemporaryFiles());
        assertTrue(Files.exists(inProgress), "a's upload in progress is left alone");
        assertFalse(Files.exists(abandoned));
        assertThrows(IllegalArgumentException.class, () -> new FileStore(root, "../x"));
    }

    @Test
    void onlyWellFormedHashesAreLookedUp() throws Exception {
        FileStore store = new FileStore(root);
        for (String bad : new String[]{"../../etc/passwd", "ABC", "", "g".repeat(64)}) {
            assertThrows(IllegalArgumentException.class, () -> store.find(bad), bad);
        }
        assertFalse(store.contains("0".repeat(64)));
    }

    @Test
    void removedFileIsGone() throws Exception {
        FileStore store = new FileStore(root);
        StoredFile stored = store.store(bytes("withdrawn"), LIMIT);
        store.remove(stored.sha256());
        assertFalse(store.contains(stored.sha256()));
    }

    @Test
    void concurrentUploadsOfTheSameContentBothSucceed() throws Exception {
        FileStore store = new FileStore(root);
        byte[] content = new byte[512 * 1024];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) (i * 31);
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Callable<StoredFile> upload = () -> store.store(new ByteArrayInputStream(content), LIMIT);
            List<Future<StoredFile>> results = pool.invokeAll(List.of(upload, upload, upload, upload));
            String hash = results.get(0).get().sha256();
            for (Future<StoredFile> result : results) {
                assertEquals(hash, result.get().sha256());
            }
            assertArrayEquals(content, Files.readAllBytes(store.find(hash).orElseThrow()));
            assertEquals(0, temporaryFiles());
        } finally {
            pool.shutdownNow();
        }
    }

    /** An upload that never ends, counting what it served. */
    private static final class CountingEndlessStream extends InputStream {
        long served;

        @Override
        public int read() {
            served++;
            return 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) 'x');
            served += len;
            return len;
        }
    }

    @Test
    void aCopyHoldsEveryFileAndLinksWhatAnEarlierCopyHolds(@TempDir Path copies) throws Exception {
        FileStore store = new FileStore(root);
        StoredFile first = store.store(bytes("first lesson plan"), LIMIT);
        Path monday = copies.resolve("monday");
        long[] progress = new long[1];
        FileStore.CopyCount mondays = store.copyInto(monday, Optional.empty(), b -> progress[0] += b);
        assertEquals(new FileStore.CopyCount(1, first.size(), 0), mondays);
        assertEquals(first.size(), progress[0]);

        StoredFile second = store.store(bytes("second: a radio script"), LIMIT);
        Path tuesday = copies.resolve("tuesday");
        FileStore.CopyCount tuesdays = store.copyInto(tuesday, Optional.of(monday), b -> { });
        assertEquals(new FileStore.CopyCount(2, first.size() + second.size(), 1), tuesdays);
        assertEquals(store.count().files(), tuesdays.files());
        for (StoredFile stored : List.of(first, second)) {
            Path copy = new FileStore(tuesday).find(stored.sha256()).orElseThrow();
            assertArrayEquals(Files.readAllBytes(store.find(stored.sha256()).orElseThrow()), Files.readAllBytes(copy));
        }
        Path linked = new FileStore(tuesday).find(first.sha256()).orElseThrow();
        assertTrue(Files.isSameFile(linked, new FileStore(monday).find(first.sha256()).orElseThrow()),
                "an unchanged file costs no second copy");
    }

    @Test
    void aDamagedStoredFileStopsTheCopyAndIsNamed(@TempDir Path copies) throws Exception {
        FileStore store = new FileStore(root);
        StoredFile stored = store.store(bytes("a poster"), LIMIT);
        Files.writeString(store.find(stored.sha256()).orElseThrow(), "a poster, changed on disk");
        IOException refused = assertThrows(IOException.class,
                () -> store.copyInto(copies.resolve("copy"), Optional.empty(), b -> { }));
        assertTrue(refused.getMessage().contains(stored.sha256()), refused.getMessage());
    }
}
