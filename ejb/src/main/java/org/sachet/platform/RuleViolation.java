package org.sachet.platform;

import jakarta.ejb.ApplicationException;

import java.util.Arrays;

/**
 * A request that breaks a rule of the domain (a duplicate user name, an unknown place, a weak password).
 * It carries a message key and arguments, never display text: the web layer and the API translate the key
 * into the user's language. Thrown out of a service, it rolls the transaction back, so nothing changes.
 */
@ApplicationException(rollback = true)
public class RuleViolation extends RuntimeException {

    private final String messageKey;
    private final String field;
    private final transient Object[] arguments;

    public RuleViolation(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    /** A violation tied to one input field (e.g. {@code username}), so forms can show it beside that field. */
    public RuleViolation(String field, String messageKey, Object... arguments) {
        super(messageKey + (arguments.length > 0 ? " " + Arrays.toString(arguments) : ""));
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** The input field the violation is about, or null when it concerns the whole request. */
    public String field() {
        return field;
    }
}
