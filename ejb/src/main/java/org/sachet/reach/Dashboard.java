package org.sachet.reach;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sachet.accounts.AccountService;
import org.sachet.accounts.CurrentCaller;
import org.sachet.calendar.BikramSambatDate;
import org.sachet.calendar.FiscalPeriod;
import org.sachet.calendar.NepaliTime;
import org.sachet.geography.GeographyService;
import org.sachet.geography.Place;
import org.sachet.geography.PlaceLevel;
import org.sachet.geography.PlaceTree;
import org.sachet.platform.RuleViolation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reach against target for a place and fiscal period, as programme staff see it. A province's or district's
 * target is shown only to someone who sees the whole of it, so that a partial count is never set against it.
 * The programme's targets (set for the country) are the programme's, whatever districts it works in; the page
 * says which places the figures cover when the caller does not see them all.
 */
@Stateless
@RolesAllowed({"ADMIN", "MANAGER", "COORDINATOR"})
public class Dashboard {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentCaller caller;

    @Inject
    private ReachQueries queries;

    @Inject
    private AccountService accounts;

    @Inject
    private GeographyService geography;

    public ReachBoard board(FiscalPeriod period, Place place) {
        return board(period, place, NepaliTime.today());
    }

    ReachBoard board(FiscalPeriod period, Place place, LocalDate today) {
        if (period == null) {
            throw new RuleViolation("period", "target.period.required");
        }
        ReachQueries.Viewer me = viewer();
        Set<Place> mine = me.places();
        Set<Integer> myLevels = me.localLevels();
        PlaceTree tree = queries.tree();
        requireVisible(place, tree, myLevels);
        double elapsed = period.elapsedShare(today);
        LocalDate from = period.start();
        LocalDate to = period.end();

        Reach reach = queries.reach(me, from, to, place);
        Map<Place, Map<Indicator, Long>> targets = targets(period);
        Function<Place, Map<Indicator, Long>> targetsAt = p -> p.equals(Place.COUNTRY) || wholeIn(p, mine, tree)
                ? targets.getOrDefault(p, Map.of()) : Map.of();

        List<Progress> progress = progress(indicator -> reach.at(indicator, place), targetsAt.apply(place), elapsed);
        List<ReachBoard.Row<Place>> children = new ArrayList<>();
        for (Place child : tree.childrenHolding(place, myLevels)) {
            children.add(new ReachBoard.Row<>(child,
                    progress(indicator -> reach.at(indicator, child), targetsAt.apply(child), elapsed)));
        }
        children.sort(ReachBoard.MOST_TO_SHOW_FIRST);
        List<ReachBoard.Row<Integer>> wards = new ArrayList<>();
        if (place.getLevel() == PlaceLevel.LOCAL_LEVEL) {
            Tally<Integer> byWard = queries.byWard(me, place.getCode(), from, to);
            for (Integer ward : byWard.keys()) {
                wards.add(new ReachBoard.Row<>(ward, progress(i -> byWard.at(i, ward), Map.of(), elapsed)));
            }
        }
        List<ReachBoard.Row<BikramSambatDate>> months = new ArrayList<>();
        Tally<BikramSambatDate> byMonth = queries.byMonth(me, place, from, to);
        for (BikramSambatDate month : period.months()) {
            if (!month.toGregorian().isAfter(today)) {
                months.add(new ReachBoard.Row<>(month, progress(i -> byMonth.at(i, month), Map.of(), elapsed)));
            }
        }
        return new ReachBoard(period, place, today, elapsed, path(place, tree), progress, children, wards,
                months);
    }

    /**
     * The DHIS2 export's figures within a place, each at the place it was counted at: per BS month of the period
     * for a Nepali-calendar DHIS2, with the fiscal year's figures when the period is a year; or per whole Gregorian
     * month for an ISO one ({@link Dhis2DataValues#wholeMonths}: the months that are mostly inside the period).
     */
    public Dhis2DataValues.Figures dhis2(FiscalPeriod period, Place place, Dhis2DataValues.Calendar calendar) {
        PlaceTree tree = queries.tree();
        ReachQueries.Viewer me = viewer();
        requireVisible(place, tree, me.localLevels());
        Map<String, Tally<Place>> months = new LinkedHashMap<>();
        if (calendar == Dhis2DataValues.Calendar.NEPALI) {
            for (BikramSambatDate month : period.months()) {
                LocalDate first = month.toGregorian();
                LocalDate last = BikramSambatDate.of(month.year(), month.month(), month.lengthOfMonth()).toGregorian();
                months.put(Dhis2DataValues.monthly(month.year(), month.month()), within(me, place, tree, first, last));
            }
        } else {
            for (YearMonth month : Dhis2DataValues.wholeMonths(period.start(), period.end())) {
                months.put(Dhis2DataValues.monthly(month.getYear(), month.getMonthValue()),
                        within(me, place, tree, month.atDay(1), month.atEndOfMonth()));
            }
        }
        if (calendar == Dhis2DataValues.Calendar.NEPALI && period.isYear()) {
            return new Dhis2DataValues.Figures(months, Optional.of(Dhis2DataValues.fiscalYear(period.startYear())),
                    within(me, place, tree, period.start(), period.end()));
        }
        return new Dhis2DataValues.Figures(months, Optional.empty(), new Tally<>(Place.ORDER));
    }

    private Tally<Place> within(ReachQueries.Viewer me, Place place, PlaceTree tree, LocalDate from, LocalDate to) {
        Tally<Place> all = queries.reachByLocalLevel(me, from, to, place).byPlace();
        Tally<Place> inside = new Tally<>(Place.ORDER);
        for (Indicator indicator : Indicator.values()) {
            all.of(indicator).forEach((counted, bands) -> {
                if (tree.within(counted, place)) {
                    inside.add(indicator, counted, bands);
                }
            });
        }
        return inside;
    }

    /** The caller's places: what their "programme" figure covers. */
    public Set<Place> myPlaces() {
        return caller.places();
    }

    /** The caller's places and local levels, read once per request and handed to each query. */
    private ReachQueries.Viewer viewer() {
        Set<Place> mine = myPlaces();
        return new ReachQueries.Viewer(mine, geography.localLevelCodesWithin(mine));
    }

    /** The place the caller's dashboard opens at: the only place they hold, or the programme. */
    public Place home() {
        Set<Place> mine = myPlaces();
        return mine.size() == 1 ? mine.iterator().next() : Place.COUNTRY;
    }

    private static List<Progress> progress(Function<Indicator, Bands> reached, Map<Indicator, Long> targets,
                                           double elapsed) {
        List<Progress> progress = new ArrayList<>();
        for (Indicator indicator : Indicator.values()) {
            progress.add(new Progress(indicator, reached.apply(indicator), targets.get(indicator), elapsed));
        }
        return progress;
    }

    private Map<Place, Map<Indicator, Long>> targets(FiscalPeriod period) {
        Map<Place, Map<Indicator, Long>> targets = new HashMap<>();
        em.createQuery("select t from Target t where t.fiscalYear = :y and t.quarter = :q", Target.class)
                .setParameter("y", period.startYear()).setParameter("q", period.quarter()).getResultList()
                .forEach(t -> targets.computeIfAbsent(t.getPlace(), p -> new HashMap<>())
                        .put(t.getIndicator(), t.getValue()));
        return targets;
    }

    /** A place may be shown when it is the programme or holds one of the caller's local levels. */
    private void requireVisible(Place place, PlaceTree tree, Set<Integer> myLevels) {
        if (TargetService.isKnownPlaceBelowProgramme(place, geography)
                && myLevels.stream().noneMatch(level -> tree.within(Place.localLevel(level), place))) {
            throw new RuleViolation("place", "target.place.outside", place);
        }
    }

    /** The places from the top the caller may open down to {@code place}. */
    private static List<Place> path(Place place, PlaceTree tree) {
        LinkedList<Place> path = new LinkedList<>();
        Place step = place;
        path.addFirst(step);
        while (step.getLevel() != PlaceLevel.COUNTRY) {
            step = tree.parent(step);
            path.addFirst(step);
        }
        return List.copyOf(path);
    }

    private static boolean wholeIn(Place place, Set<Place> mine, PlaceTree tree) {
        return mine.stream().anyMatch(m -> tree.within(place, m));
    }
}
