package org.sachet.web.teaching;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sachet.http.PrintedPdf;
import org.sachet.platform.RuleViolation;
import org.sachet.teaching.ClassForms;
import org.sachet.teaching.PrintedForm;

import java.io.IOException;
import java.util.Optional;

/**
 * Printable forms for one of the teacher's classes, in Nepali or English ({@code ?lang=en}):
 * {@code /teaching/print/attendance/{classId}.pdf}, the class's attendance sheet, and
 * {@code /teaching/print/certificate/{classId}.pdf?student=...}, a certificate for a class that completed its
 * edition (no name: a line to write on). What may be printed, and how, is {@link ClassForms}'.
 */
@WebServlet(urlPatterns = "/teaching/print/*")
public class PrintServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private ClassForms forms;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] parts = request.getPathInfo() == null ? new String[0] : request.getPathInfo().split("/");
        if (parts.length != 3 || !parts[2].matches("\\d{1,18}\\.pdf")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long classId = Long.parseLong(parts[2].substring(0, parts[2].length() - 4));
        String language = "en".equals(request.getParameter("lang")) ? "en" : "ne";
        Optional<PrintedForm> form;
        try {
            form = switch (parts[1]) {
                case "attendance" -> forms.attendanceSheet(classId, language);
                case "certificate" -> forms.certificate(classId, request.getParameter("student"), language);
                default -> Optional.empty();
            };
        } catch (RuleViolation nameTooLong) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        if (form.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND); // not the caller's class, or nothing to print
            return;
        }
        PrintedPdf.send(response, form.get().fileName(), form.get().pdf());
    }
}
