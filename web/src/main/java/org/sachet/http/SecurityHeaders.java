package org.sachet.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headers every answer carries so that a browser takes nothing but what it was sent: no guessing of content
 * types, no addresses with their queries (a search for a survivor's name) sent on to other sites, no framing
 * by other sites, and a Content-Security-Policy that runs only the application's own scripts (issue 14).
 *
 * <p>Pages run the scripts PrimeFaces marks with the request's nonce ({@code primefaces.CSP} in web.xml moves
 * every inline handler into such a script). PrimeFaces adds its own header with the nonce; this filter keeps one
 * policy, its own, with PrimeFaces' nonce put into {@code script-src}, since two policies would both apply.
 */
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String POLICY_HEADER = "Content-Security-Policy";

    /**
     * Styles may be inline (PrimeFaces positions its overlays with style attributes); images may be data: URLs
     * (the theme's icons). Nothing is loaded from, sent to or framed by another site.
     */
    static final String POLICY = "default-src 'self'; img-src 'self' data:; font-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'self'; script-src 'self'";

    private static final Pattern NONCE = Pattern.compile("'nonce-[A-Za-z0-9+/=_-]+'");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        setOn(response);
        chain.doFilter(request, new OnePolicy(response));
    }

    /** Sets the headers on an answer made before the filters run (the authentication's 401). */
    static void setOn(HttpServletResponse response) {
        // RFC 9110 §6.6.1: a server with a clock sends the time of its answer (Payara's listener left it out)
        response.setHeader("Date", HttpDates.format(Instant.now()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader(POLICY_HEADER, POLICY);
    }

    /** The policy with the nonce of a page's own scripts, taken from the policy PrimeFaces wanted to add. */
    static String withNonceOf(String policyWanted) {
        Matcher nonce = NONCE.matcher(policyWanted == null ? "" : policyWanted);
        return nonce.find() ? POLICY + " " + nonce.group() : POLICY;
    }

    private static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (POLICY_HEADER.equalsIgnoreCase(name)) {
                super.setHeader(POLICY_HEADER, withNonceOf(value));
            } else {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, POLICY_HEADER.equalsIgnoreCase(name) ? withNonceOf(value) : value);
        }
    }
}
