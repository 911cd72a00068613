package org.sachet.reach;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionScoped;
import org.sachet.ambassadors.ActivityStatus;
import org.sachet.ambassadors.AgeBand;
import org.sachet.ambassadors.PlanStatus;
import org.sachet.ambassadors.ResourceSource;
import org.sachet.ambassadors.Sex;
import org.sachet.calendar.NepaliTime;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The youth ambassadors' rows a period's figures are counted from, read once per transaction: a dashboard counts
 * the same period by place, by month and by ward, and each asks here. The rows are read plainly (no grouping,
 * joins made here) because the tables are small beside the sessions and Derby groups and joins by sorting.
 */
@TransactionScoped
public class AmbassadorRecords implements Serializable {

    private static final long serialVersionUID = 1L;

    /** An ambassador as the figures see them: no name, no year beyond what the age band needs. */
    record Person(int localLevel, int ward, Sex sex, Integer birthYear, AgeBand erasedAgeBand, LocalDate selectedOn,
                  LocalDate activeUntil) implements Serializable {

        boolean activeWithin(LocalDate from, LocalDate to) {
            return !selectedOn.isAfter(to) && (activeUntil == null || !activeUntil.isBefore(from));
        }
    }

    /** Something counted at a plan's place on a day: a plan completed, an activity done, rupees received. */
    record Counted(int localLevel, Integer ward, LocalDate day, long amount) implements Serializable {
    }

    /** What a period's figures are counted from. */
    record Period(List<Person> people, List<Counted> plansCompleted, List<Counted> activitiesOnTime,
                  List<Counted> rupeesFromLocalGovernments) implements Serializable {
    }

    private record Place(int localLevel, Integer ward) implements Serializable {
    }

    @PersistenceContext
    private transient EntityManager em;

    private final Map<List<Object>, Period> read = new HashMap<>();
    private final Map<List<Object>, List<Object[]>> ledMonths = new HashMap<>();

    /**
     * The rows of the days from {@code from} to {@code to} in some local levels (null: everywhere), read the
     * first time they are asked for.
     */
    Period between(LocalDate from, LocalDate to, Collection<Integer> localLevels) {
        return read.computeIfAbsent(Arrays.asList(from, to, localLevels == null ? null : Set.copyOf(localLevels)),
                key -> load(from, to, localLevels));
    }

    /**
     * The monthly tally of ambassador-led sessions by venue ({@code LED_SESSION_MONTH}) for BS months
     * {@code months[0]..months[1]}: local level, venue, month, sessions, five sums, five maxima.
     */
    @SuppressWarnings("unchecked")
    List<Object[]> ledMonths(int[] months, Collection<Integer> localLevels) {
        return ledMonths.computeIfAbsent(Arrays.asList(months[0], months[1],
                localLevels == null ? null : Set.copyOf(localLevels)), key -> em.createNativeQuery(
                        "SELECT LOCAL_LEVEL_CODE, VENUE_ID, BS_MONTH, SESSIONS, GIRLS_UNDER_18, BOYS_UNDER_18,"
                        + " WOMEN_ADULT, MEN_ADULT, OTHER_PEOPLE, MOST_GIRLS_UNDER_18, MOST_BOYS_UNDER_18,"
                        + " MOST_WOMEN_ADULT, MOST_MEN_ADULT, MOST_OTHER_PEOPLE FROM LED_SESSION_MONTH"
                        + " WHERE BS_MONTH BETWEEN ? AND ?" + in("LOCAL_LEVEL_CODE", localLevels))
                .setParameter(1, months[0]).setParameter(2, months[1]).getResultList());
    }

    private Period load(LocalDate from, LocalDate to, Collection<Integer> localLevels) {
        List<Person> people = new ArrayList<>();
        em.createQuery("select a.localLevelCode, a.ward, a.sex, a.birthYear, a.erasedAgeBand, a.selectedOn,"
                        + " a.activeUntil from Ambassador a where a.selectedOn <= :to"
                        + " and (a.activeUntil is null or a.activeUntil >= :from)"
                        + in("a.localLevelCode", localLevels), Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList()
                .forEach(a -> people.add(new Person((Integer) a[0], (Integer) a[1], (Sex) a[2], (Integer) a[3],
                        (AgeBand) a[4], (LocalDate) a[5], (LocalDate) a[6])));

        // the plans' places (activities and receipts name only their plan), and the completed ones' day
        Map<Long, Place> places = new HashMap<>();
        List<Counted> completed = new ArrayList<>();
        Instant start = from.atStartOfDay(NepaliTime.ZONE).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(NepaliTime.ZONE).toInstant();
        em.createQuery("select p.id, p.localLevelCode, p.ward, p.status, p.closedAt from ActionPlan p"
                + (localLevels == null ? "" : " where 1 = 1" + in("p.localLevelCode", localLevels)), Object[].class)
                .getResultList().forEach(p -> {
                    Place place = new Place((Integer) p[1], (Integer) p[2]);
                    places.put((Long) p[0], place);
                    Instant closed = (Instant) p[4];
                    if (p[3] == PlanStatus.COMPLETED && closed != null && !closed.isBefore(start)
                            && closed.isBefore(end)) {
                        completed.add(new Counted(place.localLevel(), place.ward(),
                                closed.atZone(NepaliTime.ZONE).toLocalDate(), 1));
                    }
                });

        // read without joins (a plan outside the places is not among them): Derby joins by sorting
        List<Counted> onTime = new ArrayList<>();
        em.createQuery("select a.plan.id, a.doneOn from PlanActivity a where a.status = :done"
                        + " and a.doneOn between :from and :to and a.doneOn <= a.dueOn", Object[].class)
                .setParameter("done", ActivityStatus.DONE).setParameter("from", from).setParameter("to", to)
                .getResultList().forEach(a -> {
                    Place place = places.get((Long) a[0]);
                    if (place != null) {
                        onTime.add(new Counted(place.localLevel(), place.ward(), (LocalDate) a[1], 1));
                    }
                });

        Map<Long, Place> fromLocalGovernments = new HashMap<>();
        em.createQuery("select c.id, c.plan.id from ResourceCommitment c"
                        + " where c.source = :ward or c.source = :municipality", Object[].class)
                .setParameter("ward", ResourceSource.WARD_OFFICE)
                .setParameter("municipality", ResourceSource.MUNICIPALITY).getResultList()
                .forEach(c -> {
                    Place place = places.get((Long) c[1]);
                    if (place != null) {
                        fromLocalGovernments.put((Long) c[0], place);
                    }
                });
        List<Counted> rupees = new ArrayList<>();
        em.createQuery("select r.commitment.id, r.receivedOn, r.amount from ResourceReceipt r"
                        + " where r.receivedOn between :from and :to", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList().forEach(r -> {
                    Place place = fromLocalGovernments.get((Long) r[0]);
                    if (place != null) {
                        rupees.add(new Counted(place.localLevel(), place.ward(), (LocalDate) r[1],
                                ((Number) r[2]).longValue()));
                    }
                });
        return new Period(people, completed, onTime, rupees);
    }

    /** A condition on local levels, their codes written in (whole numbers from the reference data). */
    private static String in(String column, Collection<Integer> localLevels) {
        return localLevels == null ? "" : " and " + column + " in " + localLevels.stream().map(String::valueOf)
                .collect(Collectors.joining(",", "(", ")"));
    }
}
