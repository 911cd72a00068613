package org.sachet.accounts;

import org.junit.jupiter.api.Test;
import org.sachet.geography.Place;
import org.sachet.platform.RuleViolation;

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
    void deactivatedAccountCannotSignIn() {
        Account account = account();
        account.deactivate();
        assertFalse(account.maySignIn());
        account.activate();
        assertTrue(account.maySignIn());
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
