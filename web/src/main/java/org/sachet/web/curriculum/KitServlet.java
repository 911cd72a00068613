package org.sachet.web.curriculum;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sachet.api.curriculum.KitResponses;
import org.sachet.curriculum.Kit;
import org.sachet.curriculum.KitDownloads;
import org.sachet.curriculum.KitId;
import org.sachet.curriculum.LessonKits;

import java.io.IOException;
import java.util.Optional;

/** {@code /kit/{id}.zip}: a lesson kit downloaded from the pages, with the web session's identity; as in the API. */
@WebServlet(urlPatterns = "/kit/*", asyncSupported = true) // async: sendfile
public class KitServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private LessonKits kits;

    @Inject
    private KitDownloads downloads;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        send(request, response);
    }

    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        send(request, response);
    }

    private void send(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        Optional<Kit> kit = path == null || !path.endsWith(".zip") ? Optional.empty()
                : KitId.parse(path.substring(1, path.length() - 4)).flatMap(kits::kit);
        if (kit.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        KitResponses.send(kit.get(), request, response, () -> downloads.started(kit.get()));
    }
}
