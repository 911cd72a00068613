package org.sachet.radio;

import java.util.List;

/**
 * Something in a script's text that keeps it from being saved, with the line it is on (0 for the whole text) and
 * a message key with its arguments for the user's language.
 */
public record ScriptProblem(int lineNumber, String messageKey, List<Object> arguments) {

    public ScriptProblem {
        arguments = List.copyOf(arguments);
    }

    static ScriptProblem of(int lineNumber, String messageKey, Object... arguments) {
        return new ScriptProblem(lineNumber, messageKey, List.of(arguments));
    }
}
