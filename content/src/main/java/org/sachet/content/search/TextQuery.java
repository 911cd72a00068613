package org.sachet.content.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * Turns what a person typed into a Lucene query. There is no query syntax to get wrong: every character is text,
 * except that words in double quotes must appear together as a phrase. Each word may be found in the title (worth
 * most), the summary or the extracted text; all words must be found when there are up to three, three in four of
 * them when there are more (a pasted sentence still finds something). Input is cut to {@value #MAX_CHARS}
 * characters and {@value #MAX_WORDS} words, so no query can grow past Lucene's clause limit.
 */
final class TextQuery {

    static final int MAX_CHARS = 1_000;
    static final int MAX_WORDS = 32;
    private static final Map<String, Float> FIELD_WEIGHTS =
            Map.of(MaterialFields.TITLE, 3f, MaterialFields.SUMMARY, 2f, MaterialFields.BODY, 1f);
    private static final float TIE_BREAKER = 0.1f;

    /** The terms one word of the input became (more than one for a Nepali word with a suffix), and where. */
    private record Word(int position, List<String> terms) {
    }

    private TextQuery() {
    }

    /** The query for the text, or null when it holds no searchable word (blank, punctuation, stop words). */
    static Query parse(String text, Analyzer analyzer) {
        String input = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        Set<List<String>> looseWords = new LinkedHashSet<>();
        List<Query> phrases = new ArrayList<>();
        int budget = MAX_WORDS;
        boolean quoted = false;
        for (String part : input.split("\"", -1)) {
            List<Word> words = analyze(part, analyzer, budget);
            budget -= words.size();
            if (quoted && words.size() > 1) {
                phrases.add(acrossFields(field -> phrase(field, words)));
            } else {
                words.forEach(word -> looseWords.add(word.terms()));
            }
            quoted = !quoted;
        }
        if (looseWords.isEmpty() && phrases.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        phrases.forEach(phrase -> query.add(phrase, Occur.MUST));
        for (List<String> terms : looseWords) {
            query.add(acrossFields(field -> anyOf(field, terms)), Occur.SHOULD);
        }
        int n = looseWords.size();
        query.setMinimumNumberShouldMatch(n <= 3 ? n : (int) Math.ceil(n * 0.75));
        return query.build();
    }

    private interface FieldQuery {
        Query in(String field);
    }

    private static Query acrossFields(FieldQuery perField) {
        List<Query> alternatives = new ArrayList<>(FIELD_WEIGHTS.size());
        FIELD_WEIGHTS.forEach((field, weight) -> alternatives.add(new BoostQuery(perField.in(field), weight)));
        return new DisjunctionMaxQuery(alternatives, TIE_BREAKER);
    }

    private static Query anyOf(String field, List<String> terms) {
        if (terms.size() == 1) {
            return new TermQuery(new Term(field, terms.get(0)));
        }
        SynonymQuery.Builder synonyms = new SynonymQuery.Builder(field);
        terms.forEach(term -> synonyms.addTerm(new Term(field, term)));
        return synonyms.build();
    }

    private static Query phrase(String field, List<Word> words) {
        if (words.stream().allMatch(word -> word.terms().size() == 1)) {
            PhraseQuery.Builder phrase = new PhraseQuery.Builder();
            words.forEach(word -> phrase.add(new Term(field, word.terms().get(0)), word.position()));
            return phrase.build();
        }
        MultiPhraseQuery.Builder phrase = new MultiPhraseQuery.Builder();
        for (Word word : words) {
            phrase.add(word.terms().stream().map(term -> new Term(field, term)).toArray(Term[]::new), word.position());
        }
        return phrase.build();
    }

    private static List<Word> analyze(String text, Analyzer analyzer, int maxWords) {
        List<Word> words = new ArrayList<>();
        if (maxWords <= 0 || text.isBlank()) {
            return words;
        }
        try (TokenStream tokens = analyzer.tokenStream(MaterialFields.BODY, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
            tokens.reset();
            int position = -1;
            while (tokens.incrementToken()) {
                if (increment.getPositionIncrement() > 0 || words.isEmpty()) {
                    if (words.size() == maxWords) {
                        break;
                    }
                    position += Math.max(1, increment.getPositionIncrement());
                    words.add(new Word(position, new ArrayList<>(List.of(term.toString()))));
                } else if (!words.get(words.size() - 1).terms().contains(term.toString())) {
                    words.get(words.size() - 1).terms().add(term.toString());
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
        return words;
    }
}
