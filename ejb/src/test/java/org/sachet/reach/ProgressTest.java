package org.sachet.reach;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProgressTest {

    private static Progress reached(long people, Long target, double elapsed) {
        return new Progress(Indicator.SBCC_PEOPLE_REACHED, new Bands(people, 0, 0, 0, 0, 1), target, elapsed);
    }

    @Test
    void onTrackWhenAchievedKeepsUpWithTheElapsedShareOfThePeriod() {
        assertEquals(Progress.Status.ON_TRACK, reached(250, 1000L, 0.25).status());
        assertEquals(250, reached(0, 1000L, 0.25).expectedByNow());
        assertEquals(Progress.Status.BEHIND, reached(249, 1000L, 0.25).status());
        assertEquals(Progress.Status.ACHIEVED, reached(1000, 1000L, 0.25).status());
        assertEquals(Progress.Status.BEHIND, reached(999, 1000L, 1.0).status(), "a period over and not met");
        assertEquals(Progress.Status.NO_TARGET, reached(5, null, 0.5).status());
    }

    @Test
    void percentMayPassAHundredButTheBarStopsThere() {
        assertEquals(24, reached(249, 1000L, 0.5).percent());
        assertEquals(150, reached(1500, 1000L, 0.5).percent());
        assertEquals(100, reached(1500, 1000L, 0.5).barPercent());
        assertEquals(100, reached(0, 0L, 0.5).percent(), "a target of nothing is met");
        assertEquals(Progress.Status.ACHIEVED, reached(0, 0L, 0.5).status());
    }

    @Test
    void eventIndicatorsCountEventsNotPeople() {
        Progress held = new Progress(Indicator.SBCC_SESSIONS_HELD, new Bands(40, 0, 0, 0, 0, 3), 12L, 0.5);
        assertEquals(3, held.achieved());
        assertEquals(Progress.Status.BEHIND, held.status());
    }
}
