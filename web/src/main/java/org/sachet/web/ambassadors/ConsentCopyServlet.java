package org.sachet.web.ambassadors;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sachet.ambassadors.AmbassadorService;
import org.sachet.http.ContentDisposition;
import org.sachet.platform.RuleViolation;

import java.io.IOException;
import java.nio.file.Files;

/**
 * {@code /ambassadors/consent-copy/{ambassadorId}}: the signed consent form kept for an ambassador, to coordinators,
 * managers and administrators of the ambassador's place (web.xml and {@link AmbassadorService}). Every opening is
 * in the audit trail; nothing of it is kept by a browser or a proxy.
 */
@WebServlet(urlPatterns = "/ambassadors/consent-copy/*")
public class ConsentCopyServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private AmbassadorService ambassadors;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || !path.matches("/\\d{1,18}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        AmbassadorService.ConsentCopy copy;
        try {
            copy = ambassadors.openConsentCopy(Long.parseLong(path.substring(1)));
        } catch (RuleViolation notHere) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(copy.mediaType());
        response.setContentLengthLong(copy.size());
        response.setHeader("Content-Disposition", ContentDisposition.attachment(copy.fileName()));
        response.setHeader("Cache-Control", "private, no-store");
        Files.copy(copy.file(), response.getOutputStream());
    }
}
