package org.sachet.reach;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.sachet.ambassadors.ActivityStatus;
import org.sachet.ambassadors.AgeBand;
import org.sachet.ambassadors.PlanStatus;
import org.sachet.ambassadors.ResourceSource;
import org.sachet.ambassadors.Sex;
import org.sachet.calendar.NepaliTime;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts the youth ambassadors' indicators from their own records: people active, plans completed, activities
 * done on time, rupees received from local governments, and the sessions that carried out a plan's activity.
 * The rows are few (ambassadors, plans and their sessions, not every session), so they are read grouped and
 * keyed here; every figure is a count or a sum, never a name.
 */
final class AmbassadorFigures {

    /**
     * Where something counted in a local level and ward on a day goes: a place, a ward or a month; null leaves
     * it out. The ward is null for a plan made for a whole local level.
     */
    interface Grouping<K> {
        K key(int localLevel, Integer ward, LocalDate day);
    }

    /** Days counted as one: the whole period, or one month of it. */
    record Window(LocalDate from, LocalDate to) {
    }

    private final EntityManager em;

    AmbassadorFigures(EntityManager em) {
        this.em = em;
    }

    /**
     * Adds every ambassador indicator to the tally.
     *
     * @param localLevels the local levels counted, or null for everywhere
     * @param windows     the days each active ambassador is counted once in (keyed by the window's first day)
     */
    <K> void count(Tally<K> tally, Collection<Integer> localLevels, LocalDate from, LocalDate to,
                   List<Window> windows, boolean byDay, Grouping<K> grouping) {
        if (localLevels != null && localLevels.isEmpty()) {
            return;
        }
        activeAmbassadors(tally, localLevels, windows, grouping);
        plansCompleted(tally, localLevels, from, to, grouping);
        activitiesOnTime(tally, localLevels, from, to, grouping);
        rupeesFromLocalGovernments(tally, localLevels, from, to, grouping);
        ledSessions(tally, localLevels, from, to, byDay, grouping);
    }

    /** Each person active at some time in a window, once, by sex and the band they are in at its end (or today). */
    private <K> void activeAmbassadors(Tally<K> tally, Collection<Integer> localLevels, List<Window> windows,
                                       Grouping<K> grouping) {
        if (windows.isEmpty()) {
            return;
        }
        LocalDate first = windows.get(0).from();
        LocalDate last = windows.get(windows.size() - 1).to();
        List<Object[]> rows = scoped(em.createQuery("select a.localLevelCode, a.ward, a.sex, a.birthYear,"
                + " a.erasedAgeBand, a.selectedOn, a.activeUntil, count(a) from Ambassador a"
                + " where a.selectedOn <= :last and (a.activeUntil is null or a.activeUntil >= :first)"
                + scope("a.localLevelCode", localLevels) + " group by a.localLevelCode, a.ward, a.sex, a.birthYear,"
                + " a.erasedAgeBand, a.selectedOn, a.activeUntil", Object[].class), localLevels)
                .setParameter("first", first).setParameter("last", last).getResultList();
        LocalDate today = NepaliTime.today();
        for (Window window : windows) {
            LocalDate ageDay = window.to().isAfter(today) ? today : window.to();
            for (Object[] row : rows) {
                LocalDate selected = (LocalDate) row[5];
                LocalDate until = (LocalDate) row[6];
                if (selected.isAfter(window.to()) || until != null && until.isBefore(window.from())) {
                    continue;
                }
                K key = grouping.key((Integer) row[0], (Integer) row[1], window.from());
                if (key != null) {
                    AgeBand band = AgeBand.on((Integer) row[3], (AgeBand) row[4], ageDay);
                    tally.add(Indicator.AMBASSADORS_ACTIVE, key, person((Sex) row[2], band, num(row[7])));
                }
            }
        }
    }

    /** People of one sex and age band in the programme's bands: girls and boys under 18, women and men. */
    static Bands person(Sex sex, AgeBand band, long people) {
        boolean child = band != null && band.isChildren();
        return switch (sex) {
            case FEMALE -> child ? new Bands(people, 0, 0, 0, 0, people) : new Bands(0, 0, people, 0, 0, people);
            case MALE -> child ? new Bands(0, people, 0, 0, 0, people) : new Bands(0, 0, 0, people, 0, people);
            case OTHER -> new Bands(0, 0, 0, 0, people, people);
        };
    }

    /** Plans completed on a day of the period in Nepal, at their place. */
    private <K> void plansCompleted(Tally<K> tally, Collection<Integer> localLevels, LocalDate from, LocalDate to,
                                    Grouping<K> grouping) {
        Instant start = from.atStartOfDay(NepaliTime.ZONE).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(NepaliTime.ZONE).toInstant();
        List<Object[]> rows = scoped(em.createQuery("select p.localLevelCode, p.ward, p.closedAt from ActionPlan p"
                + " where p.status = :completed and p.closedAt >= :start and p.closedAt < :end"
                + scope("p.localLevelCode", localLevels), Object[].class), localLevels)
                .setParameter("completed", PlanStatus.COMPLETED).setParameter("start", start)
                .setParameter("end", end).getResultList();
        for (Object[] row : rows) {
            LocalDate day = ((Instant) row[2]).atZone(NepaliTime.ZONE).toLocalDate();
            K key = grouping.key((Integer) row[0], (Integer) row[1], day);
            if (key != null) {
                tally.add(Indicator.ACTION_PLANS_COMPLETED, key, Bands.events(1));
            }
        }
    }

    /** Activities done on or before their due date, on the day they were done, at their plan's place. */
    private <K> void activitiesOnTime(Tally<K> tally, Collection<Integer> localLevels, LocalDate from,
                                      LocalDate to, Grouping<K> grouping) {
        List<Object[]> rows = scoped(em.createQuery("select a.plan.localLevelCode, a.plan.ward, a.doneOn, count(a)"
                + " from PlanActivity a where a.status = :done and a.doneOn between :from and :to"
                + " and a.doneOn <= a.dueOn" + scope("a.plan.localLevelCode", localLevels)
                + " group by a.plan.localLevelCode, a.plan.ward, a.doneOn", Object[].class), localLevels)
                .setParameter("done", ActivityStatus.DONE).setParameter("from", from).setParameter("to", to)
                .getResultList();
        for (Object[] row : rows) {
            K key = grouping.key((Integer) row[0], (Integer) row[1], (LocalDate) row[2]);
            if (key != null) {
                tally.add(Indicator.PLAN_ACTIVITIES_ON_TIME, key, Bands.events(num(row[3])));
            }
        }
    }

    /** Rupees received from ward offices and municipalities, on the day received, at the plan's place. */
    private <K> void rupeesFromLocalGovernments(Tally<K> tally, Collection<Integer> localLevels, LocalDate from,
                                                LocalDate to, Grouping<K> grouping) {
        List<Object[]> rows = scoped(em.createQuery("select r.commitment.plan.localLevelCode,"
                + " r.commitment.plan.ward, r.receivedOn, count(r), sum(r.amount) from ResourceReceipt r"
                + " where (r.commitment.source = :ward or r.commitment.source = :municipality)"
                + " and r.receivedOn between :from and :to" + scope("r.commitment.plan.localLevelCode", localLevels)
                + " group by r.commitment.plan.localLevelCode, r.commitment.plan.ward, r.receivedOn",
                Object[].class), localLevels)
                .setParameter("ward", ResourceSource.WARD_OFFICE)
                .setParameter("municipality", ResourceSource.MUNICIPALITY)
                .setParameter("from", from).setParameter("to", to).getResultList();
        for (Object[] row : rows) {
            K key = grouping.key((Integer) row[0], (Integer) row[1], (LocalDate) row[2]);
            if (key != null) {
                tally.add(Indicator.NPR_FROM_LOCAL_GOVERNMENTS, key, Bands.rupees(num(row[3]), num(row[4])));
            }
        }
    }

    /**
     * Sessions that carried out a plan's activity: attendances summed, and each venue's largest attendance
     * (band by band) as the people reached. Read from the activities' side, so only their sessions are touched.
     */
    private <K> void ledSessions(Tally<K> tally, Collection<Integer> localLevels, LocalDate from, LocalDate to,
                                 boolean byDay, Grouping<K> grouping) {
        String day = byDay ? ", s.heldOn" : "";
        List<Object[]> rows = scoped(em.createQuery("select s.localLevelCode, s.venue.ward, s.venue.id" + day
                + ", count(s), sum(s.participants.girlsUnder18), sum(s.participants.boysUnder18),"
                + " sum(s.participants.womenAdult), sum(s.participants.menAdult), sum(s.participants.other),"
                + " max(s.participants.girlsUnder18), max(s.participants.boysUnder18),"
                + " max(s.participants.womenAdult), max(s.participants.menAdult), max(s.participants.other)"
                + " from PlanActivity a, OutreachSession s where s.activityId = a.id"
                + " and s.heldOn between :from and :to" + scope("s.localLevelCode", localLevels)
                + " group by s.localLevelCode, s.venue.ward, s.venue.id" + day, Object[].class), localLevels)
                .setParameter("from", from).setParameter("to", to).getResultList();
        int at = byDay ? 4 : 3;
        Map<K, Map<Long, Bands>> largest = new HashMap<>();
        for (Object[] row : rows) {
            K key = grouping.key((Integer) row[0], (Integer) row[1], byDay ? (LocalDate) row[3] : from);
            if (key == null) {
                continue;
            }
            long sessions = num(row[at]);
            tally.add(Indicator.AMBASSADOR_LED_CONTACTS, key, new Bands(num(row[at + 1]), num(row[at + 2]),
                    num(row[at + 3]), num(row[at + 4]), num(row[at + 5]), sessions));
            Bands most = new Bands(num(row[at + 6]), num(row[at + 7]), num(row[at + 8]), num(row[at + 9]),
                    num(row[at + 10]), sessions);
            largest.computeIfAbsent(key, k -> new HashMap<>()).merge(((Number) row[2]).longValue(), most,
                    Bands::largest);
        }
        largest.forEach((key, venues) -> venues.values()
                .forEach(bands -> tally.add(Indicator.AMBASSADOR_LED_PEOPLE, key, bands)));
    }

    private static String scope(String column, Collection<Integer> localLevels) {
        return localLevels == null ? "" : " and " + column + " in :scope";
    }

    private static <T> TypedQuery<T> scoped(TypedQuery<T> query, Collection<Integer> localLevels) {
        return localLevels == null ? query : query.setParameter("scope", new ArrayList<>(localLevels));
    }

    private static long num(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
