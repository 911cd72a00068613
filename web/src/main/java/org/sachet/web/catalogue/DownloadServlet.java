package org.sachet.web.catalogue;

import jakarta.ejb.EJBAccessException;
import org.sachet.web.security.AccessDenials;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sachet.api.downloads.FileResponses;
import org.sachet.catalogue.MaterialDownloads;
import org.sachet.catalogue.VersionFile;

import java.io.IOException;
import java.util.Optional;

/**
 * Downloads from the pages, with the web session's identity: {@code /download/material/{id}} (the published
 * file, counted), {@code /download/version/{id}} (any version, for editors and reviewers; {@code ?inline}
 * to preview) and {@code /download/thumbnail/{versionId}}. Range, ETag and HEAD as in the API.
 */
@WebServlet(urlPatterns = "/download/*", asyncSupported = true) // async: sendfile
public class DownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private MaterialDownloads downloads;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        send(request, response);
    }

    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        send(request, response);
    }

    private void send(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] parts = request.getPathInfo() == null ? new String[0] : request.getPathInfo().split("/");
        if (parts.length != 3 || !parts[2].matches("\\d{1,18}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long id = Long.parseLong(parts[2]);
        Optional<VersionFile> file;
        try {
            file = switch (parts[1]) {
                case "material" -> downloads.published(id);
                case "version" -> downloads.version(id);
                case "thumbnail" -> downloads.thumbnail(id);
                default -> Optional.empty();
            };
        } catch (EJBAccessException e) {
            AccessDenials.record(request);
            response.sendError(request.getUserPrincipal() == null ? HttpServletResponse.SC_NOT_FOUND
                    : HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        VersionFile f = file.get();
        boolean inline = request.getParameter("inline") != null || parts[1].equals("thumbnail");
        // only a material's published file is a download for the reach figures; previews are not
        Runnable count = parts[1].equals("material")
                ? () -> downloads.count(f.materialId(), f.versionId()) : () -> { };
        FileResponses.send(f, inline, request, response, count);
    }
}
