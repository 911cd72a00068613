package org.sachet.content.safeguarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WatchListTest {

    private static final SafeguardingScanner SCANNER = new SafeguardingScanner();

    private static List<String> names(String text, WatchList list) {
        return SCANNER.scan(text, list).stream()
                .filter(f -> f.kind() == FindingKind.WATCH_LIST_NAME).map(Finding::text).toList();
    }

    @Test
    void watchListNameMatchesWholeWordsOnly() {
        WatchList list = WatchList.of("Ram");
        assertEquals(List.of("Ram", "RAM"), names("Ram met Ramesh at the program; RAM's sister came.", list));
    }

    @Test
    void watchListNameMatchesCaseInsensitivelyForLatin() {
        assertEquals(List.of("sita tamang"), names("We spoke to sita tamang today.", WatchList.of("Sita Tamang")));
    }

    @Test
    void watchListNameToleratesExtraSpacesBetweenParts() {
        String text = "Survivor: Sita   Kumari\n Tamang, aged 16.";
        assertEquals(List.of("Sita   Kumari\n Tamang"), names(text, WatchList.of("Sita  Kumari Tamang")));
    }

    @Test
    void watchListMatchesEnglishAndDevanagariSpellingsOfOnePerson() {
        WatchList list = WatchList.empty().withPerson("Sita Tamang", "सीता तामाङ");
        String text = "Sita Tamang (सीता तामाङ) returned home.";
        assertEquals(List.of("Sita Tamang", "सीता तामाङ"), names(text, list));
    }

    @Test
    void devanagariNameMatchesWholeWordsOnly() {
        WatchList list = WatchList.of("राम");
        // रामेश has a vowel sign after म, रामकोट is another word: neither is the name.
        assertEquals(List.of("राम"), names("राम र रामेश रामकोट गए।", list));
    }

    @Test
    void devanagariNameMatchesWithAttachedCaseEnding() {
        WatchList list = WatchList.of("सीता");
        assertEquals(List.of("सीता", "सीता"), names("सीताको घर, सीतालाई भेटियो।", list));
    }

    @Test
    void devanagariNameMatchesAcrossZeroWidthJoinerVariants() {
        // PDF extraction and some keyboards insert ZWNJ/ZWJ after the virama; the name is still the same.
        WatchList list = WatchList.of("लक्ष्मी");
        String text = "नाम: लक्ष्\u200Cमी र लक्ष्\u200Dमी";
        assertEquals(List.of("लक्ष्\u200Cमी", "लक्ष्\u200Dमी"), names(text, list));
    }

    @Test
    void devanagariNameMatchesComposedAndDecomposedNukta() {
        WatchList list = WatchList.of("फ़ातिमा"); // decomposed: फ + nukta
        String precomposed = "\u095Eातिमा"; // U+095E is the precomposed फ़
        String withoutNukta = "फातिमा";
        assertEquals(List.of(precomposed, withoutNukta), names(precomposed + " र " + withoutNukta, list));
    }

    @Test
    void watchListReportsOffsetsInOriginalTextAfterNormalisation() {
        String text = "a\u200D b फ\u093Cातिमा end";
        Finding f = SCANNER.scan(text, WatchList.of("फातिमा")).get(0);
        assertEquals(text.indexOf('फ'), f.start());
        assertEquals(text.indexOf(" end"), f.end());
        assertEquals(text.substring(f.start(), f.end()), f.text());
    }

    @Test
    void refusesNamesShorterThanThreeCharacters() {
        assertThrows(IllegalArgumentException.class, () -> WatchList.of("Al"));
        assertThrows(IllegalArgumentException.class, () -> WatchList.of("रम"));
        assertThrows(IllegalArgumentException.class, () -> WatchList.of("   "));
        assertThrows(IllegalArgumentException.class, () -> WatchList.empty().withPerson("Sita", "A"));
        assertThrows(IllegalArgumentException.class, () -> WatchList.empty().withPerson());
    }

    @Test
    void watchListIsAnImmutableValue() {
        WatchList base = WatchList.of("Sita");
        WatchList more = base.withPerson("Gita");
        assertEquals(1, base.people().size());
        assertEquals(2, more.people().size());
        assertEquals(WatchList.of("Sita", "Gita"), more);
        assertTrue(WatchList.empty().isEmpty());
        assertFalse(more.toString().contains("Sita"), "names must not leak into logs");
    }

    @Test
    void nullOrEmptyWatchListFindsNoNames() {
        assertTrue(names("Sita Tamang", WatchList.empty()).isEmpty());
        assertTrue(SCANNER.scan("Sita Tamang", null).isEmpty());
    }
}
