package org.sachet.reach;

import java.io.Serializable;

/**
 * A figure split by sex and age band, with the number of events it was counted from. For contacts, unique
 * people and completions the figure is the people in the bands; for events it is the events.
 */
public record Bands(long girlsUnder18, long boysUnder18, long womenAdult, long menAdult, long other, long events)
        implements Serializable {

    public static final Bands NONE = new Bands(0, 0, 0, 0, 0, 0);

    public static Bands events(long events) {
        return new Bands(0, 0, 0, 0, 0, events);
    }

    public Bands plus(Bands b) {
        return new Bands(girlsUnder18 + b.girlsUnder18, boysUnder18 + b.boysUnder18, womenAdult + b.womenAdult,
                menAdult + b.menAdult, other + b.other, events + b.events);
    }

    public long people() {
        return girlsUnder18 + boysUnder18 + womenAdult + menAdult + other;
    }

    /** The indicator's figure: events for an event count, else people. */
    public long value(Counting counting) {
        return counting == Counting.EVENTS ? events : people();
    }
}
