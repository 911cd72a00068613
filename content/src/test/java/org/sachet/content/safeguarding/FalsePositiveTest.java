package org.sachet.content.safeguarding;

import static org.sachet.content.safeguarding.ScannerAssertions.assertNone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Ordinary numbers in programme reports must not be flagged, or reviewers stop trusting the scanner. */
class FalsePositiveTest {

    @ParameterizedTest
    @ValueSource(strings = {"In 2081 the programme reached 12 districts.", "Founded in 2024.",
            "Fiscal year 2080/81 report", "From 2079 to 2081"})
    void ignoresYears(String text) {
        assertNone(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Meeting on 2024-07-16 in Kathmandu.", "Date: 16-07-2024", "16/07/2024",
            "Dated 2024.07.16"})
    void ignoresGregorianDates(String text) {
        assertNone(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"मिति २०८१-०४-१५ मा बैठक बस्यो।", "२०८१/०४/१५", "वि.सं. २०८१ साउन १५", "2081-04-15 BS"})
    void ignoresBikramSambatDates(String text) {
        assertNone(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ISBN 978-9937-0-1234-5", "ISBN: 9789937012345", "ISBN 978 3 16 148410 0",
            "ISBN-10 0-306-40615-2", "ISBN 9789841234567"})
    void ignoresIsbns(String text) {
        assertNone(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"See pages 123-145.", "pp. 45-67", "page 9841 of the archive", "Chapter 12, p. 304"})
    void ignoresPageNumbers(String text) {
        assertNone(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Budget NPR 10,000 per month", "NPR 9,841,234,567 total", "रु. १०,०००",
            "Rs. 9841234567 transferred", "USD 1,250.50"})
    void ignoresMoney(String text) {
        assertNone(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"4,500 students attended", "१२,३४५ जना सहभागी", "Reached 98,412 households",
            "Ratio 0.9841234567", "Invoice 12345678901234"})
    void ignoresPlainCountsAndLongCodes(String text) {
        assertNone(text);
    }

    @Test
    void ignoresShortNumbersWithoutCitizenshipKeyword() {
        assertNone("Room 1234/567 is on the second floor.");
    }

    @Test
    void ignoresPassportNumberWithoutKeyword() {
        assertNone("Reference 10234567 was filed.");
    }
}
