package org.sachet.content.extraction;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of making a thumbnail.
 *
 * @param file   the PNG written, when CREATED
 * @param detail what went wrong, in English, for the logs ("" when CREATED)
 */
public record Thumbnail(Status status, Optional<Path> file, int width, int height, String detail) {

    public enum Status {
        CREATED,
        /** Not an image or PDF we can draw (e.g. WEBP without a decoder, audio, ZIP). */
        UNSUPPORTED,
        /** The image claims more pixels than the limit; it was not decoded. */
        TOO_LARGE,
        /** A PDF that needs a password to open. */
        ENCRYPTED,
        /** Damaged, or the child failed while drawing it (including running out of memory). */
        FAILED,
        /** The child overran the time limit and was killed. */
        TIMEOUT
    }

    public Thumbnail {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(detail, "detail");
        if ((status == Status.CREATED) != file.isPresent()) {
            throw new IllegalArgumentException("a file goes with CREATED and only with it");
        }
    }

    static Thumbnail created(Path file, int width, int height) {
        return new Thumbnail(Status.CREATED, Optional.of(file), width, height, "");
    }

    static Thumbnail notMade(Status status, String detail) {
        return new Thumbnail(status, Optional.empty(), 0, 0, detail);
    }
}
