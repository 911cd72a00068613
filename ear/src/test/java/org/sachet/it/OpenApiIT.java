package org.sachet.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sachet.content.demo.DemoFiles;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sachet.it.TestServer.basic;
import static org.sachet.it.TestServer.get;
import static org.sachet.it.TestServer.getBytes;
import static org.sachet.it.TestServer.head;
import static org.sachet.it.TestServer.json;
import static org.sachet.it.TestServer.jsonArray;
import static org.sachet.it.TestServer.postJson;

/**
 * The OpenAPI document against the live API (issue 18). Every answer any integration test receives from
 * {@code /api/v1} is checked against the document as it arrives ({@link TestServer#documented}): a status the
 * operation does not document, or a body off its schema, fails that test. This class calls each operation a
 * caller can reach without another test's data, with good and bad input, and then asks that every documented
 * operation was answered at least once in this run, here or in the tests that own its data.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiIT {

    private static final String EDITOR = "openapi.editor";
    private static final String REVIEWER = "openapi.reviewer";
    private static final String FACILITATOR = "openapi.facilitator";
    private static final String MANAGER = "openapi.manager";
    private static final String PRODUCER = "openapi.producer";
    private static final String PASSWORD = "Openapi-pass-2083";

    /** Operations whose data other tests make (a published edition, a broadcast, a backup): they call them. */
    private static final Set<String> CALLED_ELSEWHERE = Set.of("POST /editions/{id}/revisions",
            "PUT /editions/lessons/{lessonId}", "POST /editions/{id}/publish", "POST /broadcasts/{id}/as-run",
            "GET /stations/{id}/schedule.ics", "POST /backups", "GET /backups/{name}", "GET /kits/{id}.zip",
            "HEAD /kits/{id}.zip");

    @Test
    void everyOperationAnswersAsTheDocumentSays() throws Exception {
        TestAccounts.make(
                new TestAccounts.Account(EDITOR, "OpenAPI Editor", PASSWORD, "Content editor", "Bagmati Province",
                        "Kathmandu"),
                new TestAccounts.Account(REVIEWER, "OpenAPI Reviewer", PASSWORD, "Safeguarding reviewer",
                        "Bagmati Province", "Kathmandu"),
                new TestAccounts.Account(FACILITATOR, "OpenAPI Facilitator", PASSWORD, "SBCC facilitator",
                        "Bagmati Province", "Kathmandu"),
                new TestAccounts.Account(MANAGER, "OpenAPI Manager", PASSWORD, "Programme manager / M&E",
                        "Bagmati Province", "Kathmandu"),
                new TestAccounts.Account(PRODUCER, "OpenAPI Producer", PASSWORD, "Radio producer", "Bagmati Province",
                        "Kathmandu"));
        String editor = basic(EDITOR, PASSWORD);
        String facilitator = basic(FACILITATOR, PASSWORD);

        // the catalogue: upload, submit, publish (201, 200), then read it as anyone may
        byte[] pdf = DemoFiles.pdf("Contract", "Sachet", List.of("A leaflet read against the OpenAPI document."));
        long material = TestServer.publishedMaterial("contract.pdf", pdf, "Contract", "सम्झौता", "LEAFLET", "PUBLIC",
                editor, basic(REVIEWER, PASSWORD));
        get("/api/v1/materials");
        get("/api/v1/materials?q=contract&limit=5");
        get("/api/v1/materials/" + material);
        get("/api/v1/materials/" + material + "/versions/latest", "Authorization", editor);
        assertEquals(200, getBytes("/api/v1/materials/" + material + "/file").statusCode());
        assertEquals(206, getBytes("/api/v1/materials/" + material + "/file", "Range", "bytes=0-9").statusCode());
        assertEquals(416, getBytes("/api/v1/materials/" + material + "/file", "Range", "bytes=99999999-").statusCode());
        assertEquals(200, head("/api/v1/materials/" + material + "/file").statusCode());
        assertEquals(404, get("/api/v1/materials/987654321").statusCode());
        assertEquals(401, get("/api/v1/materials/" + material + "/versions/latest").statusCode());
        assertEquals(400, new Multipart().field("titleEnglish", "No file").post(editor).statusCode());

        // the curriculum and its kits, as a signed-in person reads them
        get("/api/v1/editions", "Authorization", facilitator);
        List<jakarta.json.JsonValue> editions = jsonArray(get("/api/v1/editions", "Authorization", facilitator).body());
        if (!editions.isEmpty()) {
            get("/api/v1/editions/" + editions.get(0).asJsonObject().getJsonNumber("id"), "Authorization", facilitator);
        }
        List<jakarta.json.JsonValue> kits = jsonArray(get("/api/v1/kits", "Authorization", facilitator).body());
        if (!kits.isEmpty()) {
            String download = kits.get(0).asJsonObject().getString("download");
            String kit = download.substring(download.indexOf("/api/v1/"));
            getBytes(kit, "Authorization", facilitator);
            head(kit, "Authorization", facilitator);
        }
        assertEquals(404, get("/api/v1/editions/987654321", "Authorization", facilitator).statusCode());

        // places, the caller, tokens
        get("/api/v1/geography/local-levels?district=27", "Authorization", facilitator);
        assertEquals(400, get("/api/v1/geography/local-levels?district=99", "Authorization", facilitator).statusCode());
        assertEquals(401, get("/api/v1/geography/local-levels").statusCode());
        get("/api/v1/me", "Authorization", facilitator);
        HttpResponse<String> token = postJson("/api/v1/tokens", "{\"label\": \"contract check\"}", "Authorization",
                facilitator);
        assertEquals(201, token.statusCode(), token.body());
        String bearer = "Bearer " + json(token.body()).getString("token");
        assertEquals(400, postJson("/api/v1/tokens", "{\"label\": ", "Authorization", facilitator).statusCode());

        // the sync contract: choices, a batch with a refused item, one session alone, the caller's sessions
        get("/api/v1/sessions/kinds", "Authorization", bearer);
        get("/api/v1/sessions/activities", "Authorization", bearer);
        get("/api/v1/sessions/episodes", "Authorization", bearer);
        get("/api/v1/venues", "Authorization", bearer);
        String unknownVenue = TestServer.sessionJson(UUID.randomUUID().toString(), "2083-08-01", "SCH-NOWHERE-1",
                "PARENTS_GROUP", "{\"womenAdult\": 4}", null);
        postJson("/api/v1/sessions", "[" + unknownVenue + "]", "Authorization", bearer);
        assertEquals(400, postJson("/api/v1/sessions", unknownVenue, "Authorization", bearer).statusCode());
        assertEquals(400, postJson("/api/v1/sessions", "{\"uuid\": [", "Authorization", bearer).statusCode());
        get("/api/v1/sessions", "Authorization", bearer);
        get("/api/v1/sessions?since=2026-01-01T00:00:00Z", "Authorization", bearer);

        // reach, action plans, radio
        String manager = basic(MANAGER, PASSWORD);
        get("/api/v1/reach", "Authorization", manager);
        get("/api/v1/reach/sticks-and-stones", "Authorization", manager);
        assertEquals(403, get("/api/v1/reach", "Authorization", facilitator).statusCode());
        get("/api/v1/action-plans", "Authorization", manager);
        get("/api/v1/radio/series", "Authorization", basic(PRODUCER, PASSWORD));
        get("/api/v1/broadcasts", "Authorization", basic(PRODUCER, PASSWORD));
    }

    @Test
    void everyDocumentedOperationIsAnsweredSomewhereInTheRun() throws Exception {
        everyOperationAnswersAsTheDocumentSays(); // at least this class's calls, in whichever order JUnit runs them
        Set<String> unchecked = new TreeSet<>(TestServer.contract().unchecked());
        unchecked.removeAll(CALLED_ELSEWHERE);
        assertEquals(Set.of(), unchecked, "documented, never called");
        assertTrue(TestServer.contract().unchecked().size() <= CALLED_ELSEWHERE.size());
    }
}
