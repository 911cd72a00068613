package org.sachet.content.search;

/** The fields a search can be narrowed by, each counted in every {@link SearchResult}. */
public enum Facet {
    TYPE("type"),
    TOPIC("topic"),
    AUDIENCE("audience"),
    LANGUAGE("language");

    /** The index field holding the values: a keyword per value, plus doc values for counting. */
    final String field;

    Facet(String field) {
        this.field = field;
    }
}
