package org.sachet.accounts;

import org.sachet.platform.RuleViolation;

import java.util.Locale;
import java.util.regex.Pattern;

/** A sign-in name: 3 to 64 lower-case letters, digits, dots, dashes or underscores, starting with a letter. */
public record Username(String value) {

    private static final Pattern VALID = Pattern.compile("[a-z][a-z0-9._-]{2,63}");

    public Username {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new RuleViolation("username", "account.username.invalid");
        }
    }

    /** Reads what a person typed: surrounding spaces removed, upper case folded to lower. */
    public static Username typed(String text) {
        return new Username(text == null ? null : text.strip().toLowerCase(Locale.ROOT));
    }
}
