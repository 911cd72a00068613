package org.sachet.api.platform;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;

import java.io.ByteArrayInputStream;
import java.io.Reader;
import java.io.StringReader;

/**
 * Checks that a request body is whole JSON, nested no deeper than a limit, with a streaming parser that keeps
 * no stack per level, before anything binds it. Binding is not safe on every body: JSON-B skipping an unknown
 * field whose array or object is cut off (e.g. {@code {"x":[1}}) spins for ever, and tree readers recurse once
 * per level, so a deep body overflows their stack (issue 14).
 */
public final class JsonBodies {

    private JsonBodies() {
    }

    /** Whether the text is one whole JSON value, nested at most {@code maxNesting} arrays and objects deep. */
    public static boolean wellFormed(String json, int maxNesting) {
        return json != null && wellFormed(new StringReader(json), maxNesting);
    }

    public static boolean wellFormed(byte[] json, int maxNesting) {
        try (JsonParser parser = Json.createParser(new ByteArrayInputStream(json))) {
            return wellFormed(parser, maxNesting);
        } catch (JsonException | IllegalStateException | java.util.NoSuchElementException e) {
            return false;
        }
    }

    private static boolean wellFormed(Reader json, int maxNesting) {
        try (JsonParser parser = Json.createParser(json)) {
            return wellFormed(parser, maxNesting);
        } catch (JsonException | IllegalStateException | java.util.NoSuchElementException e) {
            return false;
        }
    }

    private static boolean wellFormed(JsonParser parser, int maxNesting) {
        int depth = 0;
        boolean value = false;
        while (parser.hasNext()) {
            if (value && depth == 0) {
                return false; // a second value after the first
            }
            switch (parser.next()) {
                case START_ARRAY, START_OBJECT -> {
                    if (++depth > maxNesting) {
                        return false;
                    }
                }
                case END_ARRAY, END_OBJECT -> depth--;
                default -> { }
            }
            value = true;
        }
        return value && depth == 0;
    }
}
