package org.sachet.content.safeguarding;

import static org.sachet.content.safeguarding.ScannerAssertions.assertNone;
import static org.sachet.content.safeguarding.ScannerAssertions.assertSingle;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PassportDetectionTest {

    @ParameterizedTest
    @ValueSource(strings = {"Passport No: 10234567", "passport number 10234567", "Passport #10234567",
            "PASSPORT NO. 10234567"})
    void findsCurrentSeriesPassportAfterEnglishKeyword(String text) {
        assertSingle(text + " was held by the agent.", FindingKind.PASSPORT_NUMBER, "10234567");
    }

    @Test
    void findsOlderLetterAndDigitPassport() {
        assertSingle("Passport: C1234567, expired", FindingKind.PASSPORT_NUMBER, "C1234567");
    }

    @Test
    void findsPassportNumberAFewWordsAfterKeyword() {
        assertSingle("Her passport, issued in Kathmandu, no. 10234567", FindingKind.PASSPORT_NUMBER, "10234567");
    }

    @Test
    void findsPassportAfterNepaliKeywordInDevanagariDigits() {
        assertSingle("राहदानी नं. ०९८७६५४३ दलालसँग थियो।", FindingKind.PASSPORT_NUMBER, "०९८७६५४३");
        assertSingle("उनको राहदानी नम्बर 10234567 हो", FindingKind.PASSPORT_NUMBER, "10234567");
        assertSingle("पासपोर्ट नं: ०१२३४५६७", FindingKind.PASSPORT_NUMBER, "०१२३४५६७");
    }

    @Test
    void ignoresNumberTooFarFromKeyword() {
        assertNone("The passport office was closed for many days and reopened on 10234567");
    }

    @Test
    void ignoresPassportKeywordFollowedByYear() {
        assertNone("Passport issued in 2019 and renewed.");
    }
}
