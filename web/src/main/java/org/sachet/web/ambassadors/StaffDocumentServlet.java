package org.sachet.web.ambassadors;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sachet.ambassadors.AmbassadorService;
import org.sachet.ambassadors.ResourcesSecured;
import org.sachet.ambassadors.StaffDocuments;
import org.sachet.http.ContentDisposition;
import org.sachet.platform.RuleViolation;

import java.io.IOException;
import java.nio.file.Files;

/**
 * Staff documents, to coordinators, managers and administrators of the place (web.xml and the services):
 * {@code /ambassadors/consent-copy/{ambassadorId}}, the signed consent form kept for an ambassador, and
 * {@code /ambassadors/evidence/{commitmentId}}, the letter that proves a resource commitment. Every opening is in
 * the audit trail; nothing of it is kept by a browser or a proxy.
 */
@WebServlet(urlPatterns = {"/ambassadors/consent-copy/*", "/ambassadors/evidence/*"})
public class StaffDocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private AmbassadorService ambassadors;

    @Inject
    private ResourcesSecured resources;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || !path.matches("/\\d{1,18}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long id = Long.parseLong(path.substring(1));
        StaffDocuments.Opened document;
        try {
            document = request.getServletPath().endsWith("/evidence") ? resources.openEvidence(id)
                    : ambassadors.openConsentCopy(id);
        } catch (RuleViolation notHere) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(document.mediaType());
        response.setContentLengthLong(document.size());
        response.setHeader("Content-Disposition", ContentDisposition.attachment(document.fileName()));
        response.setHeader("Cache-Control", "private, no-store");
        Files.copy(document.file(), response.getOutputStream());
    }
}
