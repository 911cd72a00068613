package org.sachet.accounts;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignInFailuresTest {

    private static final Instant NOW = Instant.parse("2026-12-03T04:00:00Z");

    @Test
    void theFifthFailureFromAClientLocksTheNameForThatClientForFifteenMinutes() {
        SignInFailures failures = new SignInFailures("203.0.113.9", "admin");
        for (int i = 1; i < SignInFailures.MAX_FOR_NAME; i++) {
            assertFalse(failures.failedAt(NOW), "still open after " + i);
        }
        assertTrue(failures.failedAt(NOW));
        assertTrue(failures.isLockedAt(NOW.plus(Duration.ofMinutes(14))));
        assertFalse(failures.isLockedAt(NOW.plus(SignInFailures.LOCK_OUT)));
    }

    @Test
    void aClientTryingManyNamesIsLockedAfterTwentyFailures() {
        SignInFailures anyName = new SignInFailures("203.0.113.9", SignInFailures.ANY_NAME);
        for (int i = 1; i < SignInFailures.MAX_FOR_CLIENT; i++) {
            assertFalse(anyName.failedAt(NOW));
        }
        assertTrue(anyName.failedAt(NOW));
        assertTrue(anyName.isLockedAt(NOW));
    }

    @Test
    void failuresLongAgoDoNotAddUpWithNewOnes() {
        SignInFailures failures = new SignInFailures("203.0.113.9", "gita");
        for (int i = 1; i < SignInFailures.MAX_FOR_NAME; i++) {
            failures.failedAt(NOW);
        }
        assertFalse(failures.failedAt(NOW.plus(Duration.ofHours(1))), "a new day, a new count");
    }
}
