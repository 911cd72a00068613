package org.sachet.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sachet.curriculum.Kit;

import java.io.IOException;
import java.util.function.LongConsumer;

/** Answers for a lesson kit on a servlet response, for the pages and the API alike. */
public final class KitResponses {

    private KitResponses() {
    }

    /**
     * Sends the kit, or — when a material's file is missing from the store — a 409 that names what is missing,
     * never half a kit. {@code sending} hears the bytes of the kit the answer is about to send.
     */
    public static void send(Kit kit, HttpServletRequest request, HttpServletResponse response,
                            Runnable bytesSent, LongConsumer sending) throws IOException {
        if (!kit.isComplete()) {
            ApiError.of("kitIncomplete", Messages.get(FileRequests.localeOf(request), "api.error.kitIncomplete",
                            String.join("; ", kit.missing())))
                    .send(response, HttpServletResponse.SC_CONFLICT);
            return;
        }
        DownloadHeaders headers = new DownloadHeaders(kit.size(), kit.etag(), kit.lastModified(), "application/zip",
                kit.fileName(), false);
        ArchiveResponses.send(kit.layout(), headers, request, response, bytesSent, sending);
    }
}
