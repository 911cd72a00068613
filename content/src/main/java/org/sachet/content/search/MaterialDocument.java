package org.sachet.content.search;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * What the search index knows about one material of the catalogue: its words (titles in both languages, summary
 * and the text extracted from its file), the facets people filter by, who may see it and when it was published.
 * The catalogue in the database is the source of truth; this is a copy made for searching.
 *
 * @param id            the material's id in the catalogue; a material is replaced in the index by this id
 * @param extractedText the text of the material's file, as long as it is; all of it is searchable, only its
 *                      first {@link #SNIPPET_SOURCE_CHARS} characters are kept for snippets
 * @param visibility    who may see it (PUBLIC, TEACHERS, FACILITATORS, STAFF); a search returns the material
 *                      only when its query allows exactly this value
 * @param languages     the languages of the material, e.g. {@code en}, {@code ne}
 */
public record MaterialDocument(long id, String titleEnglish, String titleNepali, String summary,
                               String extractedText, String type, Set<String> topics, Set<String> audiences,
                               Set<String> languages, String visibility, Instant published) {

    /** How much of the extracted text is kept for snippets (a match further on still finds the material). */
    public static final int SNIPPET_SOURCE_CHARS = 20_000;

    public MaterialDocument {
        titleEnglish = Objects.requireNonNullElse(titleEnglish, "");
        titleNepali = Objects.requireNonNullElse(titleNepali, "");
        summary = Objects.requireNonNullElse(summary, "");
        extractedText = Objects.requireNonNullElse(extractedText, "");
        type = requireValue(type, "type");
        topics = topics == null ? Set.of() : Set.copyOf(topics);
        audiences = audiences == null ? Set.of() : Set.copyOf(audiences);
        languages = languages == null ? Set.of() : Set.copyOf(languages);
        // A material without a visibility must fail loudly rather than become findable by a wrong audience.
        visibility = requireValue(visibility, "visibility");
        Objects.requireNonNull(published, "published");
    }

    /** The facet values of this material for one facet. */
    Set<String> values(Facet facet) {
        return switch (facet) {
            case TYPE -> Set.of(type);
            case TOPIC -> topics;
            case AUDIENCE -> audiences;
            case LANGUAGE -> languages;
        };
    }

    private static String requireValue(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a material needs a " + name);
        }
        return value;
    }
}
