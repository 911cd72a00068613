package org.sachet.content.search;

import java.io.IOException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts, over every document a query matches, the documents and the facet values they carry: per segment into an
 * array indexed by the segment's ordinals ({@link SegmentFacets}), turned into values once the segment is done.
 */
final class FacetCounter implements CollectorManager<FacetCounter.Counting, FacetCounter.Counts> {

    /** How many documents matched, and per facet the count of each value. */
    record Counts(long documents, Map<Facet, Map<String, Integer>> values) {
    }

    private final Set<Facet> facets;
    private final SegmentFacets.Cache segments;

    FacetCounter(Set<Facet> facets, SegmentFacets.Cache segments) {
        this.facets = Set.copyOf(facets);
        this.segments = segments;
    }

    @Override
    public Counting newCollector() {
        return new Counting(facets, segments);
    }

    @Override
    public Counts reduce(Collection<Counting> collectors) {
        long documents = 0;
        Map<Facet, Map<String, Integer>> values = new EnumMap<>(Facet.class);
        for (Counting counting : collectors) {
            documents += counting.documents;
            counting.values.forEach((facet, counts) -> counts.forEach(
                    (value, count) -> values.computeIfAbsent(facet, f -> new HashMap<>()).merge(value, count, Integer::sum)));
        }
        return new Counts(documents, values);
    }

    static final class Counting implements Collector {
        private final Facet[] facets;
        private final SegmentFacets.Cache segments;
        private final Map<Facet, Map<String, Integer>> values = new EnumMap<>(Facet.class);
        private long documents;

        private Counting(Set<Facet> facets, SegmentFacets.Cache segments) {
            this.facets = facets.toArray(Facet[]::new);
            this.segments = segments;
            for (Facet facet : this.facets) {
                values.put(facet, new HashMap<>());
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            SegmentFacets segment = segments.of(context.reader());
            int[][] counts = new int[facets.length][];
            for (int f = 0; f < facets.length; f++) {
                counts[f] = new int[segment.valueCount(facets[f])];
            }
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) {
                    documents++;
                    for (int f = 0; f < facets.length; f++) {
                        segment.count(facets[f], doc, counts[f]);
                    }
                }

                @Override
                public void finish() {
                    for (int f = 0; f < facets.length; f++) {
                        Map<String, Integer> labelled = values.get(facets[f]);
                        for (int ord = 0; ord < counts[f].length; ord++) {
                            if (counts[f][ord] > 0) {
                                labelled.merge(segment.label(facets[f], ord), counts[f][ord], Integer::sum);
                            }
                        }
                    }
                }
            };
        }
    }
    /** The counts of one facet as the result lists them: most frequent first, then by value. */
    static List<SearchResult.FacetCount> sorted(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .map(e -> new SearchResult.FacetCount(e.getKey(), e.getValue()))
                .sorted((a, b) -> a.count() != b.count() ? Integer.compare(b.count(), a.count())
                        : a.value().compareTo(b.value()))
                .toList();
    }
}
