package org.sachet.api.catalogue;

import java.util.List;
import java.util.Map;

/** One page of a catalogue search: the total, the hits with their snippets, and the facet counts. */
public record SearchJson(long total, int offset, int limit, List<Hit> items, Map<String, List<Count>> facets) {

    /** A material found, with a highlighted snippet (HTML: the text escaped, matches in {@code <mark>}). */
    public record Hit(MaterialJson material, String snippet) {
    }

    public record Count(String value, int count) {
    }
}
