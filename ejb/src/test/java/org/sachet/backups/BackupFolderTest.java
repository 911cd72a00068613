package org.sachet.backups;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackupFolderTest {

    private static final Instant NOON = Instant.parse("2026-12-03T12:00:00Z");

    @TempDir
    Path backups;

    @Test
    void aBackupIsUnfinishedUntilItsManifestIsWrittenThenTakesItsName() throws Exception {
        BackupFolder backup = BackupFolder.begin(backups, NOON);
        Files.createDirectories(backup.databaseTarget().resolve("db/seg0"));
        Files.writeString(backup.databaseTarget().resolve("db/seg0/c10.dat"), "rows");
        assertEquals(List.of("sachet-20261203-120000.partial"), names());
        assertTrue(BackupFolder.newestFinished(backups).isEmpty(), "an unfinished backup is never one to link to");

        Path finished = backup.finish(Map.of("made-at", NOON.toString()));
        assertEquals(backups.resolve("sachet-20261203-120000"), finished);
        assertEquals(List.of("sachet-20261203-120000"), names());
        List<String> manifest = Files.readAllLines(finished.resolve(BackupFolder.MANIFEST));
        assertEquals(List.of(sha256("rows") + "  db/seg0/c10.dat",
                sha256(Files.readString(finished.resolve(BackupFolder.DESCRIPTION))) + "  backup.properties"), manifest,
                "every file with its checksum, as sha256sum -c reads it");
        assertEquals(Path.of(finished.toString()), BackupFolder.newestFinished(backups).orElseThrow());
    }

    @Test
    void whatACrashLeftUnfinishedIsRemovedAndASecondBackupInTheSameSecondGetsItsOwnName() throws Exception {
        BackupFolder cutOff = BackupFolder.begin(backups, NOON);
        Files.writeString(cutOff.databaseTarget().resolve("half-written"), "x");
        BackupFolder.begin(backups, NOON).finish(Map.of());
        assertEquals(List.of("sachet-20261203-120000"), names(), "the unfinished one is gone");
        BackupFolder.begin(backups, NOON).finish(Map.of());
        assertEquals(List.of("sachet-20261203-120000", "sachet-20261203-120000-2"), names());
        assertFalse(Files.exists(backups.resolve("sachet-20261203-120000.partial")));
    }

    private List<String> names() throws Exception {
        try (Stream<Path> entries = Files.list(backups)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes()));
    }
}
