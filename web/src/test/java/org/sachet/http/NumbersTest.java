package org.sachet.http;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NumbersTest {

    private static final Locale EN = Locale.ENGLISH;
    private static final Locale NE = Locale.forLanguageTag("ne");

    @Test
    void englishGroupsByThousands() {
        assertEquals("0", Numbers.format(0, EN));
        assertEquals("780", Numbers.format(780, EN));
        assertEquals("4,500", Numbers.format(4500, EN));
        assertEquals("13,211", Numbers.format(13211, EN));
        assertEquals("1,234,567", Numbers.format(1234567, EN));
        assertEquals("-1,600", Numbers.format(-1600, EN));
    }

    @Test
    void nepaliUsesDevanagariDigitsAndLakhGrouping() {
        assertEquals("७८०", Numbers.format(780, NE));
        assertEquals("४,५००", Numbers.format(4500, NE));
        assertEquals("१३,२११", Numbers.format(13211, NE));
        assertEquals("१,२३,४५६", Numbers.format(123456, NE));
        assertEquals("१२,३४,५६७", Numbers.format(1234567, NE));
    }

    @Test
    void fileSizesReadAsBrowsersShowThem() {
        assertEquals("999 bytes", Numbers.fileSize(999, EN));
        assertEquals("1.5 MB", Numbers.fileSize(1_500_000, EN));
        assertEquals("2.1 GB", Numbers.fileSize(2_147_483_648L, EN));
        assertEquals("२०४.८ केबी", Numbers.fileSize(204_800, NE));
        assertEquals("१२ बाइट", Numbers.fileSize(12, NE));
    }

    @Test
    void wholeNumbersAreReadInEitherDigitsAndEitherGrouping() {
        assertEquals(5000, Numbers.parseWhole("५,०००"));
        assertEquals(5000, Numbers.parseWhole(" 5,000 "));
        assertEquals(1234567, Numbers.parseWhole("१२,३४,५६७"));
        assertEquals(1234567, Numbers.parseWhole("1,234,567"));
        assertEquals(24, Numbers.parseWhole("२४"));
        assertEquals(-3, Numbers.parseWhole("-3"));
        for (String bad : new String[] {"", "5,", ",5", "5,,000", "5.5", "५.५", "abc", "5 000", "99999999999999999999",
            "1,2", "१,२", "12,3", "1,2345", "1234,567"}) {
            org.junit.jupiter.api.Assertions.assertThrows(NumberFormatException.class, () -> Numbers.parseWhole(bad), bad);
        }
    }
}
