package org.sachet.content.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Stores files by their content: each file is named by its SHA-256, so identical uploads are kept once and
 * a stored file never changes. A file is streamed to a temporary file, synced to disk and only then renamed
 * into place, so after a crash a file is either wholly present or absent; {@link #removeTemporaryFiles()}
 * clears what an interrupted upload left behind.
 *
 * <p>Layout under the root: {@code tmp/<instance>/} for uploads in progress, {@code sha256/ab/cd/abcd...} for
 * files. Several servers may share one store (a shared folder, docs/scale-out.md): each writes its uploads in
 * progress into a folder of its own, so one that starts never removes another's.
 */
public final class FileStore {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final int BUFFER = 64 * 1024;

    /** Another server's unfinished files are removed only after this long: it may be writing them still. */
    static final Duration OTHERS_LEFT_OVERS = Duration.ofDays(1);

    private final Path root;
    private final Path temporaryRoot;
    private final Path temporary;
    private final Path files;

    /** The store of a server that is alone with it. */
    public FileStore(Path root) throws IOException {
        this(root, "main");
    }

    /** The store as one of the servers sharing it sees it; {@code instance} names this server's temporary folder. */
    public FileStore(Path root, String instance) throws IOException {
        if (!instance.matches("[a-z0-9][a-z0-9-]{0,31}")) {
            throw new IllegalArgumentException("not a server instance's name: " + instance);
        }
        this.root = root.toAbsolutePath().normalize();
        this.temporaryRoot = Files.createDirectories(this.root.resolve("tmp"));
        this.temporary = Files.createDirectories(temporaryRoot.resolve(instance));
        this.files = Files.createDirectories(this.root.resolve("sha256"));
    }

    /** This server's folder for files on their way into the store: on the store's disk, so a rename moves them. */
    public Path temporaryFolder() {
        return temporary;
    }

    /**
     * Reads the stream to its end into the store.
     *
     * @param maxBytes the largest file accepted; reading stops as soon as the stream goes beyond it
     * @throws StorageRefusal for an empty stream or one longer than {@code maxBytes}; nothing is stored
     */
    public StoredFile store(InputStream content, long maxBytes) throws IOException {
        Path upload = Files.createTempFile(temporary, "upload-", ".part");
        try {
            MessageDigest digest = sha256();
            CRC32 crc = new CRC32(); // what a ZIP entry of the file needs: read now, while the bytes pass anyway
            long size = copy(new CheckedInputStream(new DigestInputStream(content, digest), crc), upload, maxBytes);
            if (size == 0) {
                throw new StorageRefusal(StorageRefusal.Reason.EMPTY, maxBytes);
            }
            String hash = HexFormat.of().formatHex(digest.digest());
            moveIntoPlace(upload, hash);
            return new StoredFile(hash, size, crc.getValue());
        } finally {
            Files.deleteIfExists(upload);
        }
    }

    /** Where a stored file is, if it is stored. */
    public Optional<Path> find(String sha256) {
        Path file = location(sha256);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    public boolean contains(String sha256) {
        return find(sha256).isPresent();
    }

    /** Removes a stored file (e.g. one no record refers to after a crash). */
    public void remove(String sha256) throws IOException {
        Files.deleteIfExists(location(sha256));
    }

    /** Every stored file's SHA-256; for reconciling the store with the records that point into it. */
    public Stream<String> hashes() throws IOException {
        return Files.walk(files, 3).filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                .filter(name -> SHA256.matcher(name).matches());
    }

    /**
     * Deletes the temporary files of uploads that never finished (call at start, before uploads begin).
     *
     * @return how many were deleted
     */
    public int removeTemporaryFiles() throws IOException {
        int removed = removeIn(temporary, Instant.MAX);
        Instant old = Instant.now().minus(OTHERS_LEFT_OVERS);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(temporaryRoot)) {
            for (Path entry : entries) {
                if (Files.isDirectory(entry)) {
                    // another server's (or a gone one's): what it has not touched for a day it is not writing
                    removed += entry.equals(temporary) ? 0 : removeIn(entry, old);
                } else if (Files.deleteIfExists(entry)) { // a store from before temporary folders per server
                    removed++;
                }
            }
        }
        return removed;
    }

    private static int removeIn(Path folder, Instant changedBefore) throws IOException {
        int removed = 0;
        try (DirectoryStream<Path> leftOvers = Files.newDirectoryStream(folder)) {
            for (Path leftOver : leftOvers) {
                if (Files.getLastModifiedTime(leftOver).toInstant().isBefore(changedBefore)
                        && Files.deleteIfExists(leftOver)) {
                    removed++;
                }
            }
        }
        return removed;
    }

    /** When a stored file was put into the store (its last change: stored files never change after). */
    public Optional<Instant> storedAt(String sha256) throws IOException {
        Path file = location(sha256);
        return Files.isRegularFile(file) ? Optional.of(Files.getLastModifiedTime(file).toInstant()) : Optional.empty();
    }

    /** What a copy of the store holds: how many files and bytes, and how many of them were linked, not copied. */
    public record CopyCount(long files, long bytes, long linked) {
    }

    /** The number of stored files and their bytes now, e.g. to see whether a copy of the store fits. */
    public CopyCount count() throws IOException {
        long[] sum = new long[2];
        try (Stream<Path> stored = storedFiles()) {
            stored.forEach(file -> {
                sum[0]++;
                sum[1] += sizeOf(file);
            });
        }
        return new CopyCount(sum[0], sum[1], 0);
    }

    /**
     * Copies every stored file into {@code target} (a new, empty store root) in the same layout, checking each
     * file's content against its name on the way, so a copy never carries a damaged file unnoticed. A file
     * that {@code linkFrom} (an earlier copy) already holds with the same size is hard-linked instead of
     * copied: stored files never change, so daily copies of a large store cost only what is new.
     *
     * @param progress told the bytes of each file done
     * @throws IOException when a stored file no longer matches its SHA-256 (named in the message)
     */
    public CopyCount copyInto(Path target, Optional<Path> linkFrom, java.util.function.LongConsumer progress)
            throws IOException {
        Path targetFiles = target.resolve("sha256");
        long files = 0, bytes = 0, linked = 0;
        List<Path> stored;
        try (Stream<Path> walk = storedFiles()) {
            stored = walk.toList(); // uploads may add files meanwhile; those belong to the next copy
        }
        for (Path file : stored) {
            Path relative = this.files.relativize(file);
            Path copy = targetFiles.resolve(relative.toString());
            Files.createDirectories(copy.getParent());
            long size = sizeOf(file);
            if (size < 0) {
                continue; // removed since the walk (a refused upload): no record refers to it
            }
            Optional<Path> earlier = linkFrom.map(p -> p.resolve("sha256").resolve(relative.toString()))
                    .filter(p -> sizeOf(p) == size);
            if (earlier.isPresent() && link(earlier.get(), copy)) {
                linked++;
            } else {
                copyChecked(file, copy);
            }
            files++;
            bytes += size;
            progress.accept(size);
        }
        return new CopyCount(files, bytes, linked);
    }

    private Stream<Path> storedFiles() throws IOException {
        return Files.walk(files, 3).filter(Files::isRegularFile)
                .filter(p -> SHA256.matcher(p.getFileName().toString()).matches());
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException gone) {
            return -1;
        }
    }

    private static boolean link(Path existing, Path link) {
        try {
            Files.createLink(link, existing);
            return true;
        } catch (IOException | UnsupportedOperationException otherDiskOrNoLinks) {
            return false;
        }
    }

    private static void copyChecked(Path file, Path copy) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            Files.copy(in, copy);
        }
        String actual = HexFormat.of().formatHex(digest.digest());
        if (!actual.equals(file.getFileName().toString())) {
            Files.deleteIfExists(copy);
            throw new IOException("the stored file " + file.getFileName() + " is damaged: its content's SHA-256 is "
                    + actual);
        }
    }

    public Path root() {
        return root;
    }

    private Path location(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256 in lower-case hex: " + sha256);
        }
        return files.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    private static long copy(InputStream in, Path target, long maxBytes) throws IOException {
        long size = 0;
        byte[] buffer = new byte[BUFFER];
        try (FileChannel channel = FileChannel.open(target, StandardOpenOption.WRITE);
             OutputStream out = Channels.newOutputStream(channel)) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                size += read;
                if (size > maxBytes) {
                    throw new StorageRefusal(StorageRefusal.Reason.TOO_LARGE, maxBytes);
                }
                out.write(buffer, 0, read);
            }
            out.flush();
            channel.force(true);
        }
        return size;
    }

    private void moveIntoPlace(Path upload, String hash) throws IOException {
        Path target = location(hash);
        if (Files.exists(target)) {
            return; // the same content is already stored
        }
        Path directory = Files.createDirectories(target.getParent());
        try {
            Files.move(upload, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException sameContentStoredMeanwhile) {
            return;
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the file store needs a file system with atomic rename: " + root, e);
        }
        syncDirectory(directory);
    }

    /** Makes the rename itself durable (POSIX); ignored where a directory cannot be opened. */
    private static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException notSupportedHere) {
            // e.g. Windows: the rename is as durable as the platform makes it
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
