package org.sachet.content.search;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Adds, under a Nepali word that carries a postposition or the plural ending, the bare word: बालबालिकाहरूको,
 * बालबालिकाहरू and बालबालिकालाई also give बालबालिका. At most one postposition and then one plural ending are
 * removed, and only when two letters or more remain.
 *
 * <p>The word itself is kept at the same position, so a wrong cut costs precision, never recall: बालिका "girl"
 * also gives बालि (its का looks like the postposition), yet a query for बालिका still matches बालिका itself, and
 * बालिकाको still gives बालिका. Runs after {@link DevanagariFoldingFilter}; the suffixes are folded the same way.
 */
final class NepaliSuffixFilter extends TokenFilter {

    private static final int MIN_STEM = 2;
    private static final List<String> POSTPOSITIONS = Stream.of("को", "का", "की", "ले", "लाई", "मा", "बाट",
                    "देखि", "सम्म", "सँग", "सित", "तिर", "भन्दा", "लागि", "द्वारा", "प्रति")
            .map(DevanagariFoldingFilter::fold)
            .sorted(Comparator.comparingInt(String::length).reversed()) // longest first: लाई before ...
            .toList();
    private static final String PLURAL = DevanagariFoldingFilter.fold("हरू");

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private AttributeSource.State original;
    private String pendingStem;

    NepaliSuffixFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pendingStem != null) {
            restoreState(original);
            term.setEmpty().append(pendingStem);
            position.setPositionIncrement(0);
            pendingStem = null;
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (term.length() > MIN_STEM && isDevanagari(term.charAt(0))) {
            String word = term.toString();
            String stem = stem(word);
            if (!stem.equals(word)) {
                original = captureState();
                pendingStem = stem;
            }
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        original = null;
        pendingStem = null;
    }

    /** The word without one postposition and then without the plural ending, where they are present. */
    static String stem(String word) {
        String stem = word;
        for (String postposition : POSTPOSITIONS) {
            if (endsWith(stem, postposition)) {
                stem = stem.substring(0, stem.length() - postposition.length());
                break;
            }
        }
        if (endsWith(stem, PLURAL)) {
            stem = stem.substring(0, stem.length() - PLURAL.length());
        }
        return stem;
    }

    private static boolean endsWith(String word, String suffix) {
        return word.length() - suffix.length() >= MIN_STEM && word.endsWith(suffix);
    }

    private static boolean isDevanagari(char c) {
        return c >= '\u0900' && c <= '\u097F';
    }
}
