package org.sachet.content.safeguarding;

import static org.sachet.content.safeguarding.ScannerAssertions.assertNone;
import static org.sachet.content.safeguarding.ScannerAssertions.assertSingle;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CitizenshipDetectionTest {

    @ParameterizedTest
    @ValueSource(strings = {"27-01-71-01234", "27-01-71/01234", "1-02-65-123"})
    void findsDistrictCodeFormWithoutKeyword(String number) {
        assertSingle("Her certificate " + number + " was copied.", FindingKind.CITIZENSHIP_NUMBER, number);
    }

    @Test
    void findsDistrictCodeFormInDevanagariDigits() {
        assertSingle("प्रमाणपत्र २७-०१-७१-०१२३४ को प्रतिलिपि", FindingKind.CITIZENSHIP_NUMBER, "२७-०१-७१-०१२३४");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Citizenship No. 12345", "Citizenship No: 1234/567", "citizenship number 4521",
            "Citizenship Certificate No.: 27-01-71-01234", "CITIZENSHIP NO 1234/567"})
    void findsShortFormAfterEnglishKeyword(String text) {
        String number = text.replaceAll("^.*?(?=\\d)", "");
        assertSingle("Form: " + text + " (verified)", FindingKind.CITIZENSHIP_NUMBER, number);
    }

    @Test
    void findsNumberAfterAbbreviatedNepaliKeyword() {
        assertSingle("ना.प्र.नं. २७-०१-७१-०१२३४ जारी जिल्ला काठमाडौं", FindingKind.CITIZENSHIP_NUMBER,
                "२७-०१-७१-०१२३४");
        assertSingle("ना. प्र. नं. १२३४/५६७", FindingKind.CITIZENSHIP_NUMBER, "१२३४/५६७");
    }

    @Test
    void findsNumberAfterFullNepaliKeyword() {
        assertSingle("नागरिकता नं. ४५६७८ भएकी", FindingKind.CITIZENSHIP_NUMBER, "४५६७८");
        assertSingle("नागरिकता प्रमाणपत्र नम्बर: 1234/567", FindingKind.CITIZENSHIP_NUMBER, "1234/567");
    }

    @Test
    void ignoresKeywordFollowedByTooShortNumber() {
        assertNone("Citizenship no. 2 of the checklist");
    }

    @Test
    void ignoresKeywordWithoutNumber() {
        assertNone("Citizenship is required for land registration.");
    }
}
