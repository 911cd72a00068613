package org.sachet.radio;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StationMonthTest {

    private static final StationMonth EMPTY = new StationMonth(7, "Radio", 0, 0, 0, 0, 0, 0, 0, 0, 0);

    @Test
    void aMovedSlotIsNeitherPlannedNorPaidWhereItWas() {
        StationMonth month = EMPTY.plus(AsRun.RESCHEDULED, BroadcastPayment.PAID, 2, 3_000, 30);
        assertEquals(new StationMonth(7, "Radio", 0, 0, 0, 0, 2, 0, 0, 0, 0), month);
    }

    @Test
    void onlyBoughtSlotsThatDidNotAirCountAsPaidForNothing() {
        StationMonth month = EMPTY.plus(AsRun.NOT_AIRED, BroadcastPayment.PAID, 1, 1_000, 15)
                .plus(AsRun.NOT_AIRED, BroadcastPayment.SPONSORED, 1, 0, 15)
                .plus(AsRun.AIRED, BroadcastPayment.PAID, 3, 4_500, 45)
                .plus(AsRun.PLANNED, BroadcastPayment.FREE, 2, 0, 30);
        assertEquals(new StationMonth(7, "Radio", 7, 3, 2, 2, 0, 4, 5_500, 1_000, 45), month);
    }

    @Test
    void theTotalAddsEveryColumn() {
        StationMonth one = EMPTY.plus(AsRun.AIRED, BroadcastPayment.PAID, 1, 500, 15);
        StationMonth two = new StationMonth(8, "Other", 0, 0, 0, 0, 0, 0, 0, 0, 0)
                .plus(AsRun.NOT_AIRED, BroadcastPayment.PAID, 1, 700, 20);
        assertEquals(new StationMonth(0, null, 2, 1, 1, 0, 0, 2, 1_200, 700, 15), StationMonth.total(List.of(one,
                two)));
    }
}
