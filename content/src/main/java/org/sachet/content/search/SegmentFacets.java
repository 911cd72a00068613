package org.sachet.content.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;

/**
 * The facet values of every document of one index segment, as ordinals in plain arrays. Reading them from doc
 * values for each hit of each search cost more than the search itself; a segment's documents never change (only
 * which are deleted), so they are read once per segment and kept while it is open: about 10 bytes per facet value
 * of a document.
 */
final class SegmentFacets {

    private static final Facet[] FACETS = Facet.values();

    private final String[][] labels; // [facet][ordinal] -> value
    private final int[][] starts;    // [facet][doc] -> its first ordinal in ordinals; [doc + 1] its end
    private final int[][] ordinals;  // [facet][...]

    private SegmentFacets(String[][] labels, int[][] starts, int[][] ordinals) {
        this.labels = labels;
        this.starts = starts;
        this.ordinals = ordinals;
    }

    int valueCount(Facet facet) {
        return labels[facet.ordinal()].length;
    }

    String label(Facet facet, int ordinal) {
        return labels[facet.ordinal()][ordinal];
    }

    /** Adds one to {@code counts} at each of the document's ordinals of the facet. */
    void count(Facet facet, int doc, int[] counts) {
        int[] facetStarts = starts[facet.ordinal()];
        int[] facetOrdinals = ordinals[facet.ordinal()];
        for (int i = facetStarts[doc], end = facetStarts[doc + 1]; i < end; i++) {
            counts[facetOrdinals[i]]++;
        }
    }

    static SegmentFacets read(LeafReader reader) throws IOException {
        int maxDoc = reader.maxDoc();
        String[][] labels = new String[FACETS.length][];
        int[][] starts = new int[FACETS.length][];
        int[][] ordinals = new int[FACETS.length][];
        for (Facet facet : FACETS) {
            SortedSetDocValues values = DocValues.getSortedSet(reader, facet.field);
            String[] facetLabels = new String[(int) values.getValueCount()];
            for (int ord = 0; ord < facetLabels.length; ord++) {
                facetLabels[ord] = values.lookupOrd(ord).utf8ToString();
            }
            int[] facetStarts = new int[maxDoc + 1];
            int[] facetOrdinals = new int[Math.max(16, maxDoc)];
            int n = 0;
            for (int doc = 0; doc < maxDoc; doc++) {
                facetStarts[doc] = n;
                if (values.advanceExact(doc)) {
                    for (int i = values.docValueCount(); i > 0; i--) {
                        if (n == facetOrdinals.length) {
                            facetOrdinals = Arrays.copyOf(facetOrdinals, n * 2);
                        }
                        facetOrdinals[n++] = (int) values.nextOrd();
                    }
                }
            }
            facetStarts[maxDoc] = n;
            labels[facet.ordinal()] = facetLabels;
            starts[facet.ordinal()] = facetStarts;
            ordinals[facet.ordinal()] = Arrays.copyOf(facetOrdinals, n);
        }
        return new SegmentFacets(labels, starts, ordinals);
    }

    /** The facets of each open segment; a segment's entry goes when the segment is closed. Thread-safe. */
    static final class Cache {
        private final Map<IndexReader.CacheKey, SegmentFacets> segments = new ConcurrentHashMap<>();

        SegmentFacets of(LeafReader reader) throws IOException {
            IndexReader.CacheHelper core = reader.getCoreCacheHelper();
            if (core == null) {
                return read(reader);
            }
            SegmentFacets facets = segments.get(core.getKey());
            if (facets == null) {
                facets = read(reader);
                if (segments.putIfAbsent(core.getKey(), facets) == null) {
                    core.addClosedListener(segments::remove);
                }
            }
            return facets;
        }

        int size() {
            return segments.size();
        }
    }
}
