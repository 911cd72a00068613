package org.sachet.api.platform;

import jakarta.json.JsonValue;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import org.sachet.http.ApiError;
import org.sachet.http.Messages;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Every JSON body bound to a record (a token request, a lesson's revision, a backup) is read whole, at most
 * {@link #MAX_BYTES}, and checked by {@link JsonBodies} before JSON-B sees it: a cut-off body answers 400 instead
 * of holding a request thread for ever. Bodies a resource reads as text check themselves (sessions).
 */
@Provider
public class JsonBodyCheck implements ReaderInterceptor {

    static final int MAX_BYTES = 1 << 20;
    static final int MAX_NESTING = 16;

    @Context
    private HttpHeaders headers;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Class<?> type = context.getType();
        if (context.getMediaType() == null || !MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType())
                || type == String.class || type == byte[].class || InputStream.class.isAssignableFrom(type)
                || JsonValue.class.isAssignableFrom(type)) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            throw refusal(413, "api.json.tooLarge", MAX_BYTES / 1024);
        }
        if (!JsonBodies.wellFormed(body, MAX_NESTING)) {
            throw refusal(400, "api.json.malformed");
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    private WebApplicationException refusal(int status, String key, Object... arguments) {
        Locale locale = Messages.localeOf(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        return new WebApplicationException(Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ApiError.of(key, Messages.get(locale, key, arguments))).build());
    }
}
