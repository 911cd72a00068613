package org.sachet.web.ambassadors;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sachet.ambassadors.PlanSheets;
import org.sachet.http.PrintedPdf;

import java.io.IOException;
import java.util.Optional;

/**
 * {@code /ambassadors/print/plan/{planId}.pdf}: an action plan on one page, in Nepali, or English with
 * {@code ?lang=en}. What is printed is {@link PlanSheets}'.
 */
@WebServlet(urlPatterns = "/ambassadors/print/plan/*")
public class PlanPrintServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private PlanSheets sheets;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || !path.matches("/\\d{1,18}\\.pdf")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long planId = Long.parseLong(path.substring(1, path.length() - 4));
        Optional<PlanSheets.PrintedPlan> printed = sheets.print(planId, "en".equals(request.getParameter("lang"))
                ? "en" : "ne");
        if (printed.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PrintedPdf.send(response, printed.get().fileName(), printed.get().pdf());
    }
}
