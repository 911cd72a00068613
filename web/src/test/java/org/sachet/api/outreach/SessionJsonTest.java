package org.sachet.api.outreach;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class SessionJsonTest {

    @Test
    void aDeeplyNestedBodyIsMalformedNotAStackOverflow() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        assertNull(SessionJson.parse(deep));
        assertEquals("api.json.malformed", SessionJson.read(deep).problems().get(0).key());
    }

    @Test
    void aBatchOfSessionsIsNotTooDeep() {
        String batch = "[{\"uuid\": \"a\", \"participants\": {\"girlsUnder18\": 3}, \"materialIds\": [1, 2]}]";
        assertNotNull(SessionJson.parse(batch));
    }
}
