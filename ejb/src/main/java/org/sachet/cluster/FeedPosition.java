package org.sachet.cluster;

import org.sachet.platform.ChangeFeed.Change;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * How far one server has followed the change feed ({@code CLUSTER_CHANGE}). Sequence numbers are handed out when a
 * change is written but become visible when its transaction commits, so number 11 can be read before number 10: the
 * position keeps what it has seen above its watermark and waits for a missing number, for at most {@code patience}
 * (a rolled-back transaction or numbers a restart skipped never come). One follower owns it; others only read the
 * watermark.
 */
final class FeedPosition {

    private volatile long watermark;
    private final TreeSet<Long> seenAbove = new TreeSet<>();
    private final Duration patience;
    /** The first missing number above the watermark, and since when it has been missing. */
    private long missing = -1;
    private Instant missingSince;

    /** @param watermark every change up to it is already followed */
    FeedPosition(long watermark, Duration patience) {
        this.watermark = watermark;
        this.patience = patience;
    }

    /** Every change up to this one has been followed or given up on. */
    long watermark() {
        return watermark;
    }

    /** Of the changes read after the watermark, those not followed before, now counted as followed. */
    List<Change> unseen(List<Change> read) {
        List<Change> unseen = new ArrayList<>();
        for (Change change : read) {
            if (change.seq() > watermark && seenAbove.add(change.seq())) {
                unseen.add(change);
            }
        }
        return unseen;
    }

    /**
     * Moves the watermark over the changes seen in an unbroken run, and over a run of missing numbers once it has
     * been missing for longer than the patience.
     *
     * @return whether the watermark moved
     */
    boolean advance(Instant now) {
        long before = watermark;
        while (!seenAbove.isEmpty()) {
            long next = seenAbove.first();
            if (next == watermark + 1) {
                seenAbove.pollFirst();
                watermark = next;
                continue;
            }
            // numbers watermark+1 .. next-1 are missing: a transaction still open, or numbers that never come
            if (missing != watermark + 1) {
                missing = watermark + 1;
                missingSince = now;
            }
            if (Duration.between(missingSince, now).compareTo(patience) < 0) {
                break;
            }
            watermark = next - 1;
        }
        return watermark != before;
    }
}
