package org.sachet.accounts;

import org.junit.jupiter.api.Test;
import org.sachet.platform.RuleViolation;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PasswordRuleTest {

    private static final Username SITA = new Username("sitaramkc");

    @Test
    void shortPasswordIsRefused() {
        RuleViolation violation = assertThrows(RuleViolation.class, () -> PasswordRule.check("1234567", SITA));
        assertEquals("account.password.tooShort", violation.messageKey());
    }

    @Test
    void passwordEqualToUserNameIsRefused() {
        RuleViolation violation = assertThrows(RuleViolation.class, () -> PasswordRule.check("SitaRamKC", SITA));
        assertEquals("account.password.isUsername", violation.messageKey());
    }

    @Test
    void overlongPasswordIsRefused() {
        assertThrows(RuleViolation.class, () -> PasswordRule.check("x".repeat(129), SITA));
    }

    @Test
    void nepaliPassphraseIsAccepted() {
        assertDoesNotThrow(() -> PasswordRule.check("मेरो पासवर्ड २०८१", SITA));
    }
}
