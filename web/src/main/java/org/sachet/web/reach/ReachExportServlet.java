package org.sachet.web.reach;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sachet.calendar.FiscalPeriod;
import org.sachet.geography.Place;
import org.sachet.http.ContentDisposition;
import org.sachet.http.Messages;
import org.sachet.http.AccessDenials;
import org.sachet.platform.RuleViolation;
import org.sachet.reach.Dashboard;
import org.sachet.reach.Dhis2DataValues;
import org.sachet.reach.ReachBoard;
import org.sachet.reach.ReachExport;
import org.sachet.reach.ReachRequest;
import org.sachet.reach.TargetCsv;
import org.sachet.reach.TargetService;
import org.sachet.templates.text.NepaliDigits;
import org.sachet.web.i18n.UserPreferences;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The dashboard's and the targets page's files, for a signed-in programme member:
 * {@code reach.csv}, {@code reach.xlsx} and {@code dataValueSets.json} ({@code ?period=2083/84&place=DISTRICT:31},
 * {@code &calendar=iso} for ISO months), and {@code targets.csv?year=2083}. A period or place that cannot be
 * read is a 400 with the reason in the reader's language.
 */
@WebServlet(urlPatterns = "/reach/export/*")
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
                    ReachRequest asked = asked(request);
                    FiscalPeriod period = asked.period();
                    Place place = asked.place();
                    Dhis2DataValues.Calendar calendar = "iso".equalsIgnoreCase(request.getParameter("calendar"))
                            ? Dhis2DataValues.Calendar.ISO : Dhis2DataValues.Calendar.NEPALI;
                    String json = Dhis2DataValues.of(dashboard.dhis2(period, place, calendar))
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
            refuse(response, Messages.get(preferences.getLocale(), e.messageKey(),
                    org.sachet.web.i18n.Feedback.readable(e.arguments())));
        } catch (EJBAccessException e) {
            AccessDenials.record(request);
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    private ReachBoard board(HttpServletRequest request) {
        ReachRequest asked = asked(request);
        return dashboard.board(asked.period(), asked.place());
    }

    private static ReachRequest asked(HttpServletRequest request) {
        return ReachRequest.parse(request.getParameter("period"), request.getParameter("place"), Place.COUNTRY)
                .orRefuse();
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
