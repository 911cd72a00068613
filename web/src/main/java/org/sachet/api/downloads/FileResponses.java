package org.sachet.api.downloads;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** Answers a GET or HEAD for a stored file on a servlet response, for the pages and the API alike. */
public final class FileResponses {

    private FileResponses() {
    }

    /**
     * Sets the planned status and headers, then sends the body (for a GET of a 200 or 206): by the
     * container's sendfile where it can, else copied in chunks. Either way the heap never holds the file.
     */
    public static void send(FileDownload download, DownloadPlan plan, HttpServletRequest request,
                            HttpServletResponse response) throws IOException {
        response.setStatus(plan.status());
        download.headers(plan).forEach(response::setHeader);
        boolean body = "GET".equals(request.getMethod()) && (plan.status() == 200 || plan.status() == 206);
        if (!body) {
            return;
        }
        long first = plan.range().map(ByteRange::first).orElse(0L);
        long length = plan.range().map(ByteRange::length).orElse(download.size());
        if (!Sendfile.start(request, response, download.file(), first, length)) {
            download.write(plan, response.getOutputStream());
        }
    }
}
