package org.sachet.content.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class LanguageGuessTest {

    @Test
    void devanagariTextIsNepali() {
        assertEquals(Optional.of("ne"), LanguageGuess.of(TestFiles.NEPALI));
    }

    @Test
    void latinTextIsEnglish() {
        assertEquals(Optional.of("en"), LanguageGuess.of("Know your rights before you travel for work abroad."));
    }

    @Test
    void bilingualHandoutIsBoth() {
        assertEquals(Optional.of("ne+en"), LanguageGuess.of(TestFiles.NEPALI + " Know your rights before you "
                + "travel for work abroad, keep copies of your documents and call the helpline."));
    }

    @Test
    void aFewEnglishWordsInNepaliTextStayNepali() {
        assertEquals(Optional.of("ne"), LanguageGuess.of(TestFiles.NEPALI + " NGO"));
    }

    @Test
    void tooLittleTextOrOtherScriptsHaveNoGuess() {
        assertEquals(Optional.empty(), LanguageGuess.of("p. 12"));
        assertEquals(Optional.empty(), LanguageGuess.of("Съешь же ещё этих мягких французских булок, да выпей чаю"));
    }
}
