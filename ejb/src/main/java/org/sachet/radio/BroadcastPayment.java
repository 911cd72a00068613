package org.sachet.radio;

/** How a slot's airtime is had: bought (with what was paid), given free by the station, or paid by a sponsor. */
public enum BroadcastPayment {
    PAID, FREE, SPONSORED
}
