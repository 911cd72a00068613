package org.sachet.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.swagger.v3.core.util.Yaml;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The OpenAPI document served at {@code /openapi} is valid OpenAPI 3.0 as swagger-parser reads it, and describes
 * exactly the operations the resources offer (and the two downloads filters serve): a resource method added,
 * moved or dropped without the document fails here (issue 18).
 */
class OpenApiDocumentTest {

    /** Served by servlet filters (sendfile and ranges), in front of the REST resources. */
    private static final Set<String> FILTER_OPERATIONS = Set.of("GET /materials/{id}/file", "HEAD /materials/{id}/file",
            "GET /kits/{id}.zip", "HEAD /kits/{id}.zip");

    private static final Set<String> ROOT_MEMBERS = Set.of("openapi", "info", "servers", "paths", "components",
            "security", "tags", "externalDocs");

    @Test
    void swaggerParserReadsTheDocumentWithoutAMessage() throws IOException {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(document(), null, options);
        assertEquals(List.of(), result.getMessages());
        assertNotNull(result.getOpenAPI());
        assertTrue(result.getOpenAPI().getOpenapi().startsWith("3.0."), result.getOpenAPI().getOpenapi());
    }

    @Test
    void theRootHoldsOnlyWhatOpenApiNamesAndServersEndWithoutASlash() throws IOException {
        JsonNode root = Yaml.mapper().readTree(document());
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            assertTrue(ROOT_MEMBERS.contains(name) || name.startsWith("x-"), "not an OpenAPI root member: " + name);
        }
        for (JsonNode server : root.path("servers")) {
            assertTrue(!server.path("url").asText().endsWith("/"), server.toString());
        }
        assertTrue(root.path("components").path("securitySchemes").has("basic"));
        assertTrue(root.path("components").path("securitySchemes").has("token"));
    }

    @Test
    void everyOperationHasItsOwnIdAndSaysWhatItAnswers() throws IOException {
        Set<String> ids = new HashSet<>();
        for (Map.Entry<String, PathItem> path : parsed().getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> operation : path.getValue().readOperationsMap().entrySet()) {
                String where = operation.getKey() + " " + path.getKey();
                String id = operation.getValue().getOperationId();
                assertTrue(id != null && !id.isBlank(), "no operationId: " + where);
                assertTrue(ids.add(id), "operationId twice: " + id);
                assertTrue(operation.getValue().getResponses().keySet().stream().anyMatch(status -> status.startsWith("2")),
                        "no success answer: " + where);
            }
        }
    }

    @Test
    void theDocumentDescribesEveryResourceMethodAndNothingElse() throws IOException {
        Set<String> documented = new TreeSet<>();
        for (Map.Entry<String, PathItem> path : parsed().getPaths().entrySet()) {
            for (PathItem.HttpMethod method : path.getValue().readOperationsMap().keySet()) {
                documented.add(method + " " + path.getKey());
            }
        }
        Set<String> offered = new TreeSet<>(FILTER_OPERATIONS);
        offered.addAll(resourceOperations().keySet());
        assertEquals(offered, documented);
    }

    @Test
    void aRequestBodyIsDescribedWhereAResourceReadsOne() throws IOException {
        OpenAPI document = parsed();
        for (Map.Entry<String, Boolean> operation : resourceOperations().entrySet()) {
            String[] methodAndPath = operation.getKey().split(" ", 2);
            Operation described = document.getPaths().get(methodAndPath[1]).readOperationsMap()
                    .get(PathItem.HttpMethod.valueOf(methodAndPath[0]));
            assertEquals(operation.getValue(), described.getRequestBody() != null,
                    operation.getKey() + (operation.getValue() ? " reads a body" : " reads no body"));
            if (described.getRequestBody() != null) {
                described.getRequestBody().getContent().forEach((type, media) ->
                        assertNotNull(media.getSchema(), "no schema for " + type + " in " + operation.getKey()));
            }
        }
    }

    /**
     * Method and path of every JAX-RS resource method under org.sachet.api, relative to the application path, and
     * whether it reads a request body (a parameter that no JAX-RS annotation binds: the entity, or the servlet request
     * a multipart upload is read from).
     */
    private static Map<String, Boolean> resourceOperations() {
        Map<String, Boolean> operations = new java.util.TreeMap<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.sachet.api")) {
            Class<?> resource = type.reflect();
            Path base = resource.getAnnotation(Path.class);
            if (base == null) {
                continue;
            }
            for (Method method : resource.getDeclaredMethods()) {
                String httpMethod = httpMethod(method);
                if (httpMethod == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                operations.put(httpMethod + " " + join(base.value(), sub == null ? "" : sub.value()), readsBody(method));
            }
        }
        return operations;
    }

    private static boolean readsBody(Method method) {
        if (method.isAnnotationPresent(jakarta.ws.rs.Consumes.class)) {
            return true;
        }
        for (Annotation[] bound : method.getParameterAnnotations()) {
            boolean named = false;
            for (Annotation annotation : bound) {
                named |= annotation.annotationType().getPackageName().equals("jakarta.ws.rs")
                        || annotation.annotationType().getPackageName().equals("jakarta.ws.rs.core");
            }
            if (!named) {
                return true;
            }
        }
        return false;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod designator = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (designator != null) {
                return designator.value();
            }
        }
        return null;
    }

    /** Joins a class's and a method's paths as JAX-RS does, without the templates' regular expressions. */
    static String join(String base, String sub) {
        List<String> parts = new ArrayList<>();
        for (String piece : (base + "/" + sub).split("/")) {
            if (!piece.isEmpty()) {
                parts.add(piece.replaceAll("\\{\\s*([A-Za-z0-9_]+)\\s*:[^}]*}", "{$1}"));
            }
        }
        return "/" + String.join("/", parts);
    }

    private static OpenAPI parsed() throws IOException {
        return new OpenAPIV3Parser().readContents(document(), null, new ParseOptions()).getOpenAPI();
    }

    private static String document() throws IOException {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(OpenApiDocument.RESOURCE)) {
            assertNotNull(in, OpenApiDocument.RESOURCE);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
