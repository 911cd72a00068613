package org.sachet.accounts;

import org.junit.jupiter.api.Test;
import org.sachet.platform.RuleViolation;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiTokenTest {

    private static final Instant MADE = Instant.parse("2026-12-01T06:00:00Z");

    private static ApiToken token() {
        return new ApiToken(new Account(new Username("gita"), "Gita", "hash", Language.NEPALI, MADE), "phone",
                "a".repeat(64), MADE);
    }

    @Test
    void aTokenWorksForNinetyDaysThenNoMore() {
        ApiToken token = token();
        assertEquals(MADE.plus(Duration.ofDays(90)), token.getExpiresAt());
        assertTrue(token.worksAt(MADE.plus(Duration.ofDays(89))));
        assertFalse(token.worksAt(MADE.plus(Duration.ofDays(90))));
    }

    @Test
    void renewingGivesAnotherNinetyDaysFromNowButNotToARevokedToken() {
        ApiToken token = token();
        Instant later = MADE.plus(Duration.ofDays(80));
        token.renew(later);
        assertTrue(token.worksAt(later.plus(Duration.ofDays(89))));
        token.revoke(later);
        assertFalse(token.worksAt(later));
        assertEquals("token.revoked", assertThrows(RuleViolation.class, () -> token.renew(later)).messageKey());
    }

    @Test
    void endingEverySignInMovesTheEpochOn() {
        Account account = new Account(new Username("gita"), "Gita", "hash", Language.NEPALI, MADE);
        int before = account.getSignInEpoch();
        account.endSignIns();
        assertEquals(before + 1, account.getSignInEpoch());
    }
}
