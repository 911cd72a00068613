package org.sachet.reach;

import org.sachet.calendar.BikramSambatDate;
import org.sachet.calendar.FiscalPeriod;
import org.sachet.geography.Place;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What the dashboard shows for one place and fiscal period: the place's progress per indicator, the same for
 * each place one level down (or each ward of a local level) and for each BS month so far.
 *
 * @param path     the places from the caller's top (the programme) down to {@code place}
 * @param children one row per place one level down holding the caller's local levels (empty at a local level)
 * @param wards    one row per ward with figures, at a local level
 * @param months   one row per BS month of the period up to today
 */
public record ReachBoard(FiscalPeriod period, Place place, LocalDate today, double elapsedShare, List<Place> path,
                         List<Progress> progress, List<Row<Place>> children, List<Row<Integer>> wards,
                         List<Row<BikramSambatDate>> months) implements Serializable {

    /** Progress per indicator, in the order of {@link Indicator}, for one place, ward or month. */
    /**
     * The places with most to show first, so the first drill link leads somewhere (those with nothing last, in
     * their usual order): how many indicators have figures there, then how much they hold in all.
     */
    public static final java.util.Comparator<Row<Place>> MOST_TO_SHOW_FIRST =
            java.util.Comparator.<Row<Place>>comparingLong(
                            row -> row.progress().stream().filter(p -> p.achieved() > 0).count()).reversed()
                    .thenComparing(java.util.Comparator.<Row<Place>>comparingLong(
                            row -> row.progress().stream().mapToLong(Progress::achieved).sum()).reversed())
                    .thenComparing(Row::key, Place.ORDER);

    public record Row<K>(K key, List<Progress> progress) implements Serializable {

        public Progress of(Indicator indicator) {
            return progress.get(indicator.ordinal());
        }
    }

    public Progress of(Indicator indicator) {
        return progress.get(indicator.ordinal());
    }
}
