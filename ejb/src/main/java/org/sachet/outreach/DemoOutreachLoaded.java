package org.sachet.outreach;

import java.time.LocalDate;

/** The demo's venues and a year of sessions up to {@code today} are in (in the same transaction). */
public record DemoOutreachLoaded(LocalDate today) {
}
