package org.sachet.content.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;

/**
 * The facet values of every document of one index segment, as ordinals in plain arrays. Reading them from doc
 * values for each hit of each search cost more than the search itself; a segment's documents never change (only
 * which are deleted), so they are read once per segment and kept while it is open: about 4 bytes per document and
 * 4 per facet value of a document. A document's values of all facets sit side by side, so counting a hit touches
 * one or two cache lines.
 */
final class SegmentFacets {

    private static final Facet[] FACETS = Facet.values();
    private static final int ORDINAL_BITS = 24;
    private static final int ORDINAL_MASK = (1 << ORDINAL_BITS) - 1;

    private final String[][] labels; // [facet][ordinal] -> value
    private final int[] starts;      // doc -> its first entry; starts[doc + 1] is its end
    private final int[] entries;     // facet index << ORDINAL_BITS | ordinal

    private SegmentFacets(String[][] labels, int[] starts, int[] entries) {
        this.labels = labels;
        this.starts = starts;
        this.entries = entries;
    }

    int valueCount(Facet facet) {
        return labels[facet.ordinal()].length;
    }

    String label(Facet facet, int ordinal) {
        return labels[facet.ordinal()][ordinal];
    }

    /** Adds one to {@code counts[facet]} at each of the document's ordinals, for every facet. */
    void countAll(int doc, int[][] counts) {
        for (int i = starts[doc], end = starts[doc + 1]; i < end; i++) {
            int entry = entries[i];
            counts[entry >>> ORDINAL_BITS][entry & ORDINAL_MASK]++;
        }
    }

    /** Adds one to {@code counts} at each of the document's ordinals of the facet. */
    void count(Facet facet, int doc, int[] counts) {
        for (int i = starts[doc], end = starts[doc + 1]; i < end; i++) {
            int entry = entries[i];
            if (entry >>> ORDINAL_BITS == facet.ordinal()) {
                counts[entry & ORDINAL_MASK]++;
            }
        }
    }

    /** Which of the facet's ordinals in this segment stand for one of the values. */
    boolean[] selection(Facet facet, Set<String> values) {
        String[] facetLabels = labels[facet.ordinal()];
        boolean[] selected = new boolean[facetLabels.length];
        for (int ord = 0; ord < facetLabels.length; ord++) {
            selected[ord] = values.contains(facetLabels[ord]);
        }
        return selected;
    }

    /** Whether the document has any of the selected values of the facet. */
    boolean hasAny(Facet facet, int doc, boolean[] selected) {
        for (int i = starts[doc], end = starts[doc + 1]; i < end; i++) {
            int entry = entries[i];
            if (entry >>> ORDINAL_BITS == facet.ordinal() && selected[entry & ORDINAL_MASK]) {
                return true;
            }
        }
        return false;
    }

    static SegmentFacets read(LeafReader reader) throws IOException {
        int maxDoc = reader.maxDoc();
        String[][] labels = new String[FACETS.length][];
        SortedSetDocValues[] values = new SortedSetDocValues[FACETS.length];
        for (Facet facet : FACETS) {
            values[facet.ordinal()] = DocValues.getSortedSet(reader, facet.field);
            String[] facetLabels = new String[(int) values[facet.ordinal()].getValueCount()];
            if (facetLabels.length > ORDINAL_MASK) {
                throw new IllegalStateException("too many values of " + facet + " to count: " + facetLabels.length);
            }
            for (int ord = 0; ord < facetLabels.length; ord++) {
                facetLabels[ord] = values[facet.ordinal()].lookupOrd(ord).utf8ToString();
            }
            labels[facet.ordinal()] = facetLabels;
        }
        int[] starts = new int[maxDoc + 1];
        int[] entries = new int[Math.max(16, maxDoc * 4)];
        int n = 0;
        for (int doc = 0; doc < maxDoc; doc++) {
            starts[doc] = n;
            for (Facet facet : FACETS) {
                SortedSetDocValues facetValues = values[facet.ordinal()];
                if (facetValues.advanceExact(doc)) {
                    for (int i = facetValues.docValueCount(); i > 0; i--) {
                        if (n == entries.length) {
                            entries = Arrays.copyOf(entries, n * 2);
                        }
                        entries[n++] = facet.ordinal() << ORDINAL_BITS | (int) facetValues.nextOrd();
                    }
                }
            }
        }
        starts[maxDoc] = n;
        return new SegmentFacets(labels, starts, Arrays.copyOf(entries, n));
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
    }
}
