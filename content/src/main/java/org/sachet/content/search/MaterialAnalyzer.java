package org.sachet.content.search;

import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.in.IndicNormalizationFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Turns English and Nepali text (often mixed in one material) into search terms; used for indexing and for
 * queries alike. Words are split by the Unicode rules (Devanagari letters and their signs stay together), then:
 * Devanagari in canonical form and its spelling variants folded ({@link DevanagariFoldingFilter}), lower case,
 * any script's digits as ASCII (२०८० = 2080), English possessives and stop words dropped, a short list of
 * free-standing Nepali particles dropped, Nepali postpositions and plural removed ({@link NepaliSuffixFilter})
 * and English words stemmed (Porter: trafficking = trafficked = traffickers).
 *
 * <p>Thread-safe; create one per index and reuse it.
 */
final class MaterialAnalyzer extends Analyzer {

    /** English stop words, and Nepali particles and postpositions when written as separate words. */
    static final CharArraySet STOP_WORDS = stopWords();

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer words = new StandardTokenizer();
        TokenStream terms = new IndicNormalizationFilter(words); // canonical composition of vowel signs
        terms = new DevanagariFoldingFilter(terms);
        terms = new LowerCaseFilter(terms);
        terms = new DecimalDigitFilter(terms);
        terms = new EnglishPossessiveFilter(terms);
        terms = new StopFilter(terms, STOP_WORDS);
        terms = new NepaliSuffixFilter(terms);
        terms = new PorterStemFilter(terms);
        return new TokenStreamComponents(words, terms);
    }

    private static CharArraySet stopWords() {
        CharArraySet stop = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false);
        Stream.of("र", "वा", "तथा", "पनि", "नै", "को", "का", "की", "मा", "ले", "लाई", "बाट", "हो", "छ", "यो",
                        "त्यो", "यस", "त्यस")
                .map(DevanagariFoldingFilter::fold)
                .forEach(stop::add);
        return CharArraySet.unmodifiableSet(stop);
    }
}
