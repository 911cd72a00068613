package org.sachet.reach;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.sachet.ambassadors.AgeBand;
import org.sachet.ambassadors.Sex;
import org.sachet.calendar.BikramSambatDate;
import org.sachet.calendar.NepaliTime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Counts the youth ambassadors' indicators: people active, plans completed, activities done on time, rupees
 * received from local governments (from {@link AmbassadorRecords}, read once per transaction), and the sessions
 * that carried out a plan's activity (their monthly tally, or the sessions themselves for wards and part months).
 * Every figure is a count or a sum, never a name.
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
    private final AmbassadorRecords records;

    AmbassadorFigures(EntityManager em, AmbassadorRecords records) {
        this.em = em;
        this.records = records;
    }

    /**
     * Adds every ambassador indicator to the tally.
     *
     * @param localLevels the local levels counted, or null for everywhere
     * @param windows     the days each active ambassador is counted once in (keyed by the window's first day)
     * @param byDay       whether the grouping needs each session's day (months), not only its place
     * @param byWard      whether the grouping needs each session's ward (the monthly tally has none)
     */
    <K> void count(Tally<K> tally, Collection<Integer> localLevels, LocalDate from, LocalDate to,
                   List<Window> windows, boolean byDay, boolean byWard, Grouping<K> grouping) {
        if (localLevels != null && localLevels.isEmpty()) {
            return;
        }
        AmbassadorRecords.Period period = records.between(from, to, localLevels);
        LocalDate today = NepaliTime.today();
        for (Window window : windows) {
            countPeople(tally, period.people(), window, window.to().isAfter(today) ? today : window.to(), grouping);
        }
        for (AmbassadorRecords.Counted done : period.plansCompleted()) {
            add(tally, Indicator.ACTION_PLANS_COMPLETED, done, grouping, Bands.events(1));
        }
        for (AmbassadorRecords.Counted done : period.activitiesOnTime()) {
            add(tally, Indicator.PLAN_ACTIVITIES_ON_TIME, done, grouping, Bands.events(1));
        }
        for (AmbassadorRecords.Counted receipt : period.rupeesFromLocalGovernments()) {
            add(tally, Indicator.NPR_FROM_LOCAL_GOVERNMENTS, receipt, grouping, Bands.rupees(1, receipt.amount()));
        }
        Optional<int[]> months = byWard ? Optional.empty() : ReachQueries.wholeMonths(from, to);
        if (months.isPresent()) {
            talliedSessions(tally, records.ledMonths(months.get(), localLevels), grouping);
        } else {
            ledSessions(tally, localLevels, from, to, byDay, grouping);
        }
    }

    /**
     * The people active at some time in a window, each once, by sex and the band they are in at {@code ageDay}:
     * summed by place and band here, so the tally (and the grouping, which may convert days) is touched once
     * per place, not once per person.
     */
    private static <K> void countPeople(Tally<K> tally, List<AmbassadorRecords.Person> people, Window window,
                                        LocalDate ageDay, Grouping<K> grouping) {
        Map<List<Integer>, long[]> byPlace = new HashMap<>();
        for (AmbassadorRecords.Person person : people) {
            if (person.activeWithin(window.from(), window.to())) {
                Bands one = person(person.sex(), AgeBand.on(person.birthYear(), person.erasedAgeBand(), ageDay), 1);
                long[] bands = byPlace.computeIfAbsent(List.of(person.localLevel(), person.ward()), k -> new long[5]);
                bands[0] += one.girlsUnder18();
                bands[1] += one.boysUnder18();
                bands[2] += one.womenAdult();
                bands[3] += one.menAdult();
                bands[4] += one.other();
            }
        }
        byPlace.forEach((place, b) -> {
            K key = grouping.key(place.get(0), place.get(1), window.from());
            if (key != null) {
                tally.add(Indicator.AMBASSADORS_ACTIVE, key, new Bands(b[0], b[1], b[2], b[3], b[4],
                        b[0] + b[1] + b[2] + b[3] + b[4]));
            }
        });
    }

    private static <K> void add(Tally<K> tally, Indicator indicator, AmbassadorRecords.Counted counted,
                                Grouping<K> grouping, Bands bands) {
        K key = grouping.key(counted.localLevel(), counted.ward(), counted.day());
        if (key != null) {
            tally.add(indicator, key, bands);
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

    /**
     * Sessions that carried out a plan's activity in whole BS months, from their monthly tally by venue
     * ({@code LED_SESSION_MONTH}): a few rows per venue and month, whatever the number of other sessions.
     */
    private static <K> void talliedSessions(Tally<K> tally, List<Object[]> rows, Grouping<K> grouping) {
        Map<K, Map<Long, Bands>> largest = new HashMap<>();
        Map<List<Integer>, Optional<K>> keys = new HashMap<>(); // a venue's local level and month, keyed once
        for (Object[] row : rows) {
            K key = keys.computeIfAbsent(List.of(((Number) row[0]).intValue(), ((Number) row[2]).intValue()),
                    levelAndMonth -> {
                        int month = levelAndMonth.get(1);
                        LocalDate first = BikramSambatDate.of(month / 100, month % 100, 1).toGregorian();
                        return Optional.ofNullable(grouping.key(levelAndMonth.get(0), null, first));
                    }).orElse(null);
            if (key == null) {
                continue;
            }
            long sessions = num(row[3]);
            tally.add(Indicator.AMBASSADOR_LED_CONTACTS, key, new Bands(num(row[4]), num(row[5]), num(row[6]),
                    num(row[7]), num(row[8]), sessions));
            largest.computeIfAbsent(key, k -> new HashMap<>()).merge(((Number) row[1]).longValue(),
                    new Bands(num(row[9]), num(row[10]), num(row[11]), num(row[12]), num(row[13]), sessions),
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
