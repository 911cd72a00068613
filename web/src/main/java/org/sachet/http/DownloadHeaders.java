package org.sachet.http;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The response headers of a download — a stored file or a lesson kit — for a {@link DownloadPlan}: validators
 * (ETag, Last-Modified), ranges, type and file name.
 *
 * @param etag   the entity tag without quotes
 * @param inline whether a browser should show the file (a preview) rather than save it
 */
public record DownloadHeaders(long size, String etag, Instant lastModified, String mediaType, String fileName,
                              boolean inline) {

    public Map<String, String> of(DownloadPlan plan) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ETag", DownloadPlan.quoted(etag));
        headers.put("Last-Modified", HttpDates.format(lastModified));
        headers.put("Accept-Ranges", "bytes");
        // revalidate every time: the bytes never change under an ETag, but who may have them can (a withdrawal)
        headers.put("Cache-Control", "private, no-cache");
        headers.put("X-Content-Type-Options", "nosniff");
        switch (plan.status()) {
            case 206 -> {
                ByteRange range = plan.range().orElseThrow();
                headers.put("Content-Type", mediaType);
                headers.put("Content-Disposition", disposition());
                headers.put("Content-Range", range.contentRange(size));
                headers.put("Content-Length", Long.toString(range.length()));
            }
            case 200 -> {
                headers.put("Content-Type", mediaType);
                headers.put("Content-Disposition", disposition());
                headers.put("Content-Length", Long.toString(size));
            }
            case 416 -> headers.put("Content-Range", ByteRange.unsatisfiable(size));
            default -> { }
        }
        return headers;
    }

    private String disposition() {
        return inline ? ContentDisposition.inline(fileName) : ContentDisposition.attachment(fileName);
    }
}
