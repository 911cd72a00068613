package org.sachet.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi30;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks live answers against the OpenAPI document the server serves: the status must be one the operation
 * documents, and a JSON body must match the schema documented for that status (OpenAPI 3.0's schema dialect,
 * {@code nullable} and formats included). Remembers which operations were checked, so a test can say which
 * documented ones it never called.
 */
final class OpenApiContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode document;
    private final JsonSchemaFactory schemas = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
            builder -> builder.metaSchema(OpenApi30.getInstance()).defaultMetaSchemaIri(OpenApi30.getInstance().getIri()));
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true)
            .nullableKeywordEnabled(true).build();
    private final Set<String> checked = new TreeSet<>();

    OpenApiContract(String yaml) {
        try {
            document = new YAMLMapper().readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The answer to {@code method} on the documented {@code template} path (relative to the server URL). */
    <T> HttpResponse<T> check(String method, String template, HttpResponse<T> response) {
        String where = method + " " + template;
        JsonNode operation = document.path("paths").path(template).path(method.toLowerCase(Locale.ROOT));
        assertFalse(operation.isMissingNode(), "not documented: " + where);
        String status = String.valueOf(response.statusCode());
        JsonNode answer = resolve(operation.path("responses").path(status));
        assertFalse(answer.isMissingNode(), where + " answered " + status + ", which it does not document: "
                + response.body());
        checked.add(where + " " + status);
        String type = response.headers().firstValue("Content-Type").orElse("").split(";")[0].trim();
        if (!(response.body() instanceof String body) || body.isEmpty() || !type.endsWith("json")) {
            return response;
        }
        JsonNode media = answer.path("content").path(type);
        assertFalse(media.isMissingNode(), where + " " + status + " sent " + type + ", not documented");
        ObjectNode schema = JSON.createObjectNode();
        schema.putArray("allOf").add(media.path("schema"));
        schema.set("components", document.path("components")); // where the schema's $refs point
        try {
            Set<ValidationMessage> faults = schemas.getSchema(schema, config).validate(JSON.readTree(body));
            assertEquals(Set.of(), faults, where + " " + status + " answered " + body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return response;
    }

    /**
     * The answer to a call of the API ({@code path} as called, under {@code /api/v1}, query and all): checked
     * against the documented path it matches (the one with the most fixed text, so {@code /sessions/kinds} before
     * {@code /sessions/{id}}); a path the document does not know fails.
     */
    <T> HttpResponse<T> checkCall(String method, String path, HttpResponse<T> response) {
        String relative = path.substring(API.length()).split("\\?", 2)[0];
        String best = null;
        int bestFixed = -1;
        for (Iterator<String> templates = document.path("paths").fieldNames(); templates.hasNext(); ) {
            String template = templates.next();
            String pattern = java.util.regex.Pattern.quote(template).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q");
            int fixed = template.replaceAll("\\{[^}/]+}", "").length();
            if (relative.matches(pattern) && fixed > bestFixed) {
                best = template;
                bestFixed = fixed;
            }
        }
        if (best == null) { // a path the API does not have: not found (or, before that, who are you), nothing else
            assertTrue(Set.of(401, 404).contains(response.statusCode()),
                    method + " " + relative + " is not documented, and answered " + response.statusCode());
            return response;
        }
        return check(method, best, response);
    }

    static final String API = "/api/v1";

    /** The documented operations (method and path) that no check has reached. */
    Set<String> unchecked() {
        Set<String> left = new TreeSet<>();
        for (Iterator<String> paths = document.path("paths").fieldNames(); paths.hasNext(); ) {
            String path = paths.next();
            for (Iterator<String> methods = document.path("paths").path(path).fieldNames(); methods.hasNext(); ) {
                String method = methods.next().toUpperCase(Locale.ROOT);
                if (Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH").contains(method)
                        && checked.stream().noneMatch(c -> c.startsWith(method + " " + path + " "))) {
                    left.add(method + " " + path);
                }
            }
        }
        return left;
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode ref = node.path("$ref");
        if (ref.isTextual() && ref.asText().startsWith("#/")) {
            return resolve(document.at(ref.asText().substring(1)));
        }
        return node;
    }
}
