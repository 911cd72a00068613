package org.sachet.targets;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.sachet.accounts.AccountService;
import org.sachet.calendar.BikramSambatDate;
import org.sachet.geography.GeographyService;
import org.sachet.geography.Place;
import org.sachet.geography.PlaceLevel;
import org.sachet.geography.PlaceTree;
import org.sachet.outreach.SessionKind;
import org.sachet.platform.RuleViolation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Counts reach for a period from the session records, each indicator the way it says it counts, in the places
 * the caller may see: by local level (and so any place above), by ward of one local level, or by BS month.
 * Sessions are summed in the database (each session keeps its local level's code), so the work grows with
 * the groups, not the sessions, once the rows are read.
 */
@Stateless
@RolesAllowed({"ADMIN", "MANAGER", "COORDINATOR"})
public class ReachQueries {

    /** What figures are grouped by: the JPQL for a session's group, and for a class's. */
    private enum Grouping {
        LOCAL_LEVEL("s.localLevelCode"), WARD("s.venue.ward"), DAY("s.heldOn");

        final String sessionKey;

        Grouping(String sessionKey) {
            this.sessionKey = sessionKey;
        }
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountService accounts;

    @Inject
    private GeographyService geography;

    /** The hierarchy the figures roll up through. */
    public PlaceTree tree() {
        return geography.placeTree();
    }

    /** The caller's places: what their "programme" figure covers. */
    public Set<Place> myPlaces() {
        return accounts.me().getPlaces();
    }

    /** The local levels the caller may see. */
    public Set<Integer> myLocalLevels() {
        return geography.localLevelCodesWithin(myPlaces());
    }

    /** Reach between two days (inclusive) in the caller's places, by local level. */
    public Reach reach(LocalDate from, LocalDate to) {
        Set<Place> places = myPlaces();
        PlaceTree tree = tree();
        Reach reach = new Reach(tree);
        Scope scope = scope(places, Place.COUNTRY, tree);
        if (scope.isEmpty()) {
            return reach;
        }
        Tally<Integer> levels = count(Grouping.LOCAL_LEVEL, from, to, scope, key -> (Integer) key);
        for (Indicator indicator : Indicator.values()) {
            levels.of(indicator).forEach((level, bands) -> reach.add(indicator, level, bands));
        }
        for (Object[] row : kitDownloads(from, to, false)) {
            Place place = placeOf(row[0], row[1]);
            if (places.stream().anyMatch(mine -> tree.within(place, mine))) {
                reach.addKitDownloads(place, num(row[2]));
            }
        }
        return reach;
    }

    /** Reach in the wards of one local level of the caller's places (kit downloads have no ward). */
    public Tally<Integer> byWard(int localLevelCode, LocalDate from, LocalDate to) {
        Scope scope = scope(myPlaces(), Place.localLevel(localLevelCode), tree());
        if (scope.isEmpty()) {
            throw new RuleViolation("place", "target.place.outside", Place.localLevel(localLevelCode).toString());
        }
        return count(Grouping.WARD, from, to, scope, key -> (Integer) key);
    }

    /** Reach in a place, limited to the caller's places, by BS month (each month as its first day). */
    public Tally<BikramSambatDate> byMonth(Place place, LocalDate from, LocalDate to) {
        Set<Place> places = myPlaces();
        PlaceTree tree = tree();
        Scope scope = scope(places, place, tree);
        Tally<BikramSambatDate> months = scope.isEmpty() ? new Tally<>()
                : count(Grouping.DAY, from, to, scope, key -> monthOf((LocalDate) key));
        for (Object[] row : kitDownloads(from, to, true)) {
            Place counted = placeOf(row[1], row[2]);
            if (tree.within(counted, place) && places.stream().anyMatch(mine -> tree.within(counted, mine))) {
                months.add(Indicator.KIT_DOWNLOADS, monthOf((LocalDate) row[0]), Bands.events(num(row[3])));
            }
        }
        return months;
    }

    /** The local levels counted: every one ({@code everywhere}), or these codes. */
    private record Scope(boolean everywhere, Set<Integer> localLevels) {
        boolean isEmpty() {
            return !everywhere && localLevels.isEmpty();
        }
    }

    /** The local levels within {@code place} that the caller (with {@code places}) may see. */
    private Scope scope(Set<Place> places, Place place, PlaceTree tree) {
        if (place.equals(Place.COUNTRY) && places.contains(Place.COUNTRY)) {
            return new Scope(true, Set.of());
        }
        Set<Integer> mine = geography.localLevelCodesWithin(places);
        if (!place.equals(Place.COUNTRY)) {
            mine.retainAll(tree.localLevelsWithin(place));
        }
        return new Scope(false, mine);
    }

    private <K extends Comparable<K>> Tally<K> count(Grouping by, LocalDate from, LocalDate to, Scope scope,
                                                     Function<Object, K> key) {
        Tally<K> tally = new Tally<>();
        countSessions(tally, by, from, to, scope, key);
        countParentsGroups(tally, by, from, to, scope, key);
        countCompletions(tally, by, from, to, scope, key);
        return tally;
    }

    private <K extends Comparable<K>> void countSessions(Tally<K> tally, Grouping by, LocalDate from, LocalDate to,
                                                         Scope scope, Function<Object, K> key) {
        List<Object[]> rows = within(em.createQuery("select " + by.sessionKey + ", s.kind, count(s),"
                + " sum(s.participants.girlsUnder18), sum(s.participants.boysUnder18), sum(s.participants.womenAdult),"
                + " sum(s.participants.menAdult), sum(s.participants.other) from OutreachSession s"
                + " where s.heldOn between :from and :to" + scope(scope)
                + " group by " + by.sessionKey + ", s.kind", Object[].class), from, to, scope).getResultList();
        for (Object[] row : rows) {
            SessionKind kind = (SessionKind) row[1];
            Bands bands = new Bands(num(row[3]), num(row[4]), num(row[5]), num(row[6]), num(row[7]), num(row[2]));
            for (Indicator indicator : Indicator.values()) {
                if (indicator.sessionKind().filter(kind::equals).isPresent()) {
                    tally.add(indicator, key.apply(row[0]), indicator.counting() == Counting.EVENTS
                            ? Bands.events(bands.events()) : bands);
                }
            }
        }
    }

    /**
     * Each group's largest attendance in the group (local level, ward or month), band by band: its members,
     * each counted once there.
     */
    private <K extends Comparable<K>> void countParentsGroups(Tally<K> tally, Grouping by, LocalDate from,
                                                              LocalDate to, Scope scope, Function<Object, K> key) {
        List<Object[]> rows = within(em.createQuery("select " + by.sessionKey + ", s.venue.id, count(s),"
                + " max(s.participants.girlsUnder18), max(s.participants.boysUnder18), max(s.participants.womenAdult),"
                + " max(s.participants.menAdult), max(s.participants.other) from OutreachSession s"
                + " where s.kind = :kind and s.heldOn between :from and :to" + scope(scope)
                + " group by " + by.sessionKey + ", s.venue.id", Object[].class), from, to, scope)
                .setParameter("kind", SessionKind.PARENTS_GROUP_MEETING).getResultList();
        // days fold into months, so the maximum is taken again per group and month
        Map<K, Map<Long, Bands>> members = new HashMap<>();
        for (Object[] row : rows) {
            Bands meeting = new Bands(num(row[3]), num(row[4]), num(row[5]), num(row[6]), num(row[7]), num(row[2]));
            members.computeIfAbsent(key.apply(row[0]), k -> new HashMap<>())
                    .merge((Long) row[1], meeting, ReachQueries::largest);
        }
        members.forEach((k, groups) -> groups.values()
                .forEach(bands -> tally.add(Indicator.PARENTS_GROUP_MEMBERS, k, bands)));
    }

    /**
     * Classes that taught their edition's last lesson in the period: their enrolled girls and boys, counted
     * where the class meets, in the month it completed.
     */
    private <K extends Comparable<K>> void countCompletions(Tally<K> tally, Grouping by, LocalDate from,
                                                            LocalDate to, Scope scope, Function<Object, K> key) {
        Map<Long, Long> lessonsPerEdition = new HashMap<>();
        em.createQuery("select l.unit.edition.id, count(l) from Lesson l group by l.unit.edition.id", Object[].class)
                .getResultList().forEach(row -> lessonsPerEdition.put((Long) row[0], (Long) row[1]));
        TypedQuery<Object[]> query = em.createQuery("select c.id, c.edition.id, s.localLevelCode, c.venue.ward,"
                + " c.girls, c.boys, count(distinct s.lesson), max(s.heldOn) from OutreachSession s join s.cohort c"
                + " where s.lesson is not null" + scope(scope)
                + " group by c.id, c.edition.id, s.localLevelCode, c.venue.ward, c.girls, c.boys", Object[].class);
        if (!scope.everywhere()) {
            query.setParameter("scope", scope.localLevels());
        }
        for (Object[] row : query.getResultList()) {
            LocalDate completedOn = (LocalDate) row[7];
            boolean completed = num(row[6]) == lessonsPerEdition.getOrDefault((Long) row[1], -1L);
            if (completed && !completedOn.isBefore(from) && !completedOn.isAfter(to)) {
                Object group = switch (by) {
                    case LOCAL_LEVEL -> row[2];
                    case WARD -> row[3];
                    case DAY -> completedOn;
                };
                tally.add(Indicator.SAS_STUDENTS_COMPLETED, key.apply(group),
                        new Bands(num(row[4]), num(row[5]), 0, 0, 0, 1));
            }
        }
    }

    /** Kit downloads by the place they are counted at, and by day when asked. */
    private List<Object[]> kitDownloads(LocalDate from, LocalDate to, boolean byDay) {
        String day = byDay ? "k.downloadedOn, " : "";
        return em.createQuery("select " + day + "k.placeLevel, k.placeCode, count(k) from KitDownload k"
                        + " where k.downloadedOn between :from and :to group by " + day + "k.placeLevel, k.placeCode",
                        Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    /** An account without a place counts its downloads at the country. */
    private static Place placeOf(Object level, Object code) {
        return level == null || code == null ? Place.COUNTRY : Place.of(PlaceLevel.valueOf((String) level),
                (Integer) code);
    }

    private static BikramSambatDate monthOf(LocalDate day) {
        BikramSambatDate bs = BikramSambatDate.fromGregorian(day);
        return BikramSambatDate.of(bs.year(), bs.month(), 1);
    }

    private static Bands largest(Bands a, Bands b) {
        return new Bands(Math.max(a.girlsUnder18(), b.girlsUnder18()), Math.max(a.boysUnder18(), b.boysUnder18()),
                Math.max(a.womenAdult(), b.womenAdult()), Math.max(a.menAdult(), b.menAdult()),
                Math.max(a.other(), b.other()), a.events() + b.events());
    }

    private static String scope(Scope scope) {
        return scope.everywhere() ? "" : " and s.localLevelCode in :scope";
    }

    private static <T> TypedQuery<T> within(TypedQuery<T> query, LocalDate from, LocalDate to, Scope scope) {
        query.setParameter("from", from).setParameter("to", to);
        return scope.everywhere() ? query : query.setParameter("scope", scope.localLevels());
    }

    private static long num(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
