package org.sachet.api.platform;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.sachet.http.ApiError;
import org.sachet.http.DatabaseFaults;
import org.sachet.http.Messages;
import org.sachet.http.AccessDenials;

import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything else: a refused role gets 403; a database that does not answer, 503 with a time to try again; a fault of
 * ours gets 500 without internals, and is logged.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Context
    private HttpHeaders headers;

    @Context
    private SecurityContext security;

    @Context
    private HttpServletRequest request;

    @jakarta.ejb.EJB
    private org.sachet.startup.ApplicationStartup startup;

    @Override
    public Response toResponse(Exception exception) {
        Locale locale = Messages.localeOf(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        // a refused role arrives as EJBAccessException or, through some local views, AccessLocalException
        boolean refused = causedBy(exception, EJBAccessException.class) || causedBy(exception, AccessLocalException.class);
        if (refused) {
            AccessDenials.record(request);
        }
        if (refused && security.getUserPrincipal() == null) {
            // an anonymous caller reached something that needs an account: ask for credentials
            return Response.status(Response.Status.UNAUTHORIZED).type(MediaType.APPLICATION_JSON_TYPE)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Sachet\"")
                    .entity(ApiError.of("unauthorized", Messages.get(locale, "api.error.unauthorized"))).build();
        }
        if (refused) {
            return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ApiError.of("forbidden", Messages.get(locale, "api.error.forbidden"))).build();
        }
        if (causedBy(exception, jakarta.json.bind.JsonbException.class)
                || causedBy(exception, jakarta.json.JsonException.class)) {
            // a body that JSON-B cannot read into the resource's record: the caller's mistake, one line in the log
            LOG.info(() -> "Refused a request body that is not the JSON expected: " + request.getMethod() + " "
                    + request.getRequestURI());
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ApiError.of("api.json.malformed", Messages.get(locale, "api.json.malformed"))).build();
        }
        if (outOfSpace(exception) || derbyNeedsReboot(exception)) {
            startup.rebootDatabase();
        }
        if (derbyNeedsReboot(exception) && !outOfSpace(exception)) {
            LOG.warning("A write failed on a database left unusable by a full disk; it is booting again");
            return Response.status(Response.Status.SERVICE_UNAVAILABLE).header("Retry-After", "5")
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ApiError.of("database.recovering", Messages.get(locale, "database.recovering"))).build();
        }
        if (outOfSpace(exception)) {
            // the disk filled up under the write (the reserve was set too low, or another program filled it)
            LOG.severe(() -> "A write failed: no space left on the data folder's disk");
            return Response.status(507).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ApiError.of("storage.full", Messages.get(locale, "storage.full"))).build();
        }
        Optional<String> unreachable = DatabaseFaults.unreachable(exception);
        if (unreachable.isPresent()) {
            // one line, not a stack trace per request for as long as the database is away
            LOG.warning(() -> "The database does not answer; refused " + request.getMethod() + " " + request.getRequestURI()
                    + " with 503: " + unreachable.get());
            return Response.status(Response.Status.SERVICE_UNAVAILABLE).header("Retry-After", "30")
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ApiError.of("database.unavailable", Messages.get(locale, "database.unavailable"))).build();
        }
        LOG.log(Level.SEVERE, "API call failed", exception);
        return Response.serverError().type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ApiError.of("serverError", Messages.get(locale, "api.error.serverError"))).build();
    }

    /** A store left unusable by a failed write: a sequence that cannot advance, a log record not applied. */
    private static boolean derbyNeedsReboot(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && ("X0Y84".equals(sql.getSQLState())
                    || (sql.getMessage() != null && sql.getMessage().contains("cannot be applied to the store")))) {
                return true;
            }
        }
        return false;
    }

    private static boolean outOfSpace(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t.getMessage() != null && (t.getMessage().contains("No space left on device")
                    || t.getMessage().contains("cannot be applied to the store"))) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && sql.getNextException() != null
                    && outOfSpace(sql.getNextException())) {
                return true;
            }
        }
        return false;
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
