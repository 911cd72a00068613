package org.sachet.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sachet.catalogue.VersionFile;

import java.io.IOException;
import java.util.function.LongConsumer;

/** Answers a GET or HEAD for a stored file on a servlet response, for the pages and the API alike. */
public final class FileResponses {

    private FileResponses() {
    }

    /**
     * Answers for a stored version's file from the request's conditional and range headers, and calls
     * {@code downloadStarted} when this answer starts a download (a GET of the whole file or of its first
     * bytes), so a download resumed in pieces counts once; and {@code sending} with the bytes of the file the answer
     * is about to send.
     */
    public static void send(VersionFile file, boolean inline, HttpServletRequest request,
                            HttpServletResponse response, Runnable downloadStarted, LongConsumer sending)
            throws IOException {
        FileDownload download = new FileDownload(file.path(), file.size(), file.sha256(), file.lastModified(),
                file.mediaType(), file.fileName(), inline);
        DownloadPlan plan = DownloadPlan.of(request::getHeader, file.size(), file.sha256(), file.lastModified());
        if ("GET".equals(request.getMethod()) && plan.startsDownload()) {
            downloadStarted.run();
        }
        send(download, plan, request, response, sending);
    }

    /**
     * Sets the planned status and headers, then sends the body (for a GET of a 200 or 206): by the
     * container's sendfile where it can, else copied in chunks. Either way the heap never holds the file.
     * {@code sending} hears the body's length before the body starts: once sendfile has started, the request is the
     * container's, and nothing more may be done on it here.
     */
    public static void send(FileDownload download, DownloadPlan plan, HttpServletRequest request,
                            HttpServletResponse response, LongConsumer sending) throws IOException {
        response.setStatus(plan.status());
        download.headers(plan).forEach(response::setHeader);
        boolean body = "GET".equals(request.getMethod()) && (plan.status() == 200 || plan.status() == 206);
        if (!body) {
            return;
        }
        long first = plan.range().map(ByteRange::first).orElse(0L);
        long length = plan.range().map(ByteRange::length).orElse(download.size());
        sending.accept(length);
        if (!Sendfile.start(request, response, download.file(), first, length)) {
            download.write(plan, response.getOutputStream());
        }
    }
}
