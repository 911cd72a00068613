package org.sachet.radio;

import java.util.Set;

/** What a producer writes about a community radio station: its name, frequency, contact and coverage. */
public record StationDetails(String name, String frequency, String contact, Set<Integer> localLevels) {
}
