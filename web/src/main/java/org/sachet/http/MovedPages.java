package org.sachet.http;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.util.Map;

/**
 * Pages that moved when their folders took their area's name (December 2026): teachers' bookmarks of
 * {@code /teach/} and managers' of the dashboard and targets pages under {@code /outreach/} still work, and a
 * browser learns the new address for good (301). Only a path is answered, never a host, so the redirect can
 * never send anyone elsewhere.
 */
@WebServlet(urlPatterns = {"/teach/*", "/outreach/dashboard.xhtml", "/outreach/targets.xhtml", "/outreach/export/*"})
public class MovedPages extends HttpServlet {

    private static final Map<String, String> MOVED_FOLDERS = Map.of(
            "/teach", "/teaching",
            "/outreach/dashboard.xhtml", "/reach/dashboard.xhtml",
            "/outreach/targets.xhtml", "/reach/targets.xhtml",
            "/outreach/export", "/reach/export");

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) {
        String old = request.getServletPath();
        // the rest of the address as sent (still percent-encoded), so nothing decoded reaches the header
        String sent = request.getRequestURI();
        String rest = sent.substring(Math.min(sent.length(), request.getContextPath().length() + old.length()));
        String moved = MOVED_FOLDERS.get(old);
        String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader("Location", request.getContextPath() + moved + rest + query);
    }
}
