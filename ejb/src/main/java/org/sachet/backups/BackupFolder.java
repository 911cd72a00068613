package org.sachet.backups;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One backup on disk, in a folder of backups:
 * <pre>
 *   sachet-20261203-071200/
 *     db/                the database as Derby's online backup wrote it (a copy that boots as it is)
 *     files/sha256/…     the file store, each file checked against its name on the way
 *     backup.properties  when it was made and what it holds
 *     MANIFEST.sha256    every file's SHA-256, in the form {@code sha256sum -c} reads (./sachet restore checks it)
 * </pre>
 * It is written under a {@code .partial} name and renamed only when complete, so a backup cut off by a crash
 * or a full disk is never taken for one; the next backup into the same folder removes it.
 */
final class BackupFolder {

    static final String MANIFEST = "MANIFEST.sha256";
    static final String DESCRIPTION = "backup.properties";
    static final String DATABASE = "db";
    static final String FILES = "files";
    private static final String UNFINISHED = ".partial";
    private static final Pattern FINISHED_NAME = Pattern.compile("sachet-\\d{8}-\\d{6}(-\\d+)?");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'sachet-'yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private static final java.nio.file.attribute.FileAttribute<?> OWNER_ONLY =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));

    private final Path parent;
    private final Path unfinished;
    private final String name;

    private BackupFolder(Path parent, String name) {
        this.parent = parent;
        this.name = name;
        this.unfinished = parent.resolve(name + UNFINISHED);
    }

    /**
     * Starts a backup in {@code parent} (made owner-only if new): what earlier backups left unfinished there is
     * removed first, and the new one is named after the time, in UTC.
     */
    static BackupFolder begin(Path parent, Instant at) throws IOException {
        Files.createDirectories(parent, OWNER_ONLY);
        try (Stream<Path> entries = Files.list(parent)) {
            for (Path leftOver : entries.filter(p -> p.getFileName().toString().startsWith("sachet-")
                    && p.getFileName().toString().endsWith(UNFINISHED)).toList()) {
                deleteTree(leftOver);
            }
        }
        String base = NAME.format(at);
        String name = base;
        for (int n = 2; Files.exists(parent.resolve(name)); n++) {
            name = base + "-" + n;
        }
        BackupFolder folder = new BackupFolder(parent, name);
        // the owner's alone whatever the server's umask: it holds password hashes and the watch list
        Files.createDirectory(folder.unfinished, OWNER_ONLY);
        return folder;
    }

    /** The newest complete backup in {@code parent}, if any: its files can be linked instead of copied. */
    static Optional<Path> newestFinished(Path parent) {
        if (!Files.isDirectory(parent)) {
            return Optional.empty();
        }
        try (Stream<Path> entries = Files.list(parent)) {
            return entries.filter(p -> FINISHED_NAME.matcher(p.getFileName().toString()).matches())
                    .filter(p -> Files.isRegularFile(p.resolve(MANIFEST)))
                    .max(Comparator.comparing(p -> p.getFileName().toString()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    String name() {
        return name;
    }

    /** Where Derby writes its copy: it makes a folder named after the database's ({@code db}) in here. */
    Path databaseTarget() {
        return unfinished;
    }

    Path fileStoreTarget() {
        return unfinished.resolve(FILES);
    }

    /**
     * Writes the manifest and the description, then gives the backup its final name.
     *
     * @return the finished backup's folder
     */
    Path finish(Map<String, String> description) throws IOException {
        List<String> lines = new ArrayList<>();
        Files.walkFileTree(unfinished, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                String relative = unfinished.relativize(file).toString().replace('\\', '/');
                String fileName = file.getFileName().toString();
                // a stored file was checked against its name as it was copied (or linked from a checked copy)
                boolean storedFile = relative.startsWith(FILES + "/") && SHA256.matcher(fileName).matches();
                lines.add((storedFile ? fileName : sha256Of(file)) + "  " + relative);
                return FileVisitResult.CONTINUE;
            }
        });
        lines.sort(Comparator.comparing(line -> line.substring(66)));
        try (Writer out = Files.newBufferedWriter(unfinished.resolve(DESCRIPTION), StandardCharsets.UTF_8)) {
            out.write("# Sachet backup: restore it with ./sachet restore " + name + "\n");
            for (Map.Entry<String, String> entry : description.entrySet()) {
                out.write(entry.getKey() + "=" + entry.getValue() + "\n");
            }
        }
        lines.add(sha256Of(unfinished.resolve(DESCRIPTION)) + "  " + DESCRIPTION);
        Files.write(unfinished.resolve(MANIFEST), lines, StandardCharsets.UTF_8);
        Path finished = parent.resolve(name);
        Files.move(unfinished, finished, StandardCopyOption.ATOMIC_MOVE);
        return finished;
    }

    /** Removes what this backup wrote so far (it failed). */
    void abandon() {
        try {
            deleteTree(unfinished);
        } catch (IOException | UncheckedIOException e) {
            // the next backup into this folder removes it
        }
    }

    /** The bytes of the regular files under a folder (0 when it does not exist). */
    static long sizeOf(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException gone) {
                    return 0;
                }
            }).sum();
        }
    }

    private static String sha256Of(Path file) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
