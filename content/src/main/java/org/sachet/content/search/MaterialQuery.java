package org.sachet.content.search;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A search of the catalogue as a person asks it: some words (any text at all; blank lists everything, newest
 * first), who is asking (the visibilities they may see: required, and never widened) and filters by facet (a
 * material must match every filtered facet, and any of the values given for it).
 *
 * <p>Build one with {@link #visibleTo(Set)}.
 *
 * @param offset how many hits to skip (at most {@value #MAX_OFFSET}: deeper pages are refused, narrow the search)
 * @param limit  the page size, capped at {@value #MAX_LIMIT}; 0 asks for counts only
 */
public record MaterialQuery(String text, Set<String> allowedVisibilities, Map<Facet, Set<String>> filters,
                            int offset, int limit) {

    public static final int MAX_LIMIT = 100;
    public static final int MAX_OFFSET = 10_000;
    public static final int DEFAULT_LIMIT = 20;

    public MaterialQuery {
        text = Objects.requireNonNullElse(text, "");
        allowedVisibilities = Set.copyOf(Objects.requireNonNull(allowedVisibilities, "allowedVisibilities"));
        EnumMap<Facet, Set<String>> nonEmpty = new EnumMap<>(Facet.class);
        Objects.requireNonNullElse(filters, Map.<Facet, Set<String>>of()).forEach((facet, values) -> {
            if (values != null && !values.isEmpty()) {
                nonEmpty.put(facet, Set.copyOf(values));
            }
        });
        filters = Map.copyOf(nonEmpty);
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new IllegalArgumentException("offset must be between 0 and " + MAX_OFFSET + ": " + offset);
        }
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        limit = Math.min(limit, MAX_LIMIT);
    }

    /** Starts a query for someone who may see materials of these visibilities (e.g. {@code Set.of("PUBLIC")}). */
    public static Builder visibleTo(Set<String> allowedVisibilities) {
        return new Builder(allowedVisibilities);
    }

    /** The values a facet is filtered by; empty when it is not filtered. */
    public Set<String> filter(Facet facet) {
        return filters.getOrDefault(facet, Set.of());
    }

    /** Builds a {@link MaterialQuery}; every part but the visibilities is optional. */
    public static final class Builder {
        private final Set<String> allowedVisibilities;
        private final Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        private String text = "";
        private int offset;
        private int limit = DEFAULT_LIMIT;

        private Builder(Set<String> allowedVisibilities) {
            this.allowedVisibilities = Objects.requireNonNull(allowedVisibilities, "allowedVisibilities");
        }

        public Builder text(String text) {
            this.text = text;
            return this;
        }

        /** Keeps materials having any of these values for the facet; replaces an earlier filter of it. */
        public Builder filter(Facet facet, Collection<String> values) {
            filters.put(facet, Set.copyOf(values));
            return this;
        }

        public Builder filter(Facet facet, String... values) {
            return filter(facet, Arrays.asList(values));
        }

        public Builder page(int offset, int limit) {
            this.offset = offset;
            this.limit = limit;
            return this;
        }

        public MaterialQuery build() {
            return new MaterialQuery(text, allowedVisibilities, filters, offset, limit);
        }
    }
}
