package org.sachet.content.extraction;

import java.util.Objects;
import java.util.Optional;

/**
 * The text and facts read from one file.
 *
 * @param status    OK (text found), NO_TEXT (read fine, nothing to index: an image, a scanned PDF without OCR) or
 *                  FAILED
 * @param failure   present exactly when FAILED
 * @param text      the extracted text, at most the configured number of characters; for FAILED, whatever was read
 *                  before the failure (often empty)
 * @param truncated whether the text was cut at the limit (not a failure)
 */
public record Extraction(Status status, Optional<Failure> failure, String text, boolean truncated,
                         ExtractedMetadata metadata) {

    public enum Status { OK, NO_TEXT, FAILED }

    /** A failure's code plus what the parser said, for the logs. */
    public record Failure(FailureCode code, String detail) {
        public Failure {
            Objects.requireNonNull(code, "code");
            detail = detail == null ? "" : detail;
        }

        public String reason() {
            return code.reason();
        }
    }

    public Extraction {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(metadata, "metadata");
        text = withoutNul(text);
        if ((status == Status.FAILED) != failure.isPresent()) {
            throw new IllegalArgumentException("a failure goes with status FAILED and only with it");
        }
        if (status == Status.OK && text.isBlank() || status == Status.NO_TEXT && !text.isBlank()) {
            throw new IllegalArgumentException(status + " does not fit the text found");
        }
    }

    /**
     * A file's text without NUL characters: some parsers pass them on from the file, they mean nothing to a reader
     * or to the index, and PostgreSQL refuses them in a text column.
     */
    static String withoutNul(String text) {
        return text == null || text.indexOf('\u0000') < 0 ? text : text.replace("\u0000", "");
    }

    static Extraction read(String found, boolean truncated, ExtractedMetadata metadata) {
        String text = withoutNul(found);
        return new Extraction(text.isBlank() ? Status.NO_TEXT : Status.OK, Optional.empty(),
                text.isBlank() ? "" : text, truncated, metadata);
    }

    static Extraction failed(FailureCode code, String detail, String partialText, ExtractedMetadata metadata) {
        return new Extraction(Status.FAILED, Optional.of(new Failure(code, detail)), partialText, false, metadata);
    }

    /** What a caller gets when the server has no parser processes (the child class path folder is missing). */
    public static Extraction unavailable() {
        return failed(FailureCode.EXTRACTOR_UNAVAILABLE, "no child class path folder");
    }

    static Extraction failed(FailureCode code, String detail) {
        return failed(code, detail, "", ExtractedMetadata.NONE);
    }
}
