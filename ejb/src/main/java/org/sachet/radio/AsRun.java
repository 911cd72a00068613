package org.sachet.radio;

/** What became of a broadcast slot: still planned, aired, not aired (with why), or moved to another slot. */
public enum AsRun {
    PLANNED, AIRED, NOT_AIRED, RESCHEDULED
}
