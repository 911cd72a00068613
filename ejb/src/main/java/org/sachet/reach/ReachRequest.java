package org.sachet.reach;

import org.sachet.calendar.FiscalPeriod;
import org.sachet.calendar.NepaliTime;
import org.sachet.geography.Place;
import org.sachet.platform.RuleViolation;

import java.util.ArrayList;
import java.util.List;

/**
 * The fiscal period and place reach is asked for, read from an address's {@code period} ({@code 2083/84},
 * {@code 2083/84-Q2}; blank: this fiscal year) and {@code place} ({@code COUNTRY}, {@code DISTRICT:31}, ...; blank:
 * the default given) the same way by the dashboard, its exports and the API. What cannot be read is kept as a
 * problem beside the default, so a page can say so and show the default while the API and exports refuse.
 */
public record ReachRequest(FiscalPeriod period, Place place, List<RuleViolation> problems) {

    public ReachRequest {
        problems = List.copyOf(problems);
    }

    public static ReachRequest parse(String period, String place, Place defaultPlace) {
        List<RuleViolation> problems = new ArrayList<>();
        FiscalPeriod fiscal = FiscalPeriod.yearOf(NepaliTime.today());
        if (period != null && !period.isBlank()) {
            FiscalPeriod read = FiscalPeriod.parse(period).orElse(null);
            if (read == null) {
                problems.add(new RuleViolation("period", "targets.import.badPeriod", period));
            } else {
                fiscal = read;
            }
        }
        Place at = defaultPlace;
        if (place != null && !place.isBlank()) {
            try {
                at = Place.parse(place);
            } catch (IllegalArgumentException e) {
                problems.add(new RuleViolation("place", "targets.import.badPlace", place));
            }
        }
        return new ReachRequest(fiscal, at, problems);
    }

    /** This request, or the first problem thrown: for callers that refuse what they cannot read. */
    public ReachRequest orRefuse() {
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
        return this;
    }
}
