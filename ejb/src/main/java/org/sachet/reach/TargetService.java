package org.sachet.reach;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sachet.accounts.Account;
import org.sachet.accounts.AccountService;
import org.sachet.accounts.CurrentCaller;
import org.sachet.audit.AuditLog;
import org.sachet.calendar.FiscalPeriod;
import org.sachet.geography.GeographyService;
import org.sachet.geography.Place;
import org.sachet.geography.PlaceTree;
import org.sachet.platform.RuleViolation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Targets, set by managers: for the programme as a whole (the country), or for a place within their own
 * places; read by programme staff. Every change is in the audit trail.
 */
@Stateless
@RolesAllowed({"ADMIN", "MANAGER", "COORDINATOR"})
public class TargetService {

    static final String AUDIT_TYPE = "Target";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentCaller caller;

    @Inject
    private AccountService accounts;

    @Inject
    private GeographyService geography;

    @Inject
    private AuditLog audit;

    private final Clock clock = Clock.systemUTC();

    /**
     * The targets of a fiscal year (the year's and its quarters') for the programme and the caller's places, by
     * indicator, period and place from the top down.
     */
    public List<Target> ofFiscalYear(int fiscalYear) {
        List<Place> mine = List.copyOf(caller.places());
        PlaceTree tree = tree();
        return em.createQuery("select t from Target t where t.fiscalYear = :y", Target.class)
                .setParameter("y", fiscalYear).getResultList().stream()
                .filter(t -> visible(t.getPlace(), mine, tree))
                .sorted(Comparator.comparing(Target::getIndicator).thenComparing(Target::period)
                        .thenComparing(t -> t.getPlace().getLevel()).thenComparing(t -> t.getPlace().getCode()))
                .toList();
    }

    /** Sets (or changes) a target; a value of nothing removes it. */
    @RolesAllowed({"ADMIN", "MANAGER"})
    public Optional<Target> set(Indicator indicator, Place place, FiscalPeriod period, Long value) {
        return store(indicator, place, period, value, accounts.me(), tree());
    }

    private Optional<Target> store(Indicator indicator, Place place, FiscalPeriod period, Long value, Account me,
                                   PlaceTree tree) {
        requirePlace(place, me, tree);
        if (indicator == null) {
            throw new RuleViolation("indicator", "target.indicator.required");
        }
        if (period == null) {
            throw new RuleViolation("period", "target.period.required");
        }
        Optional<Target> existing = find(indicator, place, period);
        if (value == null) {
            existing.ifPresent(t -> {
                em.remove(t);
                audit.record(me.getUsername(), "target.removed", AUDIT_TYPE, t.getId(), describe(t));
            });
            return Optional.empty();
        }
        Target target;
        if (existing.isPresent()) {
            target = existing.get();
            String before = describe(target);
            target.change(value, me.getUsername(), clock.instant());
            audit.record(me.getUsername(), "target.changed", AUDIT_TYPE, target.getId(), before + " → " + value);
        } else {
            target = new Target(indicator, place, period, value, me.getUsername(), clock.instant());
            em.persist(target);
            em.flush();
            audit.record(me.getUsername(), "target.set", AUDIT_TYPE, target.getId(), describe(target));
        }
        return Optional.of(target);
    }

    /** Checks every row of an import as if it were set, setting nothing. */
    @RolesAllowed({"ADMIN", "MANAGER"})
    public List<TargetCsv.Row> checkImport(List<TargetCsv.Row> rows) {
        Account me = accounts.me();
        PlaceTree tree = tree();
        List<TargetCsv.Row> checked = new ArrayList<>();
        for (TargetCsv.Row row : rows) {
            if (!row.isGood()) {
                checked.add(row);
                continue;
            }
            try {
                requirePlace(row.place(), me, tree);
                checked.add(row);
            } catch (RuleViolation violation) {
                checked.add(row.withProblem(violation));
            }
        }
        return checked;
    }

    /** Sets the rows of an import in one transaction: all, refused while a row is bad, or only the good ones. */
    @RolesAllowed({"ADMIN", "MANAGER"})
    public int importRows(List<TargetCsv.Row> rows, boolean goodRowsOnly) {
        List<TargetCsv.Row> checked = checkImport(rows);
        long bad = checked.stream().filter(row -> !row.isGood()).count();
        if (bad > 0 && !goodRowsOnly) {
            throw new RuleViolation("file", "targets.import.hasErrors", bad);
        }
        Account me = accounts.me();
        PlaceTree tree = tree();
        int set = 0;
        for (TargetCsv.Row row : checked) {
            if (row.isGood()) {
                store(row.indicator(), row.place(), row.period(), row.value(), me, tree);
                set++;
            }
        }
        return set;
    }

    private PlaceTree tree() {
        return geography.placeTree();
    }

    private Optional<Target> find(Indicator indicator, Place place, FiscalPeriod period) {
        return em.createQuery("select t from Target t where t.indicator = :i and t.place.level = :l"
                        + " and t.place.code = :c and t.fiscalYear = :y and t.quarter = :q", Target.class)
                .setParameter("i", indicator).setParameter("l", place.getLevel()).setParameter("c", place.getCode())
                .setParameter("y", period.startYear()).setParameter("q", period.quarter())
                .getResultStream().findFirst();
    }

    /** The programme (the country) or a real place within the caller's places. */
    private void requirePlace(Place place, Account me, PlaceTree tree) {
        if (isKnownPlaceBelowProgramme(place, geography) && !visible(place, List.copyOf(caller.places()), tree)) {
            throw new RuleViolation("place", "target.place.outside", place);
        }
    }

    /**
     * Whether a place of a target or a view is a real place below the programme (false: the programme itself);
     * each caller then applies its own rule of whose places it may be.
     *
     * @throws RuleViolation for no place or an unknown one
     */
    static boolean isKnownPlaceBelowProgramme(Place place, GeographyService geography) {
        if (place == null) {
            throw new RuleViolation("place", "target.place.required");
        }
        if (place.equals(Place.COUNTRY)) {
            return false;
        }
        if (!geography.exists(place)) {
            throw new RuleViolation("place", "target.place.unknown", place.toString());
        }
        return true;
    }

    private static boolean visible(Place place, List<Place> mine, PlaceTree tree) {
        return place.equals(Place.COUNTRY) || mine.stream().anyMatch(m -> tree.within(place, m));
    }

    private static String describe(Target t) {
        return t.getIndicator() + " " + t.getPlace() + " " + t.period() + " = " + t.getValue();
    }
}
