package org.sachet.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sachet.curriculum.Kit;

import java.io.IOException;

/** Answers for a lesson kit on a servlet response, for the pages and the API alike. */
public final class KitResponses {

    private KitResponses() {
    }

    /**
     * Sends the kit, or — when a material's file is missing from the store — a 409 that names what is missing,
     * never half a kit. Answers how many bytes of the kit the answer sends.
     */
    public static long send(Kit kit, HttpServletRequest request, HttpServletResponse response,
                            Runnable bytesSent) throws IOException {
        if (!kit.isComplete()) {
            ApiError.of("kitIncomplete", Messages.get(FileRequests.localeOf(request), "api.error.kitIncomplete",
                            String.join("; ", kit.missing())))
                    .send(response, HttpServletResponse.SC_CONFLICT);
            return 0;
        }
        DownloadHeaders headers = new DownloadHeaders(kit.size(), kit.etag(), kit.lastModified(), "application/zip",
                kit.fileName(), false);
        return ArchiveResponses.send(kit.layout(), headers, request, response, bytesSent);
    }
}
