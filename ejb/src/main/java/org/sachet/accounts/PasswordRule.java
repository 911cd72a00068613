package org.sachet.accounts;

import org.sachet.platform.RuleViolation;

/** What a new password must be: at least 8 characters, at most 128, and not the user name itself. */
final class PasswordRule {

    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 128;

    private PasswordRule() {
    }

    /** @param username the account's name, or null when that was refused itself (the other checks still run) */
    static void check(String password, Username username) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new RuleViolation("password", "account.password.tooShort", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw new RuleViolation("password", "account.password.tooLong", MAX_LENGTH);
        }
        if (username != null && password.strip().equalsIgnoreCase(username.value())) {
            throw new RuleViolation("password", "account.password.isUsername");
        }
    }
}
