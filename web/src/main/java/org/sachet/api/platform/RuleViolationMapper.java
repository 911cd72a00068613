package org.sachet.api.platform;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.sachet.catalogue.UploadTooLarge;
import org.sachet.http.ApiError;
import org.sachet.http.Messages;
import org.sachet.outreach.SessionConflict;
import org.sachet.platform.RuleViolation;

import java.util.List;
import java.util.Locale;

/** A broken rule is the client's mistake: 400 with the rule's message and the field at fault. */
@Provider
public class RuleViolationMapper implements ExceptionMapper<RuleViolation> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(RuleViolation violation) {
        Locale locale = Messages.localeOf(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        return Response.status(statusOf(violation)).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(errorOf(violation, locale)).build();
    }

    /**
     * An upload over the limit is "content too large" (413), a session UUID stored with other content a
     * conflict (409), every other broken rule a bad request.
     */
    public static int statusOf(RuleViolation violation) {
        return violation instanceof UploadTooLarge ? 413 : violation instanceof SessionConflict ? 409 : 400;
    }

    /** The rule's message in the reader's language, with the field at fault. */
    public static ApiError errorOf(RuleViolation violation, Locale locale) {
        String message = Messages.get(locale, violation.messageKey(), violation.arguments());
        List<ApiError.FieldError> fields = violation.field() == null ? List.of()
                : List.of(new ApiError.FieldError(violation.field(), message));
        return new ApiError(violation.messageKey(), message, fields);
    }
}
