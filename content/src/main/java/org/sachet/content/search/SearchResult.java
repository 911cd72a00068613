package org.sachet.content.search;

import java.util.List;
import java.util.Map;

/**
 * One page of materials matching a {@link MaterialQuery}, best first.
 *
 * @param totalHits how many materials match in all (visible ones only)
 * @param hits      the requested page
 * @param facets    for each facet, its values with how many matching materials carry each, most frequent first.
 *                  The counts for a facet ignore that facet's own filter (so other values of it stay offered),
 *                  but honour visibility, the text and every other filter.
 */
public record SearchResult(long totalHits, List<Hit> hits, Map<Facet, List<FacetCount>> facets) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    /**
     * One material found.
     *
     * @param score   relevance (higher is better); 0 when the query had no words and results are newest first
     * @param snippet safe to put into HTML as it is: text escaped, matched words wrapped in {@code <mark>}, at most
     *                about {@value Snippets#MAX_CHARS} characters of text; from the summary or the extracted text
     */
    public record Hit(long id, float score, String snippet) {
    }

    /** A facet value and how many matching materials have it. */
    public record FacetCount(String value, int count) {
    }

    static SearchResult empty() {
        return new SearchResult(0, List.of(), Map.of());
    }
}
