package org.sachet.api.platform;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonBodiesTest {

    @Test
    void wholeJsonWithinTheNestingLimitPasses() {
        assertTrue(JsonBodies.wellFormed("{\"label\": \"Gita's phone\", \"x\": [[1], {\"a\": [2]}]}", 4));
        assertTrue(JsonBodies.wellFormed("[]", 1));
        assertTrue(JsonBodies.wellFormed("\"just text\"", 0));
    }

    @Test
    void bodiesCutOffOrUnbalancedAreRefused() {
        // each of these made JSON-B spin for ever while skipping the unknown field "x"
        for (String cutOff : new String[]{"{\"folder\":5,\"x\":[1}", "{\"folder\":5,\"x\":[1", "{\"x\":{\"a\":1",
                "{\"x\":[[1]}", "[1", "{", "", "   ", "{}}", "{} {}", "nul", "{\"a\" 1}"}) {
            assertFalse(JsonBodies.wellFormed(cutOff, 16), cutOff);
            assertFalse(JsonBodies.wellFormed(cutOff.getBytes(StandardCharsets.UTF_8), 16), cutOff);
        }
    }

    @Test
    void nestingIsCountedWithoutRecursionAndBracketsInStringsDoNotCount() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        assertFalse(JsonBodies.wellFormed(deep, 8), "refused, not a stack overflow");
        assertTrue(JsonBodies.wellFormed("{\"notes\": \"[[[[[[[[[[{{{{{{{{{{ \\\" [[[[[[\"}", 1));
        assertFalse(JsonBodies.wellFormed("[[[1]]]", 2));
        assertTrue(JsonBodies.wellFormed("[[[1]]]", 3));
    }
}
