package org.sachet.calendar;

import org.sachet.templates.text.NepaliDigits;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BikramSambatDateTest {

    /** Asserts that the call throws IllegalArgumentException whose message contains the given text. */
    static void assertRejected(String expectedMessagePart, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(expectedMessagePart),
                () -> "message '" + e.getMessage() + "' should contain '" + expectedMessagePart + "'");
    }

    @Test
    void invalidMonthIsRejectedWithAClearMessage() {
        assertRejected("BS 2081-13-01 is not a valid date", () -> BikramSambatDate.of(2081, 13, 1));
        assertRejected("BS 2081-00-01 is not a valid date", () -> BikramSambatDate.of(2081, 0, 1));
    }

    @Test
    void dayBeyondTheMonthLengthIsRejected() {
        // Asar 2081 has 31 days, Jestha 2081 has 32.
        assertRejected("BS 2081-03-32 is not a valid date: Asar 2081 has 31 days",
                () -> BikramSambatDate.of(2081, 3, 32));
        assertEquals(32, BikramSambatDate.of(2081, 2, 32).lengthOfMonth());
        assertRejected("BS 2081-01-00 is not a valid date", () -> BikramSambatDate.of(2081, 1, 0));
        assertRejected("BS 2080-12-31 is not a valid date", () -> BikramSambatDate.of(2080, 12, 31));
    }

    @Test
    void yearsOutsideTheTableAreRejected() {
        assertRejected("BS 1999-12-30 is outside the supported range: years 2000..2090",
                () -> BikramSambatDate.of(1999, 12, 30));
        assertRejected("BS 2091-01-01 is outside the supported range", () -> BikramSambatDate.of(2091, 1, 1));
    }

    @Test
    void canonicalConstructorValidatesToo() {
        assertRejected("not a valid date", () -> new BikramSambatDate(2081, 12, 32));
    }

    @Test
    void plusDaysCrossesMonthAndYearBoundaries() {
        BikramSambatDate lastOfChaitra2080 = BikramSambatDate.of(2080, 12, 30);
        assertEquals(BikramSambatDate.of(2081, 1, 1), lastOfChaitra2080.plusDays(1));
        assertEquals(lastOfChaitra2080, BikramSambatDate.of(2081, 1, 1).plusDays(-1));
        assertEquals(BikramSambatDate.of(2081, 2, 1), BikramSambatDate.of(2081, 1, 31).plusDays(1));
        assertEquals(BikramSambatDate.of(2081, 1, 1), BikramSambatDate.of(2081, 1, 1).plusDays(0));
        assertEquals(BikramSambatDate.of(2082, 1, 1),
                BikramSambatDate.of(2081, 1, 1).plusDays(BikramSambatDate.of(2081, 1, 1).lengthOfYear()));
    }

    @ParameterizedTest
    @ValueSource(longs = {-10_000, -366, -32, -1, 1, 29, 365, 10_000})
    void plusDaysAgreesWithGregorianArithmetic(long days) {
        BikramSambatDate start = BikramSambatDate.of(2050, 6, 15);
        LocalDate expected = start.toGregorian().plusDays(days);
        assertEquals(expected, start.plusDays(days).toGregorian());
    }

    @ParameterizedTest
    @ValueSource(longs = {Long.MIN_VALUE, Long.MAX_VALUE, -1_000_000, 1_000_000})
    void plusDaysOutsideTheRangeIsRejectedEvenForExtremeValues(long days) {
        assertRejected("outside the supported range", () -> BikramSambatDate.of(2050, 1, 1).plusDays(days));
    }

    @Test
    void plusDaysStopsAtBothEndsOfTheTable() {
        assertRejected("outside the supported range", () -> BikramSambatDate.MAX.plusDays(1));
        assertRejected("outside the supported range", () -> BikramSambatDate.MIN.plusDays(-1));
    }

    @Test
    void datesCompareChronologically() {
        List<BikramSambatDate> dates = new ArrayList<>(List.of(
                BikramSambatDate.of(2081, 4, 1),
                BikramSambatDate.of(2080, 12, 30),
                BikramSambatDate.of(2081, 1, 2),
                BikramSambatDate.of(2081, 1, 1)));
        Collections.sort(dates);
        assertEquals(List.of(
                BikramSambatDate.of(2080, 12, 30),
                BikramSambatDate.of(2081, 1, 1),
                BikramSambatDate.of(2081, 1, 2),
                BikramSambatDate.of(2081, 4, 1)), dates);
        assertTrue(BikramSambatDate.of(2081, 1, 1).isBefore(BikramSambatDate.of(2081, 1, 2)));
        assertTrue(BikramSambatDate.of(2081, 2, 1).isAfter(BikramSambatDate.of(2081, 1, 31)));
        assertEquals(0, BikramSambatDate.of(2081, 1, 1).compareTo(BikramSambatDate.parse("2081/1/1")));
    }

    @Test
    void toStringIsIsoLikeWithZeroPadding() {
        assertEquals("2081-01-01", BikramSambatDate.of(2081, 1, 1).toString());
        assertEquals("2081-04-15", BikramSambatDate.of(2081, 4, 15).toString());
        assertEquals("2081-12-31", BikramSambatDate.of(2081, 12, 31).toString());
    }

    @Test
    void equalDatesAreEqualAndHashAlike() {
        assertEquals(BikramSambatDate.of(2081, 4, 15), BikramSambatDate.parse("२०८१/४/१५"));
        assertEquals(BikramSambatDate.of(2081, 4, 15).hashCode(), BikramSambatDate.parse("2081-04-15").hashCode());
        assertFalse(BikramSambatDate.of(2081, 4, 15).equals(BikramSambatDate.of(2081, 4, 16)));
    }

    @Test
    void getMonthReturnsTheNamedMonth() {
        assertEquals(BikramSambatMonth.SHRAWAN, BikramSambatDate.of(2081, 4, 15).getMonth());
    }

    @ParameterizedTest
    @CsvSource({
        "2081-01-01, 2081, 1, 1",
        "2081/1/1, 2081, 1, 1",
        "2081/01/01, 2081, 1, 1",
        "2081-4-15, 2081, 4, 15",
        "२०८१-०१-०१, 2081, 1, 1",
        "२०८१/१/१, 2081, 1, 1",
        "२०८१/४/१५, 2081, 4, 15",
        "'  2081-04-15 ', 2081, 4, 15"
    })
    void parseAcceptsDashAndSlashFormsWithAsciiOrDevanagariDigits(String text, int y, int m, int d) {
        assertEquals(BikramSambatDate.of(y, m, d), BikramSambatDate.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", " ", "garbage", "2081", "2081-01", "2081-01-01-01", "2081.01.01", "2081 01 01",
        "2081-01/01", "81-01-01", "20810-01-01", "2081-001-01", "2081-01-001", "+2081-01-01",
        "2081-1-1x", "२०८१-०१", "٢٠٨١-٠١-٠١", "2081−01−01"
    })
    void parseRejectsGarbage(String text) {
        assertRejected("Cannot parse", () -> BikramSambatDate.parse(text));
    }

    @Test
    void parseRejectsWellFormedButNonExistentDates() {
        assertRejected("BS 2081-13-01 is not a valid date", () -> BikramSambatDate.parse("2081-13-01"));
        assertRejected("BS 2081-03-32 is not a valid date", () -> BikramSambatDate.parse("२०८१/३/३२"));
        assertRejected("BS 2091-01-01 is outside the supported range", () -> BikramSambatDate.parse("2091-01-01"));
    }

    @Test
    void parseOfToStringGivesTheSameDate() {
        BikramSambatDate date = BikramSambatDate.of(2075, 11, 29);
        assertEquals(date, BikramSambatDate.parse(date.toString()));
        assertEquals(date, BikramSambatDate.parse(NepaliDigits.toDevanagari(date.toString())));
    }

    @Test
    void serializationKeepsTheValue() throws IOException, ClassNotFoundException {
        BikramSambatDate date = BikramSambatDate.of(2081, 4, 15);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(date);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(date, in.readObject());
        }
    }
}
