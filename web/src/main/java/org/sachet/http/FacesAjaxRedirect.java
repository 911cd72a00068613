package org.sachet.http;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Answers a Faces Ajax request with a partial response that makes the browser load another page. */
final class FacesAjaxRedirect {

    private FacesAjaxRedirect() {
    }

    static AuthenticationStatus send(HttpServletResponse response, String url) {
        try {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + url.replace("&", "&amp;").replace("\"", "&quot;") + "\"/></partial-response>");
            response.flushBuffer();
            return AuthenticationStatus.SEND_CONTINUE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
