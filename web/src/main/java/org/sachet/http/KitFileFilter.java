package org.sachet.http;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sachet.curriculum.Kit;
import org.sachet.curriculum.KitDownloads;
import org.sachet.curriculum.KitId;
import org.sachet.curriculum.LessonKits;
import org.sachet.curriculum.ReceiptStoredMeanwhile;
import org.sachet.platform.Metrics;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one entry point for lesson kits, for anyone signed in: {@code /api/v1/kits/{id}.zip} (documented in
 * {@code org/sachet/api/openapi.yaml}) and {@code /kit/{id}.zip} from the pages. In front of the REST layer, like a
 * material's file, so the stored files go out by sendfile; ETag, If-Range and one byte range (206, or 416 beyond
 * the end) let a broken download resume.
 */
public class KitFileFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Pattern ZIP = Pattern.compile("(?:/api/v1/kits|/kit)/([a-z0-9-]{1,60})\\.zip");

    @Inject
    private Metrics metrics;

    @Inject
    private LessonKits kits;

    @Inject
    private KitDownloads downloads;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = FileRequests.path(request);
        Matcher zip = ZIP.matcher(path);
        if (path.startsWith("/api/") && !zip.matches()) {
            chain.doFilter(request, response); // the rest of the kits API
            return;
        }
        if (!FileRequests.getOrHead(request, response)) {
            return;
        }
        Optional<Kit> kit = zip.matches() ? KitId.parse(zip.group(1)).flatMap(kits::kit) : Optional.empty();
        if (kit.isEmpty()) {
            FileRequests.notFound(request, response);
            return;
        }
        KitResponses.send(kit.get(), request, response, () -> received(kit.get()), bytes -> metrics.downloaded("kit", bytes));
    }

    private void received(Kit kit) {
        try {
            downloads.received(kit);
        } catch (ReceiptStoredMeanwhile e) {
            // two first pieces of one download at once: the other stored the person's receipt; this one finds it
            downloads.received(kit);
        }
    }
}
