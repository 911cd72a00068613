package org.sachet.http;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Function;

/**
 * How to answer a GET or HEAD for a stored file, from the request's conditional and range headers
 * (RFC 9110): 304 when the client's copy is current, 206 for one satisfiable range, 416 for a range beyond
 * the end, otherwise 200 with the whole file. A resumed download sends {@code If-Range} with the ETag, so
 * a file that changed in between is sent whole rather than spliced.
 *
 * @param status the HTTP status to send
 * @param range  the bytes to send with a 206
 */
public record DownloadPlan(int status, Optional<ByteRange> range) {

    /**
     * @param header reads a request header by name (null when absent)
     * @param etag   the file's entity tag without quotes (its SHA-256)
     */
    public static DownloadPlan of(Function<String, String> header, long size, String etag, Instant lastModified) {
        String ifNoneMatch = header.apply("If-None-Match");
        if (ifNoneMatch != null) {
            if (matches(ifNoneMatch, etag)) {
                return new DownloadPlan(304, Optional.empty());
            }
        } else if (notModifiedSince(header.apply("If-Modified-Since"), lastModified)) {
            return new DownloadPlan(304, Optional.empty());
        }
        String ifRange = header.apply("If-Range");
        if (ifRange != null && !ifRangeHolds(ifRange.strip(), etag, lastModified)) {
            return new DownloadPlan(200, Optional.empty());
        }
        try {
            return ByteRange.parse(header.apply("Range"), size)
                    .map(r -> new DownloadPlan(206, Optional.of(r)))
                    .orElse(new DownloadPlan(200, Optional.empty()));
        } catch (ByteRange.Unsatisfiable e) {
            return new DownloadPlan(416, Optional.empty());
        }
    }

    /** Whether this answer starts a download (the whole file or its first piece), for counting it once. */
    public boolean startsDownload() {
        return status == 200 || (status == 206 && range.orElseThrow().first() == 0);
    }

    /** Whether this answer sends bytes of the file: the whole or a range. */
    public boolean sendsBytes() {
        return status == 200 || status == 206;
    }

    public static String quoted(String etag) {
        return "\"" + etag + "\"";
    }


    private static boolean matches(String ifNoneMatch, String etag) {
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*") || tag.equals(quoted(etag))) {
                return true;
            }
        }
        return false;
    }

    private static boolean ifRangeHolds(String ifRange, String etag, Instant lastModified) {
        if (ifRange.startsWith("\"") || ifRange.startsWith("W/")) {
            return ifRange.equals(quoted(etag)); // If-Range needs a strong match
        }
        return parseDate(ifRange).map(d -> d.equals(lastModified.truncatedTo(ChronoUnit.SECONDS))).orElse(false);
    }

    private static boolean notModifiedSince(String value, Instant lastModified) {
        return value != null && parseDate(value)
                .map(d -> !lastModified.truncatedTo(ChronoUnit.SECONDS).isAfter(d)).orElse(false);
    }

    private static Optional<Instant> parseDate(String value) {
        return HttpDates.parse(value);
    }
}
