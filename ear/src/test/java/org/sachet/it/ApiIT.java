package org.sachet.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sachet.it.TestServer.ADMIN_PASSWORD;
import static org.sachet.it.TestServer.basic;
import static org.sachet.it.TestServer.get;
import static org.sachet.it.TestServer.getBytes;
import static org.sachet.it.TestServer.json;
import static org.sachet.it.TestServer.jsonArray;

/** The JSON API as a script or the offline app uses it: credentials, the local-level list, errors, health. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiIT {

    private static final String LOCAL_LEVELS = "/api/v1/geography/local-levels";

    @Test
    void adminGetsAll753LocalLevelsWithNamesInBothLanguages() throws Exception {
        HttpResponse<String> response = get(LOCAL_LEVELS, "Authorization", basic("admin", ADMIN_PASSWORD));
        assertEquals(200, response.statusCode());
        JsonArray levels = jsonArray(response.body());
        assertEquals(753, levels.size());
        JsonObject hetauda = levels.stream().map(JsonObject.class::cast)
                .filter(l -> l.getInt("code") == 337).findFirst().orElseThrow();
        assertEquals("Hetauda", hetauda.getString("nameEn"));
        assertEquals("हेटौडा", hetauda.getString("nameNe"));
        assertEquals("SMC", hetauda.getString("category"));
        assertEquals(19, hetauda.getInt("wards"));
        assertEquals(30, hetauda.getInt("districtCode"));
        assertEquals("Makwanpur", hetauda.getString("districtEn"));
        assertEquals("मकवानपुर", hetauda.getString("districtNe"));
        assertEquals(3, hetauda.getInt("provinceCode"));
        assertEquals("Bagmati Province", hetauda.getString("provinceEn"));
        assertEquals("बाग्मती प्रदेश", hetauda.getString("provinceNe"));
    }

    @Test
    void filtersByProvinceAndDistrict() throws Exception {
        String auth = basic("admin", ADMIN_PASSWORD);
        JsonArray makwanpur = jsonArray(get(LOCAL_LEVELS + "?district=30", "Authorization", auth).body());
        assertEquals(10, makwanpur.size());
        assertTrue(makwanpur.stream().map(JsonObject.class::cast).allMatch(l -> l.getInt("districtCode") == 30));
        JsonArray bagmati = jsonArray(get(LOCAL_LEVELS + "?province=3", "Authorization", auth).body());
        assertEquals(119, bagmati.size());
        assertTrue(bagmati.stream().map(JsonObject.class::cast).allMatch(l -> l.getInt("provinceCode") == 3));
    }

    @Test
    void unknownOrMalformedCodesGet400WithAJsonError() throws Exception {
        String auth = basic("admin", ADMIN_PASSWORD);
        for (String query : new String[]{"?province=99", "?district=0", "?district=abc", "?province=3x"}) {
            HttpResponse<String> response = get(LOCAL_LEVELS + query, "Authorization", auth);
            assertEquals(400, response.statusCode(), query);
            JsonObject error = json(response.body());
            assertFalse(error.getString("message").isBlank(), query);
            assertEquals(1, error.getJsonArray("fieldErrors").size(), query);
        }
    }

    @Test
    void errorMessagesFollowAcceptLanguage() throws Exception {
        HttpResponse<String> response = get(LOCAL_LEVELS + "?province=99", "Authorization",
                basic("admin", ADMIN_PASSWORD), "Accept-Language", "ne");
        assertEquals(400, response.statusCode());
        assertTrue(json(response.body()).getString("message").contains("प्रदेश"), response.body());
    }

    @Test
    void callsWithoutValidCredentialsGet401WithAJsonError() throws Exception {
        HttpResponse<String> none = get(LOCAL_LEVELS);
        assertEquals(401, none.statusCode());
        assertEquals("unauthorized", json(none.body()).getString("code"));

        HttpResponse<String> wrong = get(LOCAL_LEVELS, "Authorization", basic("admin", "wrong-password"));
        assertEquals(401, wrong.statusCode());
        HttpResponse<String> unknownUser = get(LOCAL_LEVELS, "Authorization", basic("nobody", "wrong-password"));
        assertEquals(401, unknownUser.statusCode());
        // the same answer whether or not the account exists
        assertEquals(json(wrong.body()).getString("message"), json(unknownUser.body()).getString("message"));

        HttpResponse<String> badToken = get(LOCAL_LEVELS, "Authorization", "Bearer sachet_not-a-real-token");
        assertEquals(401, badToken.statusCode());
        HttpResponse<String> garbage = get(LOCAL_LEVELS, "Authorization", "Basic %%%");
        assertEquals(401, garbage.statusCode());
    }

    @Test
    void pagesThatMovedAnswerWithTheirNewAddress() throws Exception {
        HttpResponse<String> teach = get("/teach/index.xhtml?tab=2");
        assertEquals(301, teach.statusCode());
        assertTrue(teach.headers().firstValue("Location").orElseThrow().endsWith("/teaching/index.xhtml?tab=2"),
                teach.headers().toString());
        HttpResponse<String> print = get("/teach/print/attendance/12.pdf?lang=en");
        assertTrue(print.headers().firstValue("Location").orElseThrow()
                .endsWith("/teaching/print/attendance/12.pdf?lang=en"), print.headers().toString());
        // only ever a path on this server: an address that looks like another host stays under /teaching
        HttpResponse<String> sneaky = get("/teach//evil.example/x");
        String location = sneaky.headers().firstValue("Location").orElse("");
        assertTrue(location.matches("(http://[^/]+)?/teaching//evil\\.example/x"), location);
    }

    @Test
    void healthReportsUpAndOpenApiDescribesTheApi() throws Exception {
        HttpResponse<String> health = get("/health");
        assertEquals(200, health.statusCode(), health.body());
        assertTrue(health.body().contains("\"status\":\"UP\""), health.body());
        assertTrue(health.body().contains("sachet"), health.body());

        // Sachet's own document as written (OpenApiDocumentTest validates it in the build), not Payara's generated one
        HttpResponse<String> openApi = get("/openapi");
        assertEquals(200, openApi.statusCode());
        assertEquals("application/yaml", openApi.headers().firstValue("Content-Type").orElse(""));
        assertTrue(openApi.body().startsWith("openapi: 3.0.3") || openApi.body().contains("\nopenapi: 3.0.3\n"),
                openApi.body());
        assertTrue(!openApi.body().contains("\nendpoints:"), "no member of Payara's own at the root");
        assertTrue(openApi.body().contains("\n  /geography/local-levels:") && openApi.body().contains("\n  /sessions:")
                && openApi.body().contains("\n  /materials/{id}/file:"), openApi.body());
        String etag = openApi.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, get("/openapi", "If-None-Match", etag).statusCode());
        assertEquals("gzip", getBytes("/openapi", "Accept-Encoding", "gzip").headers().firstValue("Content-Encoding")
                .orElse(""));
    }
}
