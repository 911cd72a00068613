package org.sachet.cluster;

import org.junit.jupiter.api.Test;
import org.sachet.platform.ChangeFeed.Change;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeedPositionTest {

    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final Instant T0 = Instant.parse("2026-12-04T10:00:00Z");

    private static Change material(long seq) {
        return new Change(seq, "material", 100 + seq);
    }

    @Test
    void changesInOrderAreFollowedOnceAndTheWatermarkFollowsThem() {
        FeedPosition position = new FeedPosition(4, PATIENCE);
        assertEquals(List.of(material(5), material(6)), position.unseen(List.of(material(5), material(6))));
        assertTrue(position.advance(T0));
        assertEquals(6, position.watermark());
        assertEquals(List.of(), position.unseen(List.of(material(5), material(6))), "read again: nothing new");
        assertFalse(position.advance(T0));
    }

    @Test
    void aChangeCommittedAfterALaterOneIsStillFollowed() {
        FeedPosition position = new FeedPosition(9, PATIENCE);
        // 10's transaction is still open when 11 commits and is read
        assertEquals(List.of(material(11)), position.unseen(List.of(material(11))));
        assertFalse(position.advance(T0));
        assertEquals(9, position.watermark(), "the watermark waits below the missing 10");
        // the next read is after the watermark, so 11 comes again, with 10
        assertEquals(List.of(material(10)), position.unseen(List.of(material(10), material(11))));
        assertTrue(position.advance(T0.plusSeconds(1)));
        assertEquals(11, position.watermark());
    }

    @Test
    void numbersThatNeverComeAreGivenUpOnOnceAfterThePatienceWhateverTheirCount() {
        FeedPosition position = new FeedPosition(0, PATIENCE);
        // a restart skipped 1..99 (Derby hands numbers out in blocks); then 100 commits
        position.unseen(List.of(material(100)));
        assertFalse(position.advance(T0));
        assertFalse(position.advance(T0.plus(PATIENCE).minusSeconds(1)));
        assertTrue(position.advance(T0.plus(PATIENCE)));
        assertEquals(100, position.watermark());
    }

    @Test
    void aSecondGapWaitsItsOwnPatience() {
        FeedPosition position = new FeedPosition(0, PATIENCE);
        position.unseen(List.of(material(2), material(4)));
        position.advance(T0);
        assertTrue(position.advance(T0.plus(PATIENCE)));
        assertEquals(2, position.watermark(), "1 is given up on; 3 has only just been found missing");
        assertFalse(position.advance(T0.plus(PATIENCE).plusSeconds(1)));
        assertTrue(position.advance(T0.plus(PATIENCE).plus(PATIENCE)));
        assertEquals(4, position.watermark());
    }
}
