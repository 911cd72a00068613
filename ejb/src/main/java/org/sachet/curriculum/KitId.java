package org.sachet.curriculum;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names a lesson kit: a lesson's, a unit's or a whole edition's, full or lite — {@code lesson-12},
 * {@code unit-3-lite}, {@code edition-2}.
 */
public record KitId(Scope scope, long id, boolean lite) {

    private static final Pattern TEXT = Pattern.compile("(lesson|unit|edition)-([1-9][0-9]{0,17})(-lite)?");

    public enum Scope { LESSON, UNIT, EDITION }

    /** Reads a kit's name; empty when the text is not one. */
    public static Optional<KitId> parse(String text) {
        Matcher matcher = text == null ? null : TEXT.matcher(text);
        if (matcher == null || !matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new KitId(Scope.valueOf(matcher.group(1).toUpperCase(java.util.Locale.ROOT)),
                Long.parseLong(matcher.group(2)), matcher.group(3) != null));
    }

    public KitId full() {
        return new KitId(scope, id, false);
    }

    @Override
    public String toString() {
        return scope.name().toLowerCase(java.util.Locale.ROOT) + "-" + id + (lite ? "-lite" : "");
    }
}
