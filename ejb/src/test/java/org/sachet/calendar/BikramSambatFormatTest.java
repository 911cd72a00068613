package org.sachet.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BikramSambatFormatTest {

    @Test
    void englishFormatIsDayMonthNameYear() {
        assertEquals("15 Shrawan 2081", BikramSambatFormat.english(BikramSambatDate.of(2081, 4, 15)));
        assertEquals("1 Baisakh 2000", BikramSambatFormat.english(BikramSambatDate.of(2000, 1, 1)));
        assertEquals("30 Chaitra 2090", BikramSambatFormat.english(BikramSambatDate.MAX));
    }

    @Test
    void nepaliFormatUsesDevanagariDigitsAndMonthName() {
        assertEquals("१५ साउन २०८१", BikramSambatFormat.nepali(BikramSambatDate.of(2081, 4, 15)));
        assertEquals("१ बैशाख २०००", BikramSambatFormat.nepali(BikramSambatDate.of(2000, 1, 1)));
        assertEquals("३२ जेठ २०८१", BikramSambatFormat.nepali(BikramSambatDate.of(2081, 2, 32)));
    }
}
