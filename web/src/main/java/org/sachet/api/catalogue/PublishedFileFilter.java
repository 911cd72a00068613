package org.sachet.api.catalogue;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sachet.api.downloads.DownloadMethods;
import org.sachet.api.downloads.FileResponses;
import org.sachet.catalogue.MaterialDownloads;
import org.sachet.catalogue.VersionFile;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code GET|HEAD /api/v1/materials/{id}/file}: the published file of a material, for the caller's
 * visibility. Served here, in front of the REST layer, because a servlet can hand the bytes to the
 * container's sendfile (async processing, see {@code Sendfile}) and a REST resource cannot; documented in
 * {@code META-INF/openapi.yaml} with the rest of the API. ETag is the SHA-256; HEAD, If-None-Match,
 * If-Modified-Since, If-Range and one byte range (206, or 416 beyond the end), so a broken download resumes.
 */
@WebFilter(urlPatterns = "/api/v1/materials/*", asyncSupported = true)
public class PublishedFileFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Pattern FILE = Pattern.compile("/api/v1/materials/(\\d{1,18})/file");

    @Inject
    private MaterialDownloads downloads;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Matcher path = FILE.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (!path.matches()) {
            chain.doFilter(request, response);
            return;
        }
        if (!DownloadMethods.getOrHead(request, response)) {
            return;
        }
        Optional<VersionFile> published = downloads.published(Long.parseLong(path.group(1)));
        if (published.isEmpty()) {
            DownloadMethods.notFound(request, response);
            return;
        }
        VersionFile f = published.get();
        FileResponses.send(f, false, request, response, () -> downloads.count(f.materialId(), f.versionId()));
    }
}
