package org.sachet.outreach;

/** What an outreach session was; the names are the sync API's {@code kind} values. */
public enum SessionKind {
    SBCC_SESSION, STICKS_AND_STONES_LESSON, TOT_TRAINING, THEATRE_PERFORMANCE, INTERGENERATIONAL_DIALOGUE,
    PARENTS_GROUP_MEETING, RADIO_LISTENING_GROUP, INFO_BOOTH_DAY
}
