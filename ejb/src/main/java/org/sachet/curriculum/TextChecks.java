package org.sachet.curriculum;

import org.sachet.platform.RuleViolation;

import java.util.Arrays;
import java.util.List;

/** The checks every curriculum text goes through, and the one-item-per-line form lists are kept in. */
final class TextChecks {

    private TextChecks() {
    }

    /** The text stripped; refused when blank or longer than {@code max}. */
    static String required(String field, String text, int max) {
        if (text == null || text.isBlank()) {
            throw new RuleViolation(field, "curriculum.text.required");
        }
        String stripped = text.strip();
        if (stripped.length() > max) {
            throw new RuleViolation(field, "curriculum.text.tooLong", max);
        }
        return stripped;
    }

    /** A list kept as lines: blank items dropped, each stripped; refused when empty or too long in all. */
    static String lines(String field, List<String> items, int max, boolean required) {
        List<String> kept = items == null ? List.of() : items.stream()
                .filter(item -> item != null && !item.isBlank())
                .map(item -> item.strip().replaceAll("\\s*\\R\\s*", " "))
                .toList();
        if (required && kept.isEmpty()) {
            throw new RuleViolation(field, "curriculum.list.required");
        }
        String joined = String.join("\n", kept);
        if (joined.length() > max) {
            throw new RuleViolation(field, "curriculum.text.tooLong", max);
        }
        return joined;
    }

    static List<String> split(String lines) {
        return lines == null || lines.isEmpty() ? List.of() : Arrays.asList(lines.split("\n"));
    }
}
