package org.sachet.web.calendar;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sachet.calendar.BikramSambatDate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Sachet's Bikram Sambat table as a script, so pages convert dates in the browser, without the server: the offline
 * field page (its service worker keeps this) and the date fields' AD preview ({@code field/bs-date.js}). Written
 * from {@link BikramSambatDate}, the one table every conversion on the server uses.
 */
@WebServlet(urlPatterns = "/field/bs-calendar.js")
public class BsCalendarScript extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final byte[] SCRIPT = script().getBytes(StandardCharsets.UTF_8);

    static String script() {
        StringBuilder months = new StringBuilder();
        for (int year = BikramSambatDate.MIN.year(); year <= BikramSambatDate.MAX.year(); year++) {
            months.append(months.length() == 0 ? "" : ",").append('[');
            for (int month = 1; month <= 12; month++) {
                months.append(month == 1 ? "" : ",").append(BikramSambatDate.of(year, month, 1).lengthOfMonth());
            }
            months.append(']');
        }
        return "// Bikram Sambat month lengths (Baisakh..Chaitra) from BS " + BikramSambatDate.MIN.year()
                + ", written by Sachet from its calendar table; years after " + BikramSambatDate.LAST_PUBLISHED_YEAR
                + " are projections.\n"
                + "self.SachetBsTable = {\"firstYear\": " + BikramSambatDate.MIN.year() + ", \"anchor\": \""
                + BikramSambatDate.MIN.toGregorian() + "\", \"lastPublishedYear\": " + BikramSambatDate.LAST_PUBLISHED_YEAR
                + ", \"months\": [" + months + "]};\n";
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/javascript;charset=UTF-8");
        // the table changes only with a new build (a newly published year): a day's caching is enough
        response.setHeader("Cache-Control", "public, max-age=86400");
        response.setContentLength(SCRIPT.length);
        response.getOutputStream().write(SCRIPT);
    }
}
