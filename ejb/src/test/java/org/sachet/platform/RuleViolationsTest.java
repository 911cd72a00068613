package org.sachet.platform;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RuleViolationsTest {

    @Test
    void everyBrokenRuleIsThrownTogetherAndReadsAsTheFirst() {
        RuleViolations.Collector faults = new RuleViolations.Collector();
        assertEquals("kept", faults.check(() -> "kept"));
        Object refused = faults.check(() -> {
            throw new RuleViolation("username", "account.username.invalid");
        });
        assertEquals(null, refused);
        faults.check(() -> {
            throw new RuleViolation("roles", "account.roles.required");
        });
        faults.add(new RuleViolation("places", "account.places.required"));
        RuleViolations thrown = assertThrows(RuleViolations.class, faults::throwIfAny);
        assertEquals(List.of("username", "roles", "places"), thrown.each().stream().map(RuleViolation::field).toList());
        assertEquals("account.username.invalid", thrown.messageKey());
        assertEquals("username", thrown.field());
    }

    @Test
    void oneBrokenRuleIsThrownAsItIsAndNoneThrowsNothing() {
        RuleViolations.Collector faults = new RuleViolations.Collector();
        faults.throwIfAny();
        RuleViolation only = new RuleViolation("password", "account.password.tooShort", 8);
        faults.add(only);
        assertSame(only, assertThrows(RuleViolation.class, faults::throwIfAny));
    }
}
