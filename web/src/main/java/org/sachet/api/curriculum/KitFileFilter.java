package org.sachet.api.curriculum;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sachet.api.downloads.DownloadMethods;
import org.sachet.curriculum.Kit;
import org.sachet.curriculum.KitDownloads;
import org.sachet.curriculum.KitId;
import org.sachet.curriculum.LessonKits;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code GET|HEAD /api/v1/kits/{id}.zip}: a lesson kit for anyone signed in. Served in front of the REST layer,
 * like a material's file, so the stored files go out by sendfile; ETag, If-Range and one byte range (206, or 416
 * beyond the end) let a broken download resume. Documented in {@code META-INF/openapi.yaml}.
 */
@WebFilter(urlPatterns = "/api/v1/kits/*", asyncSupported = true)
public class KitFileFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Pattern ZIP = Pattern.compile("/api/v1/kits/([a-z0-9-]{1,60})\\.zip");

    @Inject
    private LessonKits kits;

    @Inject
    private KitDownloads downloads;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Matcher path = ZIP.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (!path.matches()) {
            chain.doFilter(request, response);
            return;
        }
        if (!DownloadMethods.getOrHead(request, response)) {
            return;
        }
        Optional<Kit> kit = KitId.parse(path.group(1)).flatMap(kits::kit);
        if (kit.isEmpty()) {
            DownloadMethods.notFound(request, response);
            return;
        }
        KitResponses.send(kit.get(), request, response, () -> downloads.started(kit.get()));
    }
}
