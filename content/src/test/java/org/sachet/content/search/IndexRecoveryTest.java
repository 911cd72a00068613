package org.sachet.content.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sachet.content.search.Materials.material;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexRecoveryTest {

    @TempDir
    Path folder;

    @Test
    void newFolderStartsEmpty() throws IOException {
        try (MaterialIndex index = MaterialIndex.openOrRecreate(folder.resolve("new"))) {
            assertTrue(index.startedEmpty());
            assertEquals(0, index.count());
        }
    }

    @Test
    void garbageCommitFileIsReportedAsUnreadable() throws IOException {
        Files.writeString(folder.resolve("segments_1"), "not an index", StandardCharsets.UTF_8);

        IndexUnreadable unreadable = assertThrows(IndexUnreadable.class, () -> MaterialIndex.open(folder));
        assertEquals(folder.toAbsolutePath(), unreadable.directory());
    }

    @Test
    void damagedSegmentIsReportedAsUnreadableAndCanBeRecreated() throws IOException {
        try (MaterialIndex index = MaterialIndex.open(folder)) {
            index.put(material(1, "migration"));
        }
        damageSegmentFiles();

        assertThrows(IndexUnreadable.class, () -> MaterialIndex.open(folder));
        try (MaterialIndex index = MaterialIndex.openOrRecreate(folder)) {
            assertTrue(index.startedEmpty());
            assertEquals(0, index.count());
            index.replaceAll(List.of(material(2, "rebuilt")));
        }
        try (MaterialIndex index = MaterialIndex.openOrRecreate(folder)) {
            assertFalse(index.startedEmpty());
            assertEquals(1, index.count());
        }
    }

    @Test
    void indexOfAnotherLayoutIsReportedAsUnreadable() throws IOException {
        try (Directory directory = FSDirectory.open(folder);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            writer.setLiveCommitData(Map.of("sachet.layout", "0").entrySet());
            writer.commit();
        }

        assertThrows(IndexUnreadable.class, () -> MaterialIndex.open(folder));
        try (MaterialIndex index = MaterialIndex.openOrRecreate(folder)) {
            assertTrue(index.startedEmpty());
        }
        try (MaterialIndex index = MaterialIndex.open(folder)) {
            assertFalse(index.startedEmpty());
        }
    }

    /** Overwrites the segment metadata files with bytes of the same length. */
    private void damageSegmentFiles() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".si")).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                for (int i = 0; i < bytes.length; i++) {
                    bytes[i] = (byte) ~bytes[i];
                }
                Files.write(file, bytes);
            }
        }
    }
}
