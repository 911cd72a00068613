package org.sachet.content.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.BytesRef;

/**
 * Runs one {@link MaterialQuery} on one point-in-time view of the index: a single pass collects the page and
 * counts every match and the facets that are not filtered; each filtered facet is then counted in a pass of its
 * own that leaves out its own filter ("drill sideways"), so picking one type still shows how many of each other
 * type there are. Visibility is a filter of every pass.
 */
final class MaterialSearch {

    private static final Sort NEWEST_FIRST = new Sort(new SortField(MaterialFields.PUBLISHED, SortField.Type.LONG, true),
            new SortField(MaterialFields.ID, SortField.Type.LONG, true));

    private MaterialSearch() {
    }

    /** The Lucene query for text (null: everything), visibility and the filters of all facets but {@code except}. */
    static Query filtered(Query text, MaterialQuery query, Facet except) {
        BooleanQuery.Builder bool = new BooleanQuery.Builder()
                .add(text == null ? new MatchAllDocsQuery() : text, Occur.MUST)
                .add(anyOf(MaterialFields.VISIBILITY, query.allowedVisibilities()), Occur.FILTER);
        query.filters().forEach((facet, values) -> {
            if (facet != except) {
                bool.add(anyOf(facet.field, values), Occur.FILTER);
            }
        });
        return bool.build();
    }

    /**
     * @param text the query's words as {@link TextQuery#parse} made them; null when it has none
     */
    static SearchResult run(IndexSearcher searcher, Analyzer analyzer, SegmentFacets.Cache segments,
                            MaterialQuery query, Query text)
            throws IOException {
        Set<Facet> unfiltered = EnumSet.allOf(Facet.class);
        unfiltered.removeAll(query.filters().keySet());

        int wanted = Math.max(1, query.offset() + query.limit());
        CollectorManager<?, ? extends TopDocs> top = text == null
                ? new TopFieldCollectorManager(NEWEST_FIRST, wanted, Integer.MAX_VALUE)
                : new TopScoreDocCollectorManager(wanted, Integer.MAX_VALUE);
        Object[] collected = searcher.search(filtered(text, query, null),
                new MultiCollectorManager(top, new FacetCounter(unfiltered, segments)));
        TopDocs topDocs = (TopDocs) collected[0];
        FacetCounter.Counts counts = (FacetCounter.Counts) collected[1];

        Map<Facet, Map<String, Integer>> facetValues = new EnumMap<>(Facet.class);
        facetValues.putAll(counts.values());
        for (Facet facet : query.filters().keySet()) {
            FacetCounter.Counts sideways =
                    searcher.search(filtered(text, query, facet), new FacetCounter(Set.of(facet), segments));
            facetValues.put(facet, sideways.values().getOrDefault(facet, Map.of()));
        }
        Map<Facet, List<SearchResult.FacetCount>> facets = new EnumMap<>(Facet.class);
        facetValues.forEach((facet, values) -> facets.put(facet, FacetCounter.sorted(values)));

        ScoreDoc[] all = topDocs.scoreDocs;
        int from = Math.min(query.offset(), all.length);
        int to = Math.min(all.length, query.offset() + query.limit());
        ScoreDoc[] page = Arrays.copyOfRange(all, from, to);
        int[] docs = Arrays.stream(page).mapToInt(hit -> hit.doc).toArray();
        String[] snippets = Snippets.of(searcher, analyzer, text, docs);
        List<SearchResult.Hit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            float score = text == null ? 0f : page[i].score;
            hits.add(new SearchResult.Hit(id(searcher, page[i].doc), score, snippets[i]));
        }
        return new SearchResult(counts.documents(), hits, facets);
    }

    private static Query anyOf(String field, Collection<String> values) {
        return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
    }

    private static long id(IndexSearcher searcher, int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        NumericDocValues ids = DocValues.getNumeric(leaf.reader(), MaterialFields.ID);
        if (!ids.advanceExact(doc - leaf.docBase)) {
            throw new IllegalStateException("an indexed material has no id");
        }
        return ids.longValue();
    }
}
