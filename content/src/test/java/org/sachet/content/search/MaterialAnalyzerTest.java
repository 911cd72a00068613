package org.sachet.content.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class MaterialAnalyzerTest {

    private static final Analyzer ANALYZER = new MaterialAnalyzer();

    static List<String> terms(String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = ANALYZER.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }

    @Test
    void precomposedAndDecomposedNuktaAreOneLetter() throws IOException {
        assertEquals(terms("\u0929"), terms("\u0928\u093C"));
        assertEquals(terms("\u095Eोन"), terms("\u092B\u093Cोन"));
        assertEquals(terms("फोन"), terms("\u095Eोन")); // and the nukta is optional
    }

    @Test
    void zeroWidthJoinersAreIgnored() throws IOException {
        assertEquals(terms("लक्ष्मी"), terms("लक्\u200Dष्मी"));
        assertEquals(terms("लक्ष्मी"), terms("लक्\u200Cष्मी"));
    }

    @Test
    void chandrabinduAndAnusvaraAreOneSign() throws IOException {
        assertEquals(terms("हाँस"), terms("हांस"));
    }

    @Test
    void devanagariDigitsAreAsciiDigits() throws IOException {
        assertEquals(List.of("2080"), terms("२०८०"));
    }

    @Test
    void longAndShortIAndUAreFolded() throws IOException {
        assertEquals(terms("नीति"), terms("निति"));
        assertEquals(terms("दूत"), terms("दुत"));
    }

    @Test
    void nasalConjunctEqualsAnusvaraAndFinalViramaIsOptional() throws IOException {
        assertEquals(terms("पञ्चायत"), terms("पंचायत"));
        assertEquals(terms("सम्बन्ध"), terms("संबंध"));
        assertEquals(terms("छन्"), terms("छन"));
    }

    @Test
    void aiIsNotFoldedIntoE() throws IOException {
        // पैसा (money) and पेसा (occupation) are different words.
        assertNotEquals(terms("पैसा"), terms("पेसा"));
    }

    @Test
    void nepaliPostpositionsAndPluralAddTheBareWord() throws IOException {
        assertEquals(List.of("बालबालिकाहरुको", "बालबालिका"), terms("बालबालिकाहरूको"));
        assertTrue(terms("विद्यालयमा").contains("विद्यालय"));
        assertTrue(terms("अभिभावकलाई").contains("अभिभावक"));
        assertTrue(terms("शिक्षकहरू").contains("शिक्षक"));
        assertTrue(terms("बेचबिखनबाट").contains("बेचबिखन"));
    }

    @Test
    void shortWordsKeepWhatLooksLikeASuffix() throws IOException {
        assertEquals(List.of("आमा"), terms("आमा")); // not आ + मा
        assertEquals(List.of("घर"), terms("घरमा").subList(1, 2));
    }

    @Test
    void freeStandingParticlesAreStopWords() throws IOException {
        assertEquals(terms("सुरक्षित आप्रवासन"), terms("सुरक्षित र आप्रवासन"));
    }

    @Test
    void englishIsLowerCasedStemmedAndStripsPossessivesAndStopWords() throws IOException {
        assertEquals(terms("trafficking"), terms("Trafficked"));
        assertEquals(terms("migrants"), terms("migrant"));
        assertEquals(terms("child"), terms("child's"));
        assertEquals(List.of(), terms("the and of"));
    }

    @Test
    void fullWidthLatinIsNormalised() throws IOException {
        assertEquals(terms("school"), terms("ｓｃｈｏｏｌ"));
    }
}
