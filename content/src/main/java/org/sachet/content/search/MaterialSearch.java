package org.sachet.content.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.BytesRef;

/**
 * Runs one {@link MaterialQuery} on one point-in-time view of the index: one pass over what the words and the
 * visibility match collects the page, the count and the facets ({@link MatchCollector}); then the page's ids and
 * snippets are read. Visibility is part of the Lucene query itself, so nothing invisible is ever collected.
 */
final class MaterialSearch {

    private static final Sort NEWEST_FIRST = new Sort(
            new SortField(MaterialFields.PUBLISHED, SortField.Type.LONG, true),
            new SortField(MaterialFields.ID, SortField.Type.LONG, true));

    private MaterialSearch() {
    }

    /** What the words (null: everything) and the visibility match; the facet filters are applied by collection. */
    static Query visibleMatches(Query text, MaterialQuery query) {
        return new BooleanQuery.Builder()
                .add(text == null ? new MatchAllDocsQuery() : text, Occur.MUST)
                .add(anyOf(MaterialFields.VISIBILITY, query.allowedVisibilities()), Occur.FILTER)
                .build();
    }

    /** The whole query, facet filters included, as plain Lucene would run it (for comparison in the benchmark). */
    static Query filtered(Query text, MaterialQuery query) {
        BooleanQuery.Builder bool = new BooleanQuery.Builder().add(visibleMatches(text, query), Occur.MUST);
        query.filters().forEach((facet, values) -> bool.add(anyOf(facet.field, values), Occur.FILTER));
        return bool.build();
    }

    /**
     * @param text the query's words as {@link TextQuery#parse} made them; null when it has none
     */
    static SearchResult run(IndexSearcher searcher, Analyzer analyzer, SegmentFacets.Cache segments,
                            MaterialQuery query, Query text) throws IOException {
        int wanted = Math.max(1, query.offset() + query.limit());
        // Exact counts: every match is collected (Integer.MAX_VALUE), so no hit is skipped as uncompetitive.
        MatchCollector.Matches matches = text == null
                ? searcher.search(visibleMatches(null, query), new MatchCollector<>(
                        new TopFieldCollectorManager(NEWEST_FIRST, wanted, Integer.MAX_VALUE), query.filters(),
                        segments))
                : searcher.search(visibleMatches(text, query), new MatchCollector<>(
                        new TopScoreDocCollectorManager(wanted, Integer.MAX_VALUE), query.filters(), segments));

        Map<Facet, List<SearchResult.FacetCount>> facets = new EnumMap<>(Facet.class);
        matches.facets().forEach((facet, values) -> facets.put(facet, MatchCollector.sorted(values)));

        ScoreDoc[] all = matches.top().scoreDocs;
        ScoreDoc[] page = Arrays.copyOfRange(all, Math.min(query.offset(), all.length),
                Math.min(all.length, query.offset() + query.limit()));
        int[] docs = Arrays.stream(page).mapToInt(hit -> hit.doc).toArray();
        String[] snippets = Snippets.of(searcher, analyzer, text, docs);
        List<SearchResult.Hit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            float score = text == null ? 0f : page[i].score;
            hits.add(new SearchResult.Hit(id(searcher, page[i].doc), score, snippets[i]));
        }
        return new SearchResult(matches.total(), hits, facets);
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
