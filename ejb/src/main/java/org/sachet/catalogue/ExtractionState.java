package org.sachet.catalogue;

/** What reading a version's file gave: still running, text, no text at all, or a failure with a reason. */
public enum ExtractionState {
    PENDING, DONE, NO_TEXT, FAILED;

    public boolean isFinished() {
        return this != PENDING;
    }
}
