package org.sachet.platform;

/** Text a person has to write: without the spaces around it, not empty, and not longer than allowed. */
public final class RequiredText {

    private RequiredText() {
    }

    /**
     * The text, stripped.
     *
     * @throws RuleViolation on {@code field} with {@code messageKey} and the limit as its argument, when the text is
     *                       missing, blank or longer than {@code max}
     */
    public static String of(String text, int max, String field, String messageKey) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty() || value.length() > max) {
            throw new RuleViolation(field, messageKey, max);
        }
        return value;
    }
}
