package org.sachet.catalogue;

import org.sachet.content.search.Facet;

import java.util.Locale;
import java.util.Optional;

/**
 * A facet value as a caller writes it ("poster", "NE") turned into the one the search index holds (an enum's name,
 * a language's code), for the API and the catalogue page alike; a value that names nothing is empty.
 */
public final class FacetValues {

    private FacetValues() {
    }

    public static Optional<String> canonical(Facet facet, String given) {
        if (given == null || given.isBlank()) {
            return Optional.empty();
        }
        String value = given.strip().toUpperCase(Locale.ROOT);
        try {
            return Optional.of(switch (facet) {
                case TYPE -> MaterialType.valueOf(value).name();
                case TOPIC -> Topic.valueOf(value).name();
                case AUDIENCE -> Audience.valueOf(value).name();
                case LANGUAGE -> MaterialLanguage.of(value).code();
            });
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
