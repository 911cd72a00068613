package org.sachet.accounts;

import org.junit.jupiter.api.Test;
import org.sachet.geography.Place;
import org.sachet.platform.RuleViolation;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccountTest {

    private static final Instant NOW = Instant.parse("2026-11-23T06:00:00Z");

    private static Account account() {
        return new Account(new Username("sita"), "Sita", "hash", Language.NEPALI, NOW);
    }

    @Test
    void fifthFailedSignInLocksTheAccountForFifteenMinutes() {
        Account account = account();
        for (int i = 1; i < Account.MAX_FAILED_SIGN_INS; i++) {
            account.recordFailedSignIn(NOW);
            assertTrue(account.maySignInAt(NOW), "still open after " + i + " failures");
        }
        account.recordFailedSignIn(NOW);
        assertFalse(account.maySignInAt(NOW));
        assertFalse(account.maySignInAt(NOW.plus(Duration.ofMinutes(14))));
        assertTrue(account.maySignInAt(NOW.plus(Account.LOCK_OUT)));
    }

    @Test
    void successfulSignInResetsTheFailureCount() {
        Account account = account();
        for (int i = 1; i < Account.MAX_FAILED_SIGN_INS; i++) {
            account.recordFailedSignIn(NOW);
        }
        account.recordSuccessfulSignIn();
        account.recordFailedSignIn(NOW);
        assertTrue(account.maySignInAt(NOW));
    }

    @Test
    void newPasswordFromAdministratorLiftsTheLock() {
        Account account = account();
        for (int i = 0; i < Account.MAX_FAILED_SIGN_INS; i++) {
            account.recordFailedSignIn(NOW);
        }
        account.changePasswordHash("new hash");
        assertTrue(account.maySignInAt(NOW));
    }

    @Test
    void deactivatedAccountCannotSignIn() {
        Account account = account();
        account.deactivate();
        assertFalse(account.maySignInAt(NOW));
        account.activate();
        assertTrue(account.maySignInAt(NOW));
    }

    @Test
    void blankDisplayNameIsRefused() {
        RuleViolation violation = assertThrows(RuleViolation.class,
                () -> new Account(new Username("sita"), "  ", "hash", Language.ENGLISH, NOW));
        assertEquals("displayName", violation.field());
    }

    @Test
    void languageIsKept() {
        Account account = account();
        assertEquals(Language.NEPALI, account.getLanguage());
        account.chooseLanguage(Language.ENGLISH);
        assertEquals(Language.ENGLISH, account.getLanguage());
    }

    @Test
    void placesAreCopiedSoTwoAccountsNeverShareOne() {
        Place makwanpur = Place.district(30);
        Account first = account();
        Account second = new Account(new Username("gita"), "Gita", "hash", Language.NEPALI, NOW);
        first.assignPlaces(java.util.Set.of(makwanpur, Place.COUNTRY));
        second.assignPlaces(java.util.Set.of(makwanpur));
        assertEquals(java.util.Set.of(makwanpur, Place.COUNTRY), first.getPlaces());
        Place firstsCopy = first.getPlaces().stream().filter(makwanpur::equals).findFirst().orElseThrow();
        Place secondsCopy = second.getPlaces().iterator().next();
        assertTrue(firstsCopy != secondsCopy && firstsCopy != makwanpur);
    }
}
