package org.sachet.content.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The snippet shown under each hit: the best passage of the summary or, failing that, of the extracted text
 * around the words searched for; the start of the summary when neither has them (or nothing was searched). Made
 * for the returned page only. HTML-safe: the text is escaped and only {@code <mark>} tags are added.
 */
final class Snippets {

    static final int MAX_CHARS = 200;
    private static final int TARGET_CHARS = 160;
    private static final String ELLIPSIS = "…";
    private static final String[] FIELDS = {MaterialFields.SUMMARY, MaterialFields.BODY};
    private static final String MARK = "<mark>";

    private Snippets() {
    }

    /**
     * One snippet per document, in the order given.
     *
     * @param textQuery the words searched for; null when there were none
     */
    static String[] of(IndexSearcher searcher, Analyzer analyzer, Query textQuery, int[] docs) throws IOException {
        if (docs.length == 0) {
            return new String[0];
        }
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analyzer)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        new WordBoundaries(), TARGET_CHARS, 0.5f))
                .withFormatter(new MarkFormatter())
                .withMaxLength(MaterialDocument.SNIPPET_SOURCE_CHARS)
                .withMaxNoHighlightPassages(1) // a field without the words gives its start: the fallback
                .withWeightMatches(false); // offsets straight from the postings: a third cheaper than Weight.matches
        UnifiedHighlighter highlighter = new UnifiedHighlighter(builder) {
            @Override
            protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int batchChars)
                    throws IOException {
                return SnippetSource.load(searcher.getIndexReader(), fields, docs, batchChars);
            }
        };
        int[] onePassage = new int[FIELDS.length];
        Arrays.fill(onePassage, 1);
        Query query = textQuery == null ? new MatchNoDocsQuery() : textQuery;
        Map<String, String[]> byField = highlighter.highlightFields(FIELDS, query, docs, onePassage);
        String[] summaries = byField.get(MaterialFields.SUMMARY);
        String[] bodies = byField.get(MaterialFields.BODY);
        String[] snippets = new String[docs.length];
        for (int i = 0; i < docs.length; i++) {
            snippets[i] = choose(summaries[i], bodies[i]);
        }
        return snippets;
    }

    /** A marked summary passage, else a marked text passage, else the start of the summary, else of the text. */
    private static String choose(String summary, String body) {
        if (summary != null && summary.contains(MARK)) {
            return summary;
        }
        if (body != null && body.contains(MARK)) {
            return body;
        }
        return summary != null ? summary : body != null ? body : "";
    }

    /** Writes a passage escaped, its matches in {@code <mark>}, cut to {@link #MAX_CHARS} around the first match. */
    private static final class MarkFormatter extends PassageFormatter {
        @Override
        public String format(Passage[] passages, String content) {
            Passage passage = passages[0];
            int start = passage.getStartOffset();
            int end = passage.getEndOffset();
            int[] matchStarts = passage.getMatchStarts();
            int[] matchEnds = passage.getMatchEnds();
            int matches = passage.getNumMatches();
            if (end - start > MAX_CHARS) { // an unbroken run of text: centre the window on the first match
                int first = matches > 0 ? matchStarts[0] : start;
                int firstEnd = matches > 0 ? matchEnds[0] : start;
                start = Math.max(start, first - (MAX_CHARS - (firstEnd - first)) / 2);
                end = Math.min(end, start + MAX_CHARS);
                start = Math.max(passage.getStartOffset(), end - MAX_CHARS);
            }
            start = safeStart(content, start);
            end = safeEnd(content, end);
            StringBuilder out = new StringBuilder(MAX_CHARS + 64);
            if (start > 0) {
                out.append(ELLIPSIS);
            }
            int written = start;
            for (int m = 0; m < matches; m++) {
                int matchStart = Math.max(matchStarts[m], written); // overlapping matches (same word, two terms)
                int matchEnd = Math.min(matchEnds[m], end);
                if (matchEnd <= matchStart) {
                    continue;
                }
                appendEscaped(out, content, written, matchStart);
                out.append(MARK);
                appendEscaped(out, content, matchStart, matchEnd);
                out.append("</mark>");
                written = matchEnd;
            }
            appendEscaped(out, content, written, end);
            if (end < content.length()) {
                out.append(ELLIPSIS);
            }
            return out.toString().strip().replace("</mark><mark>", "");
        }
    }

    /** HTML-escapes (OWASP's rule for element content) and turns any run of white space into one space. */
    private static void appendEscaped(StringBuilder out, String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#x27;");
                default -> {
                    if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                            out.append(' ');
                        }
                    } else if (!Character.isISOControl(c)) {
                        out.append(c);
                    }
                }
            }
        }
    }

    private static int safeStart(String text, int start) {
        return start > 0 && start < text.length() && Character.isLowSurrogate(text.charAt(start)) ? start + 1 : start;
    }

    private static int safeEnd(String text, int end) {
        return end > 0 && end < text.length() && Character.isHighSurrogate(text.charAt(end - 1)) ? end - 1 : end;
    }
}
