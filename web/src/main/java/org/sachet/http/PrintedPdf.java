package org.sachet.http;

import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** A PDF printed for one person (a class's sheet, an action plan): shown in the browser, kept by no cache. */
public final class PrintedPdf {

    private PrintedPdf() {
    }

    public static void send(HttpServletResponse response, String fileName, byte[] pdf) throws IOException {
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", ContentDisposition.inline(fileName));
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
