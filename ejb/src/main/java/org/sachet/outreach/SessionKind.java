package org.sachet.outreach;

/**
 * What an outreach session was; the names are the sync API's {@code kind} values. Each kind has the largest
 * attendance that is plausible without a second look: above it the person logging must confirm the figure
 * (a performance or a booth day draws a crowd, a parents' group does not).
 */
public enum SessionKind {
    SBCC_SESSION(150),
    STICKS_AND_STONES_LESSON(150),
    TOT_TRAINING(60),
    THEATRE_PERFORMANCE(1500),
    INTERGENERATIONAL_DIALOGUE(150),
    PARENTS_GROUP_MEETING(100),
    RADIO_LISTENING_GROUP(100),
    INFO_BOOTH_DAY(2000);

    private final int plausibleAttendance;

    SessionKind(int plausibleAttendance) {
        this.plausibleAttendance = plausibleAttendance;
    }

    public int plausibleAttendance() {
        return plausibleAttendance;
    }
}
