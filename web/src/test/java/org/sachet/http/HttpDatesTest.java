package org.sachet.http;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HttpDatesTest {

    private static final Instant SIXTH_OF_NOVEMBER = Instant.parse("1994-11-06T08:49:37Z");

    @Test
    void writesImfFixdateWithATwoDigitDay() {
        assertEquals("Sun, 06 Nov 1994 08:49:37 GMT", HttpDates.format(SIXTH_OF_NOVEMBER));
        assertEquals("Wed, 02 Dec 2026 10:15:30 GMT", HttpDates.format(Instant.parse("2026-12-02T10:15:30.999Z")));
    }

    @Test
    void readsTheThreeFormsARecipientMustAccept() {
        assertEquals(Optional.of(SIXTH_OF_NOVEMBER), HttpDates.parse("Sun, 06 Nov 1994 08:49:37 GMT"));
        assertEquals(Optional.of(SIXTH_OF_NOVEMBER), HttpDates.parse("Sunday, 06-Nov-94 08:49:37 GMT"));
        assertEquals(Optional.of(SIXTH_OF_NOVEMBER), HttpDates.parse("Sun Nov  6 08:49:37 1994"));
        assertEquals(Optional.of(Instant.parse("2026-12-12T10:15:30Z")), HttpDates.parse("Sat Dec 12 10:15:30 2026"));
        // what the JDK's RFC 1123 formatter wrote before (a one-digit day), as a browser sends it back
        assertEquals(Optional.of(Instant.parse("2026-12-02T10:15:30Z")), HttpDates.parse("Wed, 2 Dec 2026 10:15:30 GMT"));
    }

    @Test
    void ignoresWhatIsNoneOfThem() {
        for (String bad : new String[] {"", "yesterday", "Wed, 31 Feb 2026 10:15:30 GMT",
                "Wed, 02 Dec 2026 25:15:30 GMT", "Wed, 02 Dec 2026 10:15:30 +0545", "2026-12-02T10:15:30Z"}) {
            assertEquals(Optional.empty(), HttpDates.parse(bad), bad);
        }
        assertEquals(Optional.empty(), HttpDates.parse(null));
    }

    @Test
    void aTwoDigitYearMoreThanFiftyYearsAheadIsInThePastCentury() {
        int now = Year.now(ZoneOffset.UTC).getValue();
        int twoDigits = (now + 51) % 100;
        assertEquals(now + 51 - 100, HttpDates.fullYear(twoDigits));
        assertEquals(now + 10, HttpDates.fullYear((now + 10) % 100));
        assertEquals(now - 30, HttpDates.fullYear((now - 30) % 100));
    }
}
