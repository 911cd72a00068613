package org.sachet.http;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ByteRangeTest {

    private static final long SIZE = 1000;

    @Test
    void resumesFromAnOffsetToTheEnd() {
        ByteRange range = ByteRange.parse("bytes=600-", SIZE).orElseThrow();
        assertEquals(new ByteRange(600, 999), range);
        assertEquals(400, range.length());
        assertEquals("bytes 600-999/1000", range.contentRange(SIZE));
    }

    @Test
    void closedRangeIsCutAtTheEndOfTheFile() {
        assertEquals(new ByteRange(0, 99), ByteRange.parse("bytes=0-99", SIZE).orElseThrow());
        assertEquals(new ByteRange(900, 999), ByteRange.parse("bytes=900-5000", SIZE).orElseThrow());
    }

    @Test
    void suffixRangeGivesTheLastBytes() {
        assertEquals(new ByteRange(500, 999), ByteRange.parse("bytes=-500", SIZE).orElseThrow());
        assertEquals(new ByteRange(0, 999), ByteRange.parse("bytes=-5000", SIZE).orElseThrow());
    }

    @Test
    void rangeBeyondTheEndIsUnsatisfiable() {
        assertThrows(ByteRange.Unsatisfiable.class, () -> ByteRange.parse("bytes=1000-", SIZE));
        assertThrows(ByteRange.Unsatisfiable.class, () -> ByteRange.parse("bytes=5000-6000", SIZE));
        assertThrows(ByteRange.Unsatisfiable.class, () -> ByteRange.parse("bytes=-0", SIZE));
        assertEquals("bytes */1000", ByteRange.unsatisfiable(SIZE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "items=0-5", "bytes=0-5,10-20", "bytes=abc-", "bytes=5-1", "bytes=", "bytes=-x"})
    void otherHeadersMeanTheWholeFile(String header) {
        assertEquals(Optional.empty(), ByteRange.parse(header, SIZE));
    }

    @Test
    void noHeaderMeansTheWholeFile() {
        assertEquals(Optional.empty(), ByteRange.parse(null, SIZE));
    }
}
