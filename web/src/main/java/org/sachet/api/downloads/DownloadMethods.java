package org.sachet.api.downloads;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sachet.api.ApiError;
import org.sachet.web.i18n.Texts;

import java.io.IOException;
import java.util.Locale;

/** What the API's download filters share: only GET and HEAD, and errors in the caller's language. */
public final class DownloadMethods {

    private DownloadMethods() {
    }

    /** The language the caller asks for with Accept-Language. */
    public static Locale localeOf(HttpServletRequest request) {
        return Texts.localeOf(request.getHeader("Accept-Language"));
    }

    /** True for GET and HEAD; for any other method answers 405 (with Allow) and returns false. */
    public static boolean getOrHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
            return true;
        }
        response.setHeader("Allow", "GET, HEAD");
        ApiError.of("methodNotAllowed", Texts.get(localeOf(request), "api.error.methodNotAllowed"))
                .send(response, 405);
        return false;
    }

    /** Answers 404 in the caller's language. */
    public static void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ApiError.of("notFound", Texts.get(localeOf(request), "api.error.notFound")).send(response, 404);
    }
}
