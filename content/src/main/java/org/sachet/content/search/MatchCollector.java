package org.sachet.content.search;

import java.io.IOException;
import java.util.ArrayList;
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
import org.apache.lucene.search.TopDocs;

/**
 * Collects in one pass over everything the words and the visibility match (the facet filters are not part of the
 * query): the best hits among the documents that pass every facet filter, how many those are, and the facet counts
 * "drill sideways". A document passing every filter counts for every facet; one failing exactly one filter counts
 * for that filter's facet only, so a facet's counts ignore its own filter (picking one type still shows how many
 * of each other type there are) but honour all the others. This is the algorithm of Lucene's DrillSideways, on
 * plain doc values ({@link SegmentFacets}), without a second pass per filtered facet.
 *
 * @param <C> the collector of the best hits (by relevance, or newest first)
 */
final class MatchCollector<C extends Collector>
        implements CollectorManager<MatchCollector.Counting<C>, MatchCollector.Matches> {

    /** The best hits, how many documents pass all filters, and per facet the count of each value. */
    record Matches(TopDocs top, long total, Map<Facet, Map<String, Integer>> facets) {
    }

    private static final Facet[] FACETS = Facet.values();

    private final CollectorManager<C, ? extends TopDocs> top;
    private final Map<Facet, Set<String>> filters;
    private final SegmentFacets.Cache segments;

    MatchCollector(CollectorManager<C, ? extends TopDocs> top, Map<Facet, Set<String>> filters,
                   SegmentFacets.Cache segments) {
        this.top = top;
        this.filters = filters;
        this.segments = segments;
    }

    @Override
    public Counting<C> newCollector() throws IOException {
        return new Counting<>(top.newCollector(), filters, segments);
    }

    @Override
    public Matches reduce(Collection<Counting<C>> collectors) throws IOException {
        List<C> tops = new ArrayList<>(collectors.size());
        long total = 0;
        Map<Facet, Map<String, Integer>> facets = new EnumMap<>(Facet.class);
        for (Counting<C> counting : collectors) {
            tops.add(counting.top);
            total += counting.total;
            counting.facets.forEach((facet, counts) -> counts.forEach((value, count) ->
                    facets.computeIfAbsent(facet, f -> new HashMap<>()).merge(value, count, Integer::sum)));
        }
        return new Matches(top.reduce(tops), total, facets);
    }

    static final class Counting<C extends Collector> implements Collector {
        private final C top;
        private final Facet[] filtered;
        private final List<Set<String>> filterValues;
        private final SegmentFacets.Cache segments;
        private final Map<Facet, Map<String, Integer>> facets = new EnumMap<>(Facet.class);
        private long total;

        private Counting(C top, Map<Facet, Set<String>> filters, SegmentFacets.Cache segments) {
            this.top = top;
            this.filtered = filters.keySet().toArray(Facet[]::new);
            this.filterValues = new ArrayList<>(filtered.length);
            for (Facet facet : filtered) {
                filterValues.add(filters.get(facet));
            }
            this.segments = segments;
            for (Facet facet : FACETS) {
                facets.put(facet, new HashMap<>());
            }
        }

        @Override
        public ScoreMode scoreMode() {
            // Every match is visited: to count it, and to count it sideways when it fails one filter.
            return top.scoreMode().needsScores() ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            LeafCollector topLeaf = top.getLeafCollector(context);
            SegmentFacets segment = segments.of(context.reader());
            boolean[][] selected = new boolean[filtered.length][];
            for (int f = 0; f < filtered.length; f++) {
                selected[f] = segment.selection(filtered[f], filterValues.get(f));
            }
            int[][] counts = new int[FACETS.length][];
            for (Facet facet : FACETS) {
                counts[facet.ordinal()] = new int[segment.valueCount(facet)];
            }
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) throws IOException {
                    topLeaf.setScorer(scorer);
                }

                @Override
                public void collect(int doc) throws IOException {
                    int missed = -1;
                    for (int f = 0; f < filtered.length; f++) {
                        if (!segment.hasAny(filtered[f], doc, selected[f])) {
                            if (missed >= 0) {
                                return; // fails two filters: counts for no facet
                            }
                            missed = f;
                        }
                    }
                    if (missed >= 0) {
                        Facet facet = filtered[missed];
                        segment.count(facet, doc, counts[facet.ordinal()]);
                        return;
                    }
                    total++;
                    topLeaf.collect(doc);
                    segment.countAll(doc, counts);
                }

                @Override
                public void finish() throws IOException {
                    topLeaf.finish();
                    for (Facet facet : FACETS) {
                        int[] facetCounts = counts[facet.ordinal()];
                        Map<String, Integer> labelled = facets.get(facet);
                        for (int ord = 0; ord < facetCounts.length; ord++) {
                            if (facetCounts[ord] > 0) {
                                labelled.merge(segment.label(facet, ord), facetCounts[ord], Integer::sum);
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
