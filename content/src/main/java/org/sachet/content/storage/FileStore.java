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
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Stores files by their content: each file is named by its SHA-256, so identical uploads are kept once and
 * a stored file never changes. A file is streamed to a temporary file, synced to disk and only then renamed
 * into place, so after a crash a file is either wholly present or absent; {@link #removeTemporaryFiles()}
 * clears what an interrupted upload left behind.
 *
 * <p>Layout under the root: {@code tmp/} for uploads in progress, {@code sha256/ab/cd/abcd...} for files.
 */
public final class FileStore {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final int BUFFER = 64 * 1024;

    private final Path root;
    private final Path temporary;
    private final Path files;

    public FileStore(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.temporary = Files.createDirectories(this.root.resolve("tmp"));
        this.files = Files.createDirectories(this.root.resolve("sha256"));
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
        int removed = 0;
        try (DirectoryStream<Path> leftOvers = Files.newDirectoryStream(temporary)) {
            for (Path leftOver : leftOvers) {
                if (Files.deleteIfExists(leftOver)) {
                    removed++;
                }
            }
        }
        return removed;
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
