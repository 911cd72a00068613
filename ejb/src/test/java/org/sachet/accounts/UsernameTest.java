package org.sachet.accounts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sachet.platform.RuleViolation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class UsernameTest {

    @Test
    void typedNameIsTrimmedAndLowerCased() {
        assertEquals("gita.k", Username.typed("  Gita.K ").value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ab", "1abc", "has space", "गीता", "a@b.c", "abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcde"})
    void invalidNamesAreRefused(String name) {
        RuleViolation violation = assertThrows(RuleViolation.class, () -> Username.typed(name));
        assertEquals("account.username.invalid", violation.messageKey());
    }

    @Test
    void nullIsRefused() {
        assertThrows(RuleViolation.class, () -> Username.typed(null));
    }
}
