package org.sachet.ambassadors;

import java.time.LocalDate;
import java.util.List;

/** What a coordinator writes about an ambassador (the place is checked and looked up by the service). */
public record AmbassadorDetails(String displayName, Sex sex, Integer birthYear, Integer localLevelCode, Integer ward,
                                Long venueId, LocalDate selectedOn, AmbassadorStatus status,
                                List<TrainingRecord> trainings) {
}
