package org.sachet.it;

import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.sachet.it.services.TestData;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.File;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * The integration-test server as the build prepared it (see the ear pom): the real EAR, deployed once for the
 * whole run ({@link SuiteDeployment}) to a managed Payara on its own ports with its own data folder, with one
 * module added for the in-container tests.
 */
final class TestServer {

    static final String BASE_URL = System.getProperty("sachet.it.baseUrl", "http://localhost:18080");
    static final String ADMIN_PASSWORD = System.getProperty("sachet.it.adminPassword");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private TestServer() {
    }

    /** The in-container tests' web module: its context root, beside the application's own "/". */
    static final String SERVICES_TESTS_ROOT = "/sachet-its";

    /** The EAR exactly as users get it. */
    static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("sachet.it.ear")));
    }

    /**
     * What the run deploys: the EAR as users get it, plus a web module holding the in-container tests
     * (package {@code org.sachet.it.services}), which Arquillian's test runner joins. Nothing of the application
     * changes: the tests reach its services as its own modules do.
     */
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = ear();
        WebArchive tests = ShrinkWrap.create(WebArchive.class, "sachet-its.war")
                .addPackage(TestData.class.getPackage())
                .addAsWebInfResource(new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" "
                        + "version=\"4.0\" bean-discovery-mode=\"annotated\"/>"), "beans.xml");
        ear.addAsModule(Testable.archiveToTest(tests));
        String applicationXml = new String(read(ear, "META-INF/application.xml"), StandardCharsets.UTF_8);
        String module = "<module><web><web-uri>" + tests.getName() + "</web-uri><context-root>" + SERVICES_TESTS_ROOT
                + "</context-root></web></module>";
        int at = applicationXml.contains("<library-directory>") ? applicationXml.indexOf("<library-directory>")
                : applicationXml.indexOf("</application>");
        ear.delete("META-INF/application.xml");
        ear.setApplicationXML(new StringAsset(applicationXml.substring(0, at) + module + applicationXml.substring(at)));
        return ear;
    }

    private static byte[] read(EnterpriseArchive ear, String path) {
        try (java.io.InputStream in = ear.get(path).getAsset().openStream()) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static HttpResponse<String> get(String path, String... headers) throws Exception {
        return send(HttpClient.Version.HTTP_1_1, "GET", path, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8),
                headers);
    }

    /** A download as browsers and curl make it over plain http: HTTP/1.1, where files go out by sendfile. */
    static HttpResponse<byte[]> getBytes(String path, String... headers) throws Exception {
        return send(HttpClient.Version.HTTP_1_1, "GET", path, HttpResponse.BodyHandlers.ofByteArray(), headers);
    }

    /** A GET that offers to upgrade to HTTP/2 (h2c), as some programs do; the server answers in HTTP/1.1. */
    static HttpResponse<String> getOfferingHttp2(String path) throws Exception {
        return send(HttpClient.Version.HTTP_2, "GET", path, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<Void> head(String path, String... headers) throws Exception {
        return send(HttpClient.Version.HTTP_1_1, "HEAD", path, HttpResponse.BodyHandlers.discarding(), headers);
    }

    /** A POST without a body, as the workflow API takes them. */
    static HttpResponse<String> post(String path, String... headers) throws Exception {
        return send(HttpClient.Version.HTTP_1_1, "POST", path, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8),
                headers);
    }

    /** A POST of a JSON body. */
    static HttpResponse<String> postJson(String path, String json, String... headers) throws Exception {
        return sendJson("POST", path, json, headers);
    }

    /** A PUT of a JSON body. */
    static HttpResponse<String> putJson(String path, String json, String... headers) throws Exception {
        return sendJson("PUT", path, json, headers);
    }

    private static HttpResponse<String> sendJson(String method, String path, String json, String... headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE_URL + path))
                .version(HttpClient.Version.HTTP_1_1).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return documented(method, path, HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
    }

    private static OpenApiContract contract;

    /**
     * Every answer of the API that a test receives, checked against the OpenAPI document the server serves: a status
     * the operation does not document, or a JSON body off its schema, fails the test that called (issue 18).
     */
    static synchronized <T> HttpResponse<T> documented(String method, String path, HttpResponse<T> response)
            throws Exception {
        if (!path.startsWith(OpenApiContract.API + "/")) {
            return response;
        }
        return contract().checkCall(method, path, response);
    }

    /** The OpenAPI document the server serves, read once per run. */
    static synchronized OpenApiContract contract() throws Exception {
        if (contract == null) {
            HttpResponse<String> document = HTTP.send(HttpRequest.newBuilder(URI.create(BASE_URL + "/openapi"))
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (document.statusCode() != 200) {
                throw new AssertionError("no OpenAPI document: " + document.statusCode());
            }
            contract = new OpenApiContract(document.body());
        }
        return contract;
    }

    private static <T> HttpResponse<T> send(HttpClient.Version version, String method, String path,
                                            HttpResponse.BodyHandler<T> body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE_URL + path)).version(version)
                .timeout(Duration.ofSeconds(60)).method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        return documented(method, path, HTTP.send(request.build(), body));
    }

    /**
     * A material uploaded through the API by an editor, read, sent for review and published by a reviewer: what
     * a test needs in the catalogue before it can use it. Answers its id.
     *
     * @param editor   an editor's Authorization header value
     * @param reviewer a reviewer's Authorization header value
     */
    static long publishedMaterial(String fileName, byte[] content, String titleEnglish, String titleNepali,
                                  String type, String visibility, String editor, String reviewer) throws Exception {
        HttpResponse<String> created = new Multipart().file(fileName, content)
                .field("titleEnglish", titleEnglish).field("titleNepali", titleNepali)
                .field("summary", "For the Sticks and Stones lessons.").field("type", type)
                .field("visibility", visibility).field("topics", "CHILD_PROTECTION").field("audiences", "CHILDREN")
                .field("languages", "ne").post(editor);
        if (created.statusCode() != 201) {
            throw new AssertionError("upload refused: " + created.body());
        }
        long id = json(created.body()).getJsonNumber("id").longValue();
        long version = json(created.body()).getJsonObject("file").getJsonNumber("versionId").longValue();
        for (int i = 0; i < 120; i++) {
            String extraction = json(get("/api/v1/materials/" + id + "/versions/latest", "Authorization", editor)
                    .body()).getString("extraction");
            if (!extraction.equals("PENDING")) {
                break;
            }
            Thread.sleep(500);
        }
        if (post("/api/v1/versions/" + version + "/submit", "Authorization", editor).statusCode() != 200) {
            throw new AssertionError("not sent for review");
        }
        HttpResponse<String> publish = post("/api/v1/versions/" + version + "/publish", "Authorization", reviewer);
        if (publish.statusCode() != 200) {
            throw new AssertionError("not published: " + publish.body());
        }
        return id;
    }

    static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    static JsonArray jsonArray(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readArray();
        }
    }

    /** The venues in the caller's places, as the sync API lists them to a phone. */
    static java.util.List<JsonObject> venues(String authorization) throws Exception {
        return jsonArray(get("/api/v1/venues", "Authorization", authorization).body()).stream()
                .map(v -> v.asJsonObject()).toList();
    }

    /** The venue with this code among the caller's. */
    static JsonObject venue(String authorization, String code) throws Exception {
        return venues(authorization).stream().filter(v -> v.getString("code").equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no venue " + code));
    }

    /** One session as a phone sends it to the sync API ({@code participants}: a JSON object; notes may be null). */
    static String sessionJson(String uuid, String date, String venueCode, String kind, String participants,
                              String notes) {
        return "{\"uuid\": \"" + uuid + "\", \"date\": \"" + date + "\", \"venueCode\": \"" + venueCode
                + "\", \"kind\": \"" + kind + "\", \"participants\": " + participants
                + (notes == null ? "" : ", \"notes\": \"" + notes + "\"") + "}";
    }

    /** The caller's own outreach sessions, as the sync API gives them back to a phone (oldest change first). */
    static java.util.List<JsonObject> ownSessions(String authorization) throws Exception {
        HttpResponse<String> mine = get("/api/v1/sessions", "Authorization", authorization);
        if (mine.statusCode() != 200) {
            throw new AssertionError("the sessions were not listed: " + mine.statusCode() + " " + mine.body());
        }
        return jsonArray(mine.body()).stream().map(v -> v.asJsonObject()).toList();
    }

    static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }
}
