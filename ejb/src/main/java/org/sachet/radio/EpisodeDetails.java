package org.sachet.radio;

import java.util.Set;

/**
 * What a producer writes about an episode before its script: its number in the series, title, synopsis, the
 * series' key messages it carries (by their number, from 1) and how long it should run.
 */
public record EpisodeDetails(Integer number, String title, String synopsis, Set<Integer> messages,
                             Integer targetMinutes) {
}
