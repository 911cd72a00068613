package org.sachet.content.extraction;

import java.util.Objects;
import java.util.Optional;

import org.apache.tika.mime.MediaType;

/**
 * What an uploaded file is, judged from its content, and whether Sachet accepts it.
 *
 * @param type          the media type the content shows (refined by the file name only where the content allows it)
 * @param kind          the broad family, for choosing a viewer, a thumbnail, an icon
 * @param allowed       whether the file may be stored and shown to others
 * @param refusalReason when not allowed, a machine code: {@code empty}, {@code executable}, {@code active-content},
 *                      {@code type-not-allowed}
 * @param nameMismatch  when the file name's extension names another type, as format names "name → content", e.g. "PDF → PNG"
 */
public record DetectedType(MediaType type, Kind kind, boolean allowed, Optional<String> refusalReason,
                           Optional<String> nameMismatch) {

    /** Refusal codes; the UI maps them to its own (English and Nepali) texts. */
    public static final String EMPTY = "empty";
    public static final String EXECUTABLE = "executable";
    public static final String ACTIVE_CONTENT = "active-content";
    public static final String TYPE_NOT_ALLOWED = "type-not-allowed";

    public enum Kind { DOCUMENT, IMAGE, AUDIO, VIDEO, ARCHIVE, PROGRAM, OTHER }

    public DetectedType {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(refusalReason, "refusalReason");
        Objects.requireNonNull(nameMismatch, "nameMismatch");
        if (allowed == refusalReason.isPresent()) {
            throw new IllegalArgumentException("a refused type needs a reason, an allowed one has none");
        }
    }

    static DetectedType allowed(MediaType type, Kind kind, Optional<String> nameMismatch) {
        return new DetectedType(type, kind, true, Optional.empty(), nameMismatch);
    }

    static DetectedType refused(MediaType type, Kind kind, String reason, Optional<String> nameMismatch) {
        return new DetectedType(type, kind, false, Optional.of(reason), nameMismatch);
    }
}
