package org.sachet.ambassadors;

/** The trainings an ambassador can complete. */
public enum Training {
    STICKS_AND_STONES_TOT, THEATRE_FOR_DEVELOPMENT, SCRIPT_WRITING, ADVOCACY
}
