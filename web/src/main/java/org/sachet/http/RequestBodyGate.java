package org.sachet.http;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sachet.ambassadors.StaffDocuments;
import org.sachet.radio.ScriptService;
import org.sachet.catalogue.MaterialUploads;
import org.sachet.platform.DiskSpace;
import org.sachet.platform.SachetConfiguration;
import org.sachet.platform.TableFile;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * How much a request may send, and where files may go. Every other body (JSON, forms) is refused above
 * {@link #MAX_OTHER_BODY} before it is read, so no caller can make the server hold a huge body in memory.
 * The servlet container writes every part of a multipart body
 * to disk before anyone looks at it, so a multipart body is refused before a byte is read unless its address
 * takes uploads (415), is larger than what that address takes (413) or comes from someone who may not send
 * files there (401, 403); a body of unknown size is refused (411). Sachet reads an accepted body itself into a
 * folder of its own ({@link ReadMultipartRequest}), deleted when the request ends, whatever happened. A write that would leave
 * less than the reserve free on the data folder's disk is refused (507) before it starts (issue 14).
 */
public class RequestBodyGate extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Room for the multipart boundaries, the form's fields and its view state around the file itself. */
    static final long MULTIPART_OVERHEAD = 1 << 20;

    /** A JSON body or a form: 500 synced sessions with long notes are well under it. */
    static final long MAX_OTHER_BODY = 8L << 20;

    private static final java.util.Set<String> SAFE_METHODS = java.util.Set.of("GET", "HEAD", "OPTIONS");

    private enum Takes { MATERIAL, TABLE, STAFF_DOCUMENT, SCRIPT_DOCUMENT }

    /** The addresses that take files, and what they take. */
    private static final Map<String, Takes> UPLOADS = Map.of(
            "/radio/script.xhtml", Takes.SCRIPT_DOCUMENT,
            "/api/v1/materials", Takes.MATERIAL,
            "/editor/upload.xhtml", Takes.MATERIAL,
            "/editor/material.xhtml", Takes.MATERIAL,
            "/outreach/venues.xhtml", Takes.TABLE,
            "/reach/targets.xhtml", Takes.TABLE,
            "/ambassadors/ambassador.xhtml", Takes.STAFF_DOCUMENT,
            "/ambassadors/plan.xhtml", Takes.STAFF_DOCUMENT);

    private static final Logger LOG = Logger.getLogger(RequestBodyGate.class.getName());

    @Inject
    private MaterialUploads uploads;

    /**
     * Parts left on disk by a server that was killed mid-upload are deleted when the application starts: in
     * Sachet's upload folder, and those the container's own parser left before Sachet read bodies itself.
     */
    @Override
    public void init() throws ServletException {
        deleteLeftovers(uploadsFolder(), path -> !path.equals(uploadsFolder()));
        if (getServletContext().getAttribute(ServletContext.TEMPDIR) instanceof File temporary && temporary.isDirectory()) {
            deleteLeftovers(temporary.toPath(), f -> f.getFileName().toString().matches("upload_.*\\.tmp"));
        }
    }

    private static void deleteLeftovers(Path folder, java.util.function.Predicate<Path> leftover) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            long deleted = files.sorted(java.util.Comparator.reverseOrder()).filter(leftover)
                    .filter(f -> f.toFile().delete()).count();
            if (deleted > 0) {
                LOG.info(() -> "Deleted " + deleted + " upload leftovers of an earlier run in " + folder);
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.warning(() -> "Could not clean the upload folder " + folder + ": " + e);
        }
    }

    @Override
    protected void doFilter(HttpServletRequest given, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = LengthBoundBody.needed(given)
                ? new LengthBoundBody(given, given.getContentLengthLong()) : given;
        long length = request.getContentLengthLong();
        if (length < 0 && request.getHeader("Transfer-Encoding") != null) {
            refuse(request, response, 411, "upload.lengthRequired"); // a body of unknown size: refused unread
            return;
        }
        if (!SAFE_METHODS.contains(request.getMethod()) && !isSignInOrOut(request)
                && !DiskSpace.roomFor(Math.max(length, 0))) {
            refuse(request, response, 507, "storage.full"); // before the database runs out mid-write
            return;
        }
        String type = request.getContentType();
        if (type == null || !type.regionMatches(true, 0, "multipart/", 0, 10)) {
            if (length > MAX_OTHER_BODY) {
                refuse(request, response, 413, "request.tooLarge", MAX_OTHER_BODY);
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        Takes takes = UPLOADS.get(request.getRequestURI().substring(request.getContextPath().length()));
        if (takes == null || !"POST".equals(request.getMethod())) {
            refuse(request, response, 415, "upload.notHere");
            return;
        }
        // an import's file larger than TableFile takes still arrives, so the page can say why it is refused
        long limit = switch (takes) {
            case MATERIAL -> uploads.maxUploadBytes();
            case TABLE -> 4L * TableFile.MAX_MEGABYTES * 1024 * 1024;
            case STAFF_DOCUMENT -> StaffDocuments.MAX_BYTES;
            case SCRIPT_DOCUMENT -> ScriptService.MAX_IMPORT_BYTES;
        } + MULTIPART_OVERHEAD;
        if (length > limit) {
            refuse(request, response, 413, "upload.tooLarge", limit - MULTIPART_OVERHEAD);
            return;
        }
        // who may send files is settled before a byte of them is read
        if (request.getUserPrincipal() == null) {
            refuse(request, response, 401, "api.error.unauthorized");
            return;
        }
        if (takes == Takes.MATERIAL && !request.isUserInRole("EDITOR") || takes == Takes.STAFF_DOCUMENT
                && !(request.isUserInRole("COORDINATOR") || request.isUserInRole("MANAGER") || request.isUserInRole("ADMIN"))
                || takes == Takes.SCRIPT_DOCUMENT && !request.isUserInRole("PRODUCER")) {
            refuse(request, response, 403, "api.error.forbidden");
            return;
        }
        ReadMultipartRequest read;
        try {
            read = ReadMultipartRequest.read(request, uploadsFolder(), limit);
        } catch (IOException cutOffOrMalformed) {
            refuse(request, response, 400, "upload.unreadable"); // nothing of it stays on disk
            return;
        }
        try (read) {
            chain.doFilter(read, response);
        }
    }

    /** Where multipart bodies are read to, a folder per request: under the data folder, emptied at start. */
    private static Path uploadsFolder() {
        return SachetConfiguration.home().resolve("uploads");
    }

    /** Signing in and out write nothing worth keeping the disk for, and people must still reach the pages. */
    private static boolean isSignInOrOut(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String type = request.getContentType();
        return path.equals("/login.xhtml") || type != null
                && type.startsWith("application/x-www-form-urlencoded") && request.getParameter("signOut") != null;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String key,
                               Object... arguments) throws IOException {
        Locale locale = Messages.localeOf(request.getHeader("Accept-Language"));
        String message = Messages.get(locale, key, arguments);
        response.setHeader("Connection", "close"); // do not wait for the body nobody will read
        // a refusal about the files names the field they came in; one about the request as a whole, none
        List<ApiError.FieldError> fields = key.startsWith("upload.") ? List.of(new ApiError.FieldError("file", message))
                : List.of();
        new ApiError(key, message, fields).send(response, status);
        response.flushBuffer(); // the client gets the answer now, while it may still be sending
    }
}
