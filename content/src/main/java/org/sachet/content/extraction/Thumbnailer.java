package org.sachet.content.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.apache.tika.mime.MediaType;

/**
 * Makes PNG thumbnails (at most 320 px on the long side) of images and of a PDF's first page. The drawing is done
 * by {@link ThumbnailerChild} in a short-lived child JVM with a small heap and a time limit, so that a
 * decompression bomb or a pathological PDF costs the server nothing but a killed process.
 *
 * <p>Thread-safe; at most {@code maxConcurrent} children run at once, further calls wait.
 */
public final class Thumbnailer {

    static final Set<MediaType> DRAWABLE = Set.of(MediaType.image("png"), MediaType.image("jpeg"),
            MediaType.image("gif"), MediaType.image("webp"), MediaType.application("pdf"));

    private final Path childClassPath;
    private final Duration timeLimit;
    private final String maxHeap;
    private final Semaphore running;

    /**
     * @param childClassPath the same folder the text extractor uses (it holds PDFBox and this module's jar)
     */
    public Thumbnailer(Path childClassPath, Duration timeLimit, String maxHeap, int maxConcurrent) {
        if (!Files.isDirectory(childClassPath)) {
            throw new IllegalArgumentException("child class path folder not found: " + childClassPath);
        }
        this.childClassPath = childClassPath.toAbsolutePath();
        this.timeLimit = Objects.requireNonNull(timeLimit, "timeLimit");
        this.maxHeap = Objects.requireNonNull(maxHeap, "maxHeap");
        this.running = new Semaphore(maxConcurrent);
    }

    /** 30 s, 256 MB, two at a time. */
    public Thumbnailer(Path childClassPath) {
        this(childClassPath, Duration.ofSeconds(30), "256m", 2);
    }

    public static boolean canDraw(MediaType type) {
        return DRAWABLE.contains(type.getBaseType());
    }

    /**
     * Writes a thumbnail of {@code source} to {@code target} (replacing it); on any failure {@code target} is left
     * as it was.
     *
     * @param type the type found by {@link FileTypeDetector}
     */
    public Thumbnail thumbnail(Path source, MediaType type, Path target) {
        if (!canDraw(type)) {
            return Thumbnail.notMade(Thumbnail.Status.UNSUPPORTED, "no thumbnails for " + type);
        }
        try {
            running.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Thumbnail.notMade(Thumbnail.Status.FAILED, "interrupted while waiting");
        }
        Path partial = null;
        Path log = null;
        try {
            Path folder = target.toAbsolutePath().getParent();
            partial = Files.createTempFile(folder, ".thumbnail-", ".png.part");
            log = Files.createTempFile("sachet-thumbnail-", ".log");
            ChildResult result = draw(source.toAbsolutePath(), type, partial, log);
            if (result.status() == Thumbnail.Status.CREATED) {
                moveIntoPlace(partial, target);
                return Thumbnail.created(target, result.width(), result.height());
            }
            return Thumbnail.notMade(result.status(), result.detail());
        } catch (IOException e) {
            return Thumbnail.notMade(Thumbnail.Status.FAILED, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Thumbnail.notMade(Thumbnail.Status.FAILED, "interrupted");
        } finally {
            running.release();
            deleteQuietly(partial);
            deleteQuietly(log);
        }
    }

    /** What the child printed. */
    private record ChildResult(Thumbnail.Status status, int width, int height, String detail) {
        static ChildResult notMade(Thumbnail.Status status, String detail) {
            return new ChildResult(status, 0, 0, detail);
        }
    }

    private ChildResult draw(Path source, MediaType type, Path partial, Path log)
            throws IOException, InterruptedException {
        // A short-lived JVM: the quick compiler only (starts faster), the leanest collector, death on OOM.
        List<String> command = List.of(ForkSlot.javaCommand(), "-Xmx" + maxHeap, "-XX:+ExitOnOutOfMemoryError",
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true",
                "-cp", childClassPath + "/*", ThumbnailerChild.class.getName(),
                source.toString(), partial.toString(), type.getBaseType().toString());
        // Output goes to a file, not a pipe: a chatty child can then never block on a full pipe.
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        child.getOutputStream().close(); // nothing to read
        if (!child.waitFor(timeLimit.toMillis(), TimeUnit.MILLISECONDS)) {
            child.destroyForcibly().waitFor();
            return ChildResult.notMade(Thumbnail.Status.TIMEOUT, "no thumbnail after " + timeLimit.toMillis() + " ms");
        }
        return result(Files.readString(log, StandardCharsets.UTF_8), child.exitValue());
    }

    /** Reads the child's last result line; a child that died without one (out of memory) has failed. */
    private static ChildResult result(String output, int exitCode) {
        String line = output.lines().filter(l -> l.startsWith(ThumbnailerChild.RESULT)).reduce((a, b) -> b)
                .map(l -> l.substring(ThumbnailerChild.RESULT.length())).orElse(null);
        if (line == null) {
            return ChildResult.notMade(Thumbnail.Status.FAILED, "the child stopped with exit code " + exitCode
                    + " and no result (out of memory or crashed)");
        }
        String[] parts = line.split(" ", 2);
        Thumbnail.Status status = Thumbnail.Status.valueOf(parts[0]);
        String rest = parts.length > 1 ? parts[1] : "";
        if (status == Thumbnail.Status.CREATED) {
            String[] size = rest.split(" ");
            return new ChildResult(status, Integer.parseInt(size[0]), Integer.parseInt(size[1]), "");
        }
        return ChildResult.notMade(status, rest);
    }

    private static void moveIntoPlace(Path partial, Path target) throws IOException {
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover temporary file is harmless
        }
    }
}
