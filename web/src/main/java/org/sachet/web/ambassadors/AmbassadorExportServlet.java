package org.sachet.web.ambassadors;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sachet.accounts.CurrentCaller;
import org.sachet.ambassadors.AmbassadorService;
import org.sachet.ambassadors.AmbassadorStatus;
import org.sachet.ambassadors.AmbassadorWorkbook;
import org.sachet.calendar.NepaliTime;
import org.sachet.http.ContentDisposition;
import org.sachet.http.Messages;
import org.sachet.platform.RuleViolation;
import org.sachet.templates.text.NepaliDigits;
import org.sachet.web.i18n.PlaceNames;
import org.sachet.web.i18n.DateDisplay;
import org.sachet.web.i18n.UserPreferences;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * The ambassadors list as a spreadsheet ({@code /ambassadors/export/ambassadors.xlsx?status=&localLevel=&name=},
 * the list page's filters), to coordinators, managers and administrators (web.xml): the people the list shows,
 * in the reader's language. A filter that cannot be read is a 400 with the reason in that language.
 */
@WebServlet(urlPatterns = "/ambassadors/export/ambassadors.xlsx")
public class AmbassadorExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    private AmbassadorService ambassadors;

    @Inject
    private CurrentCaller caller;

    @Inject
    private PlaceNames placeNames;

    @Inject
    private DateDisplay dates;

    @Inject
    private UserPreferences preferences;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] sheet;
        try {
            AmbassadorService.Filter filter = new AmbassadorService.Filter(status(request.getParameter("status")),
                    localLevel(request.getParameter("localLevel")), request.getParameter("name"));
            LocalDate today = NepaliTime.today();
            sheet = AmbassadorWorkbook.xlsx(ambassadors.exported(filter).ambassadors(), today, labels());
        } catch (RuleViolation e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain; charset=UTF-8");
            response.getOutputStream().write(Messages.get(preferences.getLocale(), e.messageKey(), e.arguments())
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", ContentDisposition.attachment("ambassadors-"
                + NepaliTime.today() + ".xlsx"));
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(sheet.length);
        response.getOutputStream().write(sheet);
    }

    private static AmbassadorStatus status(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Arrays.stream(AmbassadorStatus.values()).filter(s -> s.name().equals(text.strip())).findFirst()
                .orElseThrow(() -> new RuleViolation("status", "plans.status.unknown",
                        Arrays.toString(AmbassadorStatus.values())));
    }

    private Integer localLevel(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            int code = Integer.parseInt(NepaliDigits.toAscii(text.strip()));
            if (caller.localLevelCodes().contains(code)) {
                return code;
            }
        } catch (NumberFormatException notANumber) {
            // refused below, as a place outside the caller's
        }
        throw new RuleViolation("localLevel", "target.place.outside", text);
    }

    private AmbassadorWorkbook.Labels labels() {
        return new AmbassadorWorkbook.Labels() {
            @Override
            public String text(String key) {
                return Messages.get(preferences.getLocale(), key);
            }

            @Override
            public String localLevel(int code) {
                return placeNames.localLevel(code);
            }

            @Override
            public String date(LocalDate day) {
                return dates.date(day);
            }

            @Override
            public String birthYear(int year) {
                return dates.birthYear(year);
            }
        };
    }
}
