package org.sachet.radio;

import java.time.Instant;

/** A slot as planned: when it starts, how many minutes, and how it is paid for (NPR when bought). */
public record SlotDetails(Instant startsAt, Integer minutes, BroadcastPayment payment, Long priceNpr) {
}
