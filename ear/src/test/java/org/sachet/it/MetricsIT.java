package org.sachet.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The server's metrics in Prometheus's format (issue 19): the operator reads them with the operator key, nobody
 * else at all; API requests count under their operation's template, never under the ids or words of a request.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MetricsIT {

    private static final Path DATA = Path.of(System.getProperty("sachet.it.dataDir"));
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? (\\S+)$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** One line of the scrape: a metric's name, its labels and its value. */
    record Sample(String name, Map<String, String> labels, double value) {
    }

    @Test
    void nobodyButTheOperatorReadsThemAndIsToldWhyInTheirLanguage() throws Exception {
        HttpResponse<String> anonymous = TestServer.get("/metrics");
        assertEquals(401, anonymous.statusCode());
        assertEquals("Bearer realm=\"sachet-metrics\"", anonymous.headers().firstValue("WWW-Authenticate").orElse(""));
        assertTrue(anonymous.body().contains("operator.key"), anonymous.body());
        assertFalse(anonymous.body().contains("jvm_"), anonymous.body());
        HttpResponse<String> nepali = TestServer.get("/metrics", "Accept-Language", "ne");
        assertEquals(401, nepali.statusCode());
        assertTrue(nepali.body().contains("मेट्रिक्स"), nepali.body());
        for (String[] wrong : List.of(new String[] {"Authorization", "Bearer not-the-key"},
                new String[] {"Authorization", "Basic " + operatorKey()}, new String[] {"X-Sachet-Operator-Key", "x"},
                new String[] {"Authorization", "Bearer "})) {
            assertEquals(401, TestServer.get("/metrics", wrong).statusCode(), String.join(": ", wrong));
        }
        assertEquals(200, TestServer.get("/metrics", "X-Sachet-Operator-Key", operatorKey()).statusCode());
    }

    @Test
    void apiRequestsCountUnderTheirOperationWithTheServersOwnFigures() throws Exception {
        assertEquals(200, TestServer.get("/api/v1/materials?q=metricsword").statusCode());
        assertEquals(200, TestServer.get("/api/v1/materials?q=metricsword").statusCode());
        assertEquals(404, TestServer.get("/api/v1/materials/987654321").statusCode());
        HttpResponse<String> scrape = TestServer.get("/metrics", "Authorization", "Bearer " + operatorKey());
        assertEquals(200, scrape.statusCode());
        assertTrue(scrape.headers().firstValue("Content-Type").orElse("").startsWith("text/plain; version=0.0.4"),
                scrape.headers().toString());
        List<Sample> samples = samples(scrape.body());
        Sample searches = one(samples, "sachet_api_requests_seconds_count",
                Map.of("method", "GET", "path", "/api/v1/materials", "status", "200", "server", "main"));
        assertTrue(searches.value() >= 2, searches.toString());
        one(samples, "sachet_api_requests_seconds_count",
                Map.of("method", "GET", "path", "/api/v1/materials/{id}", "status", "404"));
        one(samples, "sachet_api_requests_seconds_bucket",
                Map.of("path", "/api/v1/materials", "status", "200", "le", "0.1"));
        assertFalse(scrape.body().contains("987654321"), "an id is no series");
        assertFalse(scrape.body().contains("metricsword"), "nor a search");
        assertTrue(one(samples, "sachet_extraction_queue", Map.of()).value() >= 0);
        assertTrue(one(samples, "sachet_index_changes_behind", Map.of()).value() >= 0);
        assertTrue(one(samples, "sachet_index_seconds_since_followed", Map.of()).value() < 60,
                "this server follows the change feed");
        assertTrue(one(samples, "jvm_memory_used_bytes", Map.of("area", "heap")).value() > 0);
    }

    private static String operatorKey() throws Exception {
        return Files.readString(DATA.resolve("operator.key")).strip();
    }

    static List<Sample> samples(String scrape) {
        return scrape.lines().filter(line -> !line.startsWith("#") && !line.isBlank()).map(line -> {
            Matcher sample = SAMPLE.matcher(line);
            assertTrue(sample.matches(), "not Prometheus's text format: " + line);
            Map<String, String> labels = new HashMap<>();
            if (sample.group(2) != null) {
                Matcher label = LABEL.matcher(sample.group(2));
                while (label.find()) {
                    labels.put(label.group(1), label.group(2));
                }
            }
            return new Sample(sample.group(1), labels, Double.parseDouble(sample.group(3)));
        }).toList();
    }

    /** The first sample of that name whose labels include these. */
    static Sample one(List<Sample> samples, String name, Map<String, String> labels) {
        return samples.stream().filter(s -> s.name().equals(name) && s.labels().entrySet().containsAll(labels.entrySet()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + name + " " + labels));
    }
}
