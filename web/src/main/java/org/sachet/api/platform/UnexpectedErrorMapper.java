package org.sachet.api.platform;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.sachet.api.ApiError;
import org.sachet.web.i18n.Texts;

import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Anything else: a refused role gets 403; a fault of ours gets 500 without internals, and is logged. */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Context
    private HttpHeaders headers;

    @Context
    private SecurityContext security;

    @Override
    public Response toResponse(Exception exception) {
        Locale locale = Texts.localeOf(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        // a refused role arrives as EJBAccessException or, through some local views, AccessLocalException
        boolean refused = causedBy(exception, EJBAccessException.class) || causedBy(exception, AccessLocalException.class);
        if (refused && security.getUserPrincipal() == null) {
            // an anonymous caller reached something that needs an account: ask for credentials
            return Response.status(Response.Status.UNAUTHORIZED).type(MediaType.APPLICATION_JSON_TYPE)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Sachet\"")
                    .entity(ApiError.of("unauthorized", Texts.get(locale, "api.error.unauthorized"))).build();
        }
        if (refused) {
            return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ApiError.of("forbidden", Texts.get(locale, "api.error.forbidden"))).build();
        }
        LOG.log(Level.SEVERE, "API call failed", exception);
        return Response.serverError().type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ApiError.of("serverError", Texts.get(locale, "api.error.serverError"))).build();
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
