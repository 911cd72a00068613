package org.sachet.http;

import java.util.Optional;

/**
 * One byte range of a file, as asked for by an HTTP {@code Range} header (RFC 9110 §14), so a broken
 * download resumes where it stopped. Only single ranges are served; a request for several ranges gets the
 * whole file, which the RFC allows.
 *
 * @param first index of the first byte
 * @param last  index of the last byte (inclusive)
 */
public record ByteRange(long first, long last) {

    public ByteRange {
        if (first < 0 || last < first) {
            throw new IllegalArgumentException("not a byte range: " + first + "-" + last);
        }
    }

    public long length() {
        return last - first + 1;
    }

    /** The {@code Content-Range} value of a 206 answer. */
    public String contentRange(long fileSize) {
        return "bytes " + first + "-" + last + "/" + fileSize;
    }

    /** The {@code Content-Range} value of a 416 answer. */
    public static String unsatisfiable(long fileSize) {
        return "bytes */" + fileSize;
    }

    /**
     * Reads a {@code Range} header against a file of the given size.
     *
     * @return empty when the whole file should be sent (no header, another unit, several ranges, or a
     *         header that is not a range at all, which the RFC says to ignore)
     * @throws Unsatisfiable when the range lies wholly beyond the end of the file (answer 416)
     */
    public static Optional<ByteRange> parse(String header, long fileSize) {
        if (header == null) {
            return Optional.empty();
        }
        String value = header.strip();
        if (!value.regionMatches(true, 0, "bytes=", 0, 6) || value.indexOf(',') >= 0) {
            return Optional.empty();
        }
        String spec = value.substring(6).strip();
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return Optional.empty();
        }
        String start = spec.substring(0, dash).strip();
        String end = spec.substring(dash + 1).strip();
        try {
            if (start.isEmpty()) {
                // a suffix: the last N bytes
                long suffix = Long.parseLong(end);
                if (suffix <= 0 || fileSize == 0) {
                    throw new Unsatisfiable(fileSize);
                }
                return Optional.of(new ByteRange(Math.max(0, fileSize - suffix), fileSize - 1));
            }
            long first = Long.parseLong(start);
            long last = end.isEmpty() ? fileSize - 1 : Math.min(Long.parseLong(end), fileSize - 1);
            if (first < 0 || (!end.isEmpty() && Long.parseLong(end) < first)) {
                return Optional.empty(); // malformed: ignore the header
            }
            if (first >= fileSize) {
                throw new Unsatisfiable(fileSize);
            }
            return Optional.of(new ByteRange(first, last));
        } catch (NumberFormatException malformed) {
            return Optional.empty();
        }
    }

    /** A range that starts beyond the end of the file. */
    public static final class Unsatisfiable extends RuntimeException {
        private final long fileSize;

        public Unsatisfiable(long fileSize) {
            super("range not satisfiable for a file of " + fileSize + " bytes");
            this.fileSize = fileSize;
        }

        public long fileSize() {
            return fileSize;
        }
    }
}
