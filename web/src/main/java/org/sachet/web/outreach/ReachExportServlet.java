package org.sachet.web.outreach;

import jakarta.ejb.EJBAccessException;
import org.sachet.web.security.AccessDenials;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sachet.api.downloads.ContentDisposition;
import org.sachet.calendar.FiscalPeriod;
import org.sachet.templates.text.NepaliDigits;
import org.sachet.geography.Place;
import org.sachet.platform.RuleViolation;
import org.sachet.targets.Dashboard;
import org.sachet.targets.Dhis2DataValues;
import org.sachet.targets.ReachBoard;
import org.sachet.targets.ReachExport;
import org.sachet.targets.TargetCsv;
import org.sachet.targets.TargetService;
import org.sachet.web.i18n.Texts;
import org.sachet.web.i18n.UserPreferences;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The dashboard's and the targets page's files, for a signed-in programme member:
 * {@code reach.csv}, {@code reach.xlsx} and {@code dataValueSets.json} ({@code ?period=2083/84&place=DISTRICT:31},
 * {@code &calendar=iso} for ISO months), and {@code targets.csv?year=2083}. A period or place that cannot be
 * read is a 400 with the reason in the reader's language.
 */
@WebServlet(urlPatterns = "/outreach/export/*")
public class ReachExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    private Dashboard dashboard;

    @Inject
    private TargetService targets;

    @Inject
    private ReachLabels labels;

    @Inject
    private UserPreferences preferences;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String file = request.getPathInfo() == null ? "" : request.getPathInfo();
        try {
            switch (file) {
                case "/reach.csv" -> {
                    ReachBoard board = board(request);
                    send(response, "text/csv; charset=UTF-8", fileName("reach", board, "csv"),
                            ("\uFEFF" + ReachExport.csv(board)).getBytes(StandardCharsets.UTF_8));
                }
                case "/reach.xlsx" -> {
                    ReachBoard board = board(request);
                    send(response, XLSX, fileName("reach", board, "xlsx"), ReachExport.xlsx(board, labels));
                }
                case "/dataValueSets.json" -> {
                    FiscalPeriod period = period(request);
                    Place place = place(request);
                    Dhis2DataValues.Calendar calendar = "iso".equalsIgnoreCase(request.getParameter("calendar"))
                            ? Dhis2DataValues.Calendar.ISO : Dhis2DataValues.Calendar.NEPALI;
                    String json = Dhis2DataValues.of(dashboard.monthlyByLocalLevel(period, place, calendar))
                            .toString();
                    send(response, "application/json", "dataValueSets-" + safe(place) + "-"
                            + period.toString().replace('/', '-') + ".json", json.getBytes(StandardCharsets.UTF_8));
                }
                case "/targets.csv" -> {
                    int year = year(request);
                    send(response, "text/csv; charset=UTF-8", "targets-" + year + ".csv",
                            ("\uFEFF" + TargetCsv.write(targets.ofFiscalYear(year))).getBytes(StandardCharsets.UTF_8));
                }
                default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (RuleViolation e) {
            refuse(response, Texts.get(preferences.getLocale(), e.messageKey(), e.arguments()));
        } catch (EJBAccessException e) {
            AccessDenials.record(request);
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    private ReachBoard board(HttpServletRequest request) {
        return dashboard.board(period(request), place(request));
    }

    private static FiscalPeriod period(HttpServletRequest request) {
        String text = request.getParameter("period");
        return FiscalPeriod.parse(text).orElseThrow(() -> new RuleViolation(null, "targets.import.badPeriod",
                String.valueOf(text)));
    }

    private static Place place(HttpServletRequest request) {
        String text = request.getParameter("place");
        try {
            return text == null || text.isBlank() ? Place.COUNTRY : Place.parse(text);
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(null, "targets.import.badPlace", text);
        }
    }

    private static int year(HttpServletRequest request) {
        String text = request.getParameter("year");
        try {
            return FiscalPeriod.year(Integer.parseInt(NepaliDigits.toAscii(String.valueOf(text).strip()))).startYear();
        } catch (IllegalArgumentException notAYear) { // also a NumberFormatException
            throw new RuleViolation(null, "targets.import.badPeriod", String.valueOf(text));
        }
    }

    private static String fileName(String what, ReachBoard board, String extension) {
        return what + "-" + safe(board.place()) + "-" + board.period().toString().replace('/', '-') + "."
                + extension;
    }

    private static String safe(Place place) {
        return place.toString().replace(':', '-').toLowerCase(java.util.Locale.ROOT);
    }

    private static void send(HttpServletResponse response, String type, String name, byte[] body)
            throws IOException {
        response.setContentType(type);
        response.setHeader("Content-Disposition", ContentDisposition.attachment(name));
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static void refuse(HttpServletResponse response, String message) throws IOException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("text/plain; charset=UTF-8");
        response.getOutputStream().write(message.getBytes(StandardCharsets.UTF_8));
    }
}
