package org.sachet.api.platform;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.sachet.http.ApiError;
import org.sachet.http.Messages;

import java.util.Locale;

/** Not found, method not allowed, forbidden and the like, in the API's one error shape. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException exception) {
        if (exception.getResponse().getEntity() instanceof ApiError) {
            return exception.getResponse(); // already in the API's shape and the caller's language (JsonBodyCheck)
        }
        int status = exception.getResponse().getStatus();
        Locale locale = Messages.localeOf(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        String code = switch (status) {
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "notFound";
            case 405 -> "methodNotAllowed";
            case 406 -> "notAcceptable";
            case 415 -> "unsupportedMediaType";
            default -> status >= 500 ? "serverError" : "badRequest";
        };
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ApiError.of(code, Messages.get(locale, "api.error." + code))).build();
    }
}
