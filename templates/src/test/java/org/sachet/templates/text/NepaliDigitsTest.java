package org.sachet.templates.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NepaliDigitsTest {

    @Test
    void asciiDigitsBecomeDevanagariDigits() {
        assertEquals("२०८१", NepaliDigits.toDevanagari("2081"));
        assertEquals("०१२३४५६७८९", NepaliDigits.toDevanagari("0123456789"));
    }

    @Test
    void devanagariDigitsBecomeAsciiDigits() {
        assertEquals("2081", NepaliDigits.toAscii("२०८१"));
        assertEquals("0123456789", NepaliDigits.toAscii("०१२३४५६७८९"));
    }

    @Test
    void otherCharactersAreLeftUnchanged() {
        assertEquals("२०८१-०४-१५ साउन", NepaliDigits.toDevanagari("2081-04-15 साउन"));
        assertEquals("2081/4/15 Shrawan", NepaliDigits.toAscii("२०८१/४/१५ Shrawan"));
        assertEquals("", NepaliDigits.toDevanagari(""));
        assertEquals("abc", NepaliDigits.toAscii("abc"));
    }

    @Test
    void conversionsAreInverse() {
        String mixed = "Date: 2081-04-15, ९ बजे";
        assertEquals(NepaliDigits.toAscii(mixed), NepaliDigits.toAscii(NepaliDigits.toDevanagari(mixed)));
        assertEquals("2081-04-15", NepaliDigits.toAscii(NepaliDigits.toDevanagari("2081-04-15")));
    }
}
