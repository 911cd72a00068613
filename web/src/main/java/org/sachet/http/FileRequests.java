package org.sachet.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Locale;

/**
 * What every file entry point shares, for pages and API alike: only GET and HEAD, and refusals answered as the
 * caller expects them: a JSON error in the caller's language under {@code /api/}, the error pages elsewhere.
 */
public final class FileRequests {

    private FileRequests() {
    }

    /** The language the caller asks for with Accept-Language. */
    public static Locale localeOf(HttpServletRequest request) {
        return Messages.localeOf(request.getHeader("Accept-Language"));
    }

    /** The address inside the application, as sent (not decoded). */
    public static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    static boolean isApi(HttpServletRequest request) {
        return path(request).startsWith("/api/");
    }

    /** True for GET and HEAD; for any other method answers 405 (with Allow) and returns false. */
    public static boolean getOrHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
            return true;
        }
        response.setHeader("Allow", "GET, HEAD");
        refuse(request, response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "methodNotAllowed");
        return false;
    }

    /** Answers 404: there is no such file, or the caller may not know there is one. */
    public static void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        refuse(request, response, HttpServletResponse.SC_NOT_FOUND, "notFound");
    }

    /**
     * Answers a file the caller's role may not have: recorded as a denial; 403 for someone signed in, 404 for
     * an anonymous caller, who is not told the file exists.
     */
    public static void denied(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AccessDenials.record(request);
        if (request.getUserPrincipal() == null) {
            notFound(request, response);
        } else {
            refuse(request, response, HttpServletResponse.SC_FORBIDDEN, "forbidden");
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String code)
            throws IOException {
        if (isApi(request)) {
            ApiError.of(code, Messages.get(localeOf(request), "api.error." + code)).send(response, status);
        } else {
            response.sendError(status);
        }
    }
}
