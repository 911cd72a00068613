package org.sachet.radio;

import java.time.Instant;

/**
 * What a producer or the station says about a slot after its time: aired, not aired with the reason, or
 * rescheduled to a new start (the reason optional).
 */
public record AsRunReport(AsRun outcome, String reason, Instant rescheduledTo) {
}
