package org.sachet.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sachet.content.archive.ZipLayout;

import java.io.IOException;
import java.util.function.LongConsumer;

/**
 * Answers a GET or HEAD for an archive laid out up front (a lesson kit) as {@link FileResponses} does for a
 * stored file: validators, one byte range (206/416), and the body streamed from the store — by the container's
 * sendfile for the stored files where it can, else copied — never built in memory.
 */
public final class ArchiveResponses {

    private ArchiveResponses() {
    }

    /**
     * @param bytesSent called when this answer sends any of the archive's bytes (a whole, a piece, a probe): the
     *                  receiver counts a download once per person, kit and day however many ranges it took
     * @param sending   hears the bytes of the archive the answer is about to send, before it starts (see
     *                  {@link FileResponses})
     */
    public static void send(ZipLayout archive, DownloadHeaders headers, HttpServletRequest request,
                            HttpServletResponse response, Runnable bytesSent, LongConsumer sending) throws IOException {
        DownloadPlan plan = DownloadPlan.of(request::getHeader, archive.size(), archive.etag(), headers.lastModified());
        boolean get = "GET".equals(request.getMethod());
        if (get && plan.sendsBytes()) {
            bytesSent.run();
        }
        response.setStatus(plan.status());
        headers.of(plan).forEach(response::setHeader);
        if (!get || (plan.status() != 200 && plan.status() != 206)) {
            return;
        }
        long first = plan.range().map(ByteRange::first).orElse(0L);
        long length = plan.range().map(ByteRange::length).orElse(archive.size());
        sending.accept(length);
        if (!Sendfile.startSlices(request, response, archive.slices(first, length))) {
            archive.write(response.getOutputStream(), first, length);
        }
    }
}
