package org.sachet.http;

import jakarta.servlet.http.HttpServletRequest;

import java.util.logging.Logger;

/**
 * A refused call in the server log: one short line (who, what), never a stack trace, so that a caller who
 * keeps knocking cannot fill the disk with the log (issue 14).
 */
public final class AccessDenials {

    private static final Logger LOG = Logger.getLogger(AccessDenials.class.getName());

    private AccessDenials() {
    }

    public static void record(HttpServletRequest request) {
        String who = request.getUserPrincipal() == null ? "anonymous" : request.getUserPrincipal().getName();
        String path = request.getRequestURI();
        LOG.info(() -> "Refused: " + who + " " + request.getMethod() + " "
                + (path.length() > 200 ? path.substring(0, 200) + "..." : path));
    }
}
