package org.sachet.curriculum;

/** Fired when the demo curriculum is in place: the earlier and the current edition. */
public record DemoCurriculumLoaded(long earlierEditionId, long currentEditionId) {
}
