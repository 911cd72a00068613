package org.sachet.radio;

import java.util.List;

/**
 * One station's broadcasts in a Bikram Sambat month, as its invoice is checked: the slots that stand (a slot moved
 * to another time counts where it went, not twice), what became of them, and the rupees paid for slots the
 * station did not air.
 *
 * @param planned          slots that stand in the month: aired, not aired, or still to be confirmed
 * @param moved            slots moved out to another time (the new slot counts in its own month)
 * @param paidSlots        standing slots bought
 * @param paidNpr          what the standing bought slots cost
 * @param paidNprNotAired  what the bought slots the station did not air cost
 * @param minutesAired     minutes of the aired slots
 */
public record StationMonth(long stationId, String station, int planned, int aired, int notAired, int awaiting,
                           int moved, int paidSlots, long paidNpr, long paidNprNotAired, int minutesAired) {

    /** The sums of every column over the stations (station id 0, no name). */
    public static StationMonth total(List<StationMonth> stations) {
        StationMonth sum = new StationMonth(0, null, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        for (StationMonth s : stations) {
            sum = new StationMonth(0, null, sum.planned + s.planned, sum.aired + s.aired, sum.notAired + s.notAired,
                    sum.awaiting + s.awaiting, sum.moved + s.moved, sum.paidSlots + s.paidSlots,
                    sum.paidNpr + s.paidNpr, sum.paidNprNotAired + s.paidNprNotAired,
                    sum.minutesAired + s.minutesAired);
        }
        return sum;
    }

    /** Adds a group of slots of one outcome and payment (count, rupees, minutes) to the station's month. */
    StationMonth plus(AsRun outcome, BroadcastPayment payment, long count, long npr, long minutes) {
        int n = Math.toIntExact(count);
        boolean stands = outcome != AsRun.RESCHEDULED;
        boolean bought = stands && payment == BroadcastPayment.PAID;
        return new StationMonth(stationId, station, planned + (stands ? n : 0),
                aired + (outcome == AsRun.AIRED ? n : 0), notAired + (outcome == AsRun.NOT_AIRED ? n : 0),
                awaiting + (outcome == AsRun.PLANNED ? n : 0), moved + (stands ? 0 : n),
                paidSlots + (bought ? n : 0), paidNpr + (bought ? npr : 0),
                paidNprNotAired + (bought && outcome == AsRun.NOT_AIRED ? npr : 0),
                minutesAired + (outcome == AsRun.AIRED ? Math.toIntExact(minutes) : 0));
    }
}
