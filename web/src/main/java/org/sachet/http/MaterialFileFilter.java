package org.sachet.http;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sachet.catalogue.MaterialDownloads;
import org.sachet.catalogue.VersionFile;
import org.sachet.platform.Metrics;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one entry point for catalogue files, with the caller's identity (web session, token or password):
 * <ul>
 * <li>{@code /api/v1/materials/{id}/file} and {@code /download/material/{id}}: the published file, counted;</li>
 * <li>{@code /download/version/{id}}: any version, for editors and reviewers ({@code ?inline} to preview);</li>
 * <li>{@code /download/thumbnail/{versionId}}.</li>
 * </ul>
 * A filter in front of the REST layer because a servlet response can hand the bytes to the container's sendfile
 * (async processing, see {@link Sendfile}) and a REST resource cannot; the API address is documented in
 * {@code org/sachet/api/openapi.yaml}. ETag is the SHA-256; HEAD, If-None-Match, If-Modified-Since, If-Range and one
 * byte range (206, or 416 beyond the end), so a broken download resumes.
 */
public class MaterialFileFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Pattern API_FILE = Pattern.compile("/api/v1/materials/(\\d{1,18})/file");
    private static final Pattern PAGE_FILE = Pattern.compile("/download/(material|version|thumbnail)/(\\d{1,18})");

    @Inject
    private MaterialDownloads downloads;

    @Inject
    private Metrics metrics;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = FileRequests.path(request);
        Matcher api = API_FILE.matcher(path);
        boolean fromApi = api.matches();
        if (path.startsWith("/api/") && !fromApi) {
            chain.doFilter(request, response); // the rest of the materials API
            return;
        }
        if (!FileRequests.getOrHead(request, response)) {
            return;
        }
        Matcher page = PAGE_FILE.matcher(path);
        String kind = fromApi ? "material" : page.matches() ? page.group(1) : null;
        if (kind == null) {
            FileRequests.notFound(request, response);
            return;
        }
        long id = Long.parseLong(fromApi ? api.group(1) : page.group(2));
        Optional<VersionFile> file;
        try {
            file = switch (kind) {
                case "material" -> downloads.published(id);
                case "version" -> downloads.version(id);
                default -> downloads.thumbnail(id);
            };
        } catch (EJBAccessException e) {
            FileRequests.denied(request, response);
            return;
        }
        if (file.isEmpty()) {
            FileRequests.notFound(request, response);
            return;
        }
        VersionFile f = file.get();
        boolean inline = kind.equals("thumbnail") || (!fromApi && request.getParameter("inline") != null);
        // only a material's published file is a download for the reach figures; previews are not
        Runnable count = kind.equals("material") ? () -> downloads.count(f.materialId(), f.versionId()) : () -> { };
        FileResponses.send(f, inline, request, response, count, bytes -> metrics.downloaded(kind, bytes));
    }
}
