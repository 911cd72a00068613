package org.sachet.web.radio;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sachet.http.PrintedPdf;
import org.sachet.radio.ScriptPrints;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /radio/print/{episodeId}/{version}.pdf}: a script version in full, and
 * {@code /radio/print/{episodeId}/{version}/sides/{characterId}.pdf}: one character's sides; in Nepali, or English
 * with {@code ?lang=en}. Anything else, or what does not exist, is a 404.
 */
@WebServlet(urlPatterns = "/radio/print/*")
public class ScriptPrintServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Pattern FULL = Pattern.compile("/(\\d{1,18})/(\\d{1,6})\\.pdf");
    private static final Pattern SIDES = Pattern.compile("/(\\d{1,18})/(\\d{1,6})/sides/(\\d{1,18})\\.pdf");

    @Inject
    private ScriptPrints prints;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        String language = "en".equals(request.getParameter("lang")) ? "en" : "ne";
        Matcher full = FULL.matcher(path);
        Matcher sides = SIDES.matcher(path);
        Optional<ScriptPrints.Printed> printed;
        if (full.matches()) {
            printed = prints.full(Long.parseLong(full.group(1)), Integer.parseInt(full.group(2)), language);
        } else if (sides.matches()) {
            printed = prints.sides(Long.parseLong(sides.group(1)), Integer.parseInt(sides.group(2)),
                    Long.parseLong(sides.group(3)), language);
        } else {
            printed = Optional.empty();
        }
        if (printed.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PrintedPdf.send(response, printed.get().fileName(), printed.get().pdf());
    }
}
