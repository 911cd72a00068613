package org.sachet.web.teaching;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sachet.curriculum.CurriculumEdition;
import org.sachet.outreach.ClassProgress;
import org.sachet.outreach.ClassTeaching;
import org.sachet.outreach.Cohort;
import org.sachet.outreach.OutreachSession;
import org.sachet.platform.RuleViolation;
import org.sachet.templates.kit.KitIndex;
import org.sachet.templates.lesson.AttendanceSheet;
import org.sachet.templates.lesson.CompletionCertificate;
import org.sachet.templates.pdf.PdfPrinter;
import org.sachet.templates.pdf.PrintDocument;
import org.sachet.api.downloads.ContentDisposition;
import org.sachet.web.i18n.DateDisplay;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Printable forms for one of the teacher's classes, in Nepali or English ({@code ?lang=en}):
 * {@code /teach/print/attendance/{classId}.pdf}, the class's attendance sheet, and
 * {@code /teach/print/certificate/{classId}.pdf?student=...}, a certificate for a class that completed its
 * edition (no name: a line to write on).
 */
@WebServlet(urlPatterns = "/teach/print/*")
public class PrintServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private ClassTeaching teaching;

    @Inject
    private DateDisplay dates;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] parts = request.getPathInfo() == null ? new String[0] : request.getPathInfo().split("/");
        if (parts.length != 3 || !parts[2].matches("\\d{1,18}\\.pdf")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String language = "en".equals(request.getParameter("lang")) ? "en" : "ne";
        ClassProgress progress;
        try {
            progress = teaching.progress(Long.parseLong(parts[2].substring(0, parts[2].length() - 4)));
        } catch (RuleViolation e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND); // not the caller's class, or none
            return;
        }
        Cohort cohort = progress.cohort();
        CurriculumEdition edition = cohort.getEdition();
        if (edition == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String curriculum = edition.getCurriculum().name(language);
        String editionName = KitIndex.editionName(edition.getLabel(), language);
        Instant issued = edition.getPublishedAt();
        PrintDocument document;
        String fileName;
        switch (parts[1]) {
            case "attendance" -> {
                document = AttendanceSheet.of(new AttendanceSheet.Roster(cohort.getVenue().getName(), cohort.getName(),
                        curriculum, editionName, cohort.getGirls(), cohort.getBoys(),
                        IntStream.rangeClosed(1, progress.lessons().size()).boxed().toList()), language, issued);
                fileName = "attendance-" + cohort.getId() + ".pdf";
            }
            case "certificate" -> {
                if (!progress.isCompleted()) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                LocalDate finished = progress.taught().values().stream().map(OutreachSession::getHeldOn)
                        .max(Comparator.naturalOrder()).orElseThrow();
                String student = request.getParameter("student");
                if (student != null && student.length() > 120) {
                    response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                    return;
                }
                document = new CompletionCertificate(student, cohort.getVenue().getName(), cohort.getName(), curriculum,
                        editionName, dates.date(finished, Locale.forLanguageTag(language))).document(language, issued);
                fileName = "certificate-" + cohort.getId() + ".pdf";
            }
            default -> {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
        }
        byte[] pdf = PdfPrinter.print(document);
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", ContentDisposition.inline(fileName));
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
