package org.sachet.ambassadors;

import java.time.LocalDate;
import java.util.Collection;

/** What a coordinator writes about an activity; the people responsible are members of the plan's team. */
public record ActivityDetails(ActivityKind kind, String title, LocalDate dueOn, Collection<Ambassador> responsible) {
}
