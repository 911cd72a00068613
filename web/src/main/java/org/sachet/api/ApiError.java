package org.sachet.api;

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
}
