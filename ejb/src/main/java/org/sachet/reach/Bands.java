package org.sachet.reach;

import java.io.Serializable;

/**
 * A figure split by sex and age band, with the number of events it was counted from and, for an amount, the
 * rupees. For contacts, unique people and completions the figure is the people in the bands; for events it is
 * the events; for rupees the amount (its events are the receipts that add up to it).
 */
public record Bands(long girlsUnder18, long boysUnder18, long womenAdult, long menAdult, long other, long events,
                    long rupees) implements Serializable {

    public static final Bands NONE = new Bands(0, 0, 0, 0, 0, 0, 0);

    /** People in their bands, counted from a number of events. */
    public Bands(long girlsUnder18, long boysUnder18, long womenAdult, long menAdult, long other, long events) {
        this(girlsUnder18, boysUnder18, womenAdult, menAdult, other, events, 0);
    }

    public static Bands events(long events) {
        return new Bands(0, 0, 0, 0, 0, events, 0);
    }

    /** An amount of rupees, from a number of receipts. */
    public static Bands rupees(long receipts, long rupees) {
        return new Bands(0, 0, 0, 0, 0, receipts, rupees);
    }

    public Bands plus(Bands b) {
        return new Bands(girlsUnder18 + b.girlsUnder18, boysUnder18 + b.boysUnder18, womenAdult + b.womenAdult,
                menAdult + b.menAdult, other + b.other, events + b.events, rupees + b.rupees);
    }

    /**
     * The larger of two figures band by band, their events added: what a group's several meetings give as its
     * members, each counted once.
     */
    public static Bands largest(Bands a, Bands b) {
        return new Bands(Math.max(a.girlsUnder18, b.girlsUnder18), Math.max(a.boysUnder18, b.boysUnder18),
                Math.max(a.womenAdult, b.womenAdult), Math.max(a.menAdult, b.menAdult), Math.max(a.other, b.other),
                a.events + b.events, Math.max(a.rupees, b.rupees));
    }

    public long people() {
        return girlsUnder18 + boysUnder18 + womenAdult + menAdult + other;
    }

    /** The indicator's figure: events for an event count, rupees for an amount, else people. */
    public long value(Counting counting) {
        return switch (counting) {
            case EVENTS -> events;
            case NPR -> rupees;
            default -> people();
        };
    }
}
