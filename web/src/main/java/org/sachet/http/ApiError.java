package org.sachet.http;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The one shape of every API error: a stable code for programs, a message for people (in the language the
 * client asks for with Accept-Language), and the fields at fault.
 */
public record ApiError(String code, String message, List<FieldError> fieldErrors) {

    public record FieldError(String field, String message) {
    }

    public static ApiError of(String code, String message) {
        return new ApiError(code, message, List.of());
    }

    /** Answers with this error from a servlet filter, where the REST layer's exception mappers do not reach. */
    public void send(HttpServletResponse response, int status) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        try (Jsonb json = JsonbBuilder.create()) {
            response.getOutputStream().write(json.toJson(this).getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IOException("writing the error failed", e);
        }
    }
}
