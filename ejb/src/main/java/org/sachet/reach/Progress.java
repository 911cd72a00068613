package org.sachet.reach;

import java.io.Serializable;

/**
 * An indicator's figure in a place and period against its target (if one is set), and whether it is on track:
 * achieved at least the target's share that the elapsed share of the period asks for.
 */
public record Progress(Indicator indicator, Bands reached, Long target, double elapsedShare) implements Serializable {

    public enum Status { NO_TARGET, ACHIEVED, ON_TRACK, BEHIND }

    public long achieved() {
        return reached.value(indicator.counting());
    }

    public boolean hasTarget() {
        return target != null;
    }

    /** What the target asks for by now: its elapsed share, rounded up. */
    public long expectedByNow() {
        return target == null ? 0 : (long) Math.ceil(target * elapsedShare - 1e-9);
    }

    /** Achieved as a whole percentage of the target (may pass 100); 0 without a target. */
    public int percent() {
        if (target == null) {
            return 0;
        }
        if (target == 0) {
            return 100;
        }
        return (int) Math.min(Integer.MAX_VALUE, Math.floorDiv(achieved() * 100, target));
    }

    /** The percentage a progress bar shows: at most 100. */
    public int barPercent() {
        return Math.min(100, percent());
    }

    public Status status() {
        if (target == null) {
            return Status.NO_TARGET;
        }
        if (achieved() >= target) {
            return Status.ACHIEVED;
        }
        return achieved() >= expectedByNow() ? Status.ON_TRACK : Status.BEHIND;
    }
}
