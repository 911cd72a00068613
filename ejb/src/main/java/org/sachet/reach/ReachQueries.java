package org.sachet.reach;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.sachet.calendar.BikramSambatDate;
import org.sachet.geography.GeographyService;
import org.sachet.geography.Place;
import org.sachet.geography.PlaceLevel;
import org.sachet.geography.PlaceTree;
import org.sachet.outreach.SessionKind;
import org.sachet.platform.RuleViolation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Counts reach for a period, each indicator the way it says it counts, in the places the caller may see: by
 * district or local level (and so any place above), by ward of one local level, or by BS month. Fiscal years
 * and quarters are whole BS months, and those are read from the monthly tallies the sessions keep
 * ({@code SESSION_TALLY} by district and by local level, {@code PARENTS_GROUP_MONTH} and
 * {@code LISTENING_GROUP_MONTH}, and each class's
 * completion day), so the work grows with places and months, not sessions. Other days (a partial ISO month)
 * and wards are summed from the sessions themselves. Radio broadcasts count in every place their stations' signal
 * reaches, each once ({@link RadioFigures}); like kit downloads, they have no ward.
 */
@Stateless
@RolesAllowed({"ADMIN", "MANAGER", "COORDINATOR"})
public class ReachQueries {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private GeographyService geography;

    @Inject
    private AmbassadorRecords records;

    /** The hierarchy the figures roll up through. */
    public PlaceTree tree() {
        return geography.placeTree();
    }

    /**
     * Whose figures: the caller's places (what their "programme" covers) and the local levels within them, worked
     * out once per request by the caller of these queries.
     */
    public record Viewer(Set<Place> places, Set<Integer> localLevels) implements java.io.Serializable {
    }

    /**
     * The places figures are counted in, none overlapping another: whole districts where the caller sees all
     * of one and the view is above districts, else local levels.
     */
    private record Units(boolean everywhere, Set<Integer> districts, Set<Integer> localLevels, PlaceTree tree) {

        boolean isEmpty() {
            return !everywhere && districts.isEmpty() && localLevels.isEmpty();
        }

        /** The unit a local level's figures go to, or null outside the units. */
        Place of(int localLevel) {
            int district = tree.districtOf(localLevel);
            if (everywhere || districts.contains(district)) {
                return Place.district(district);
            }
            return localLevels.contains(localLevel) ? Place.localLevel(localLevel) : null;
        }

        /** Every local level inside the units (empty when everywhere: no limit). */
        Set<Integer> allLocalLevels() {
            Set<Integer> all = new TreeSet<>(localLevels);
            for (int district : districts) {
                all.addAll(tree.localLevelsWithin(Place.district(district)));
            }
            return all;
        }
    }

    private Units units(Viewer viewer, Place within, PlaceTree tree, boolean byLocalLevel) {
        boolean aboveDistricts = !byLocalLevel
                && (within.getLevel() == PlaceLevel.COUNTRY || within.getLevel() == PlaceLevel.PROVINCE);
        if (aboveDistricts && within.equals(Place.COUNTRY) && viewer.places().contains(Place.COUNTRY)) {
            return new Units(true, Set.of(), Set.of(), tree);
        }
        Set<Integer> levels = new TreeSet<>(viewer.localLevels());
        if (!within.equals(Place.COUNTRY)) {
            levels.retainAll(tree.localLevelsWithin(within));
        }
        if (!aboveDistricts) {
            return new Units(false, Set.of(), levels, tree);
        }
        Map<Integer, List<Integer>> byDistrict = levels.stream().collect(Collectors.groupingBy(tree::districtOf));
        Set<Integer> districts = new TreeSet<>();
        Set<Integer> partial = new TreeSet<>();
        byDistrict.forEach((district, inside) -> {
            if (inside.size() == tree.localLevelCount(district)) {
                districts.add(district);
            } else {
                partial.addAll(inside);
            }
        });
        return new Units(false, districts, partial, tree);
    }

    /**
     * Reach between two days in the caller's places within a place: counted by district above districts, by
     * local level inside one.
     */
    public Reach reach(Viewer viewer, LocalDate from, LocalDate to, Place within) {
        return reach(viewer, from, to, within, false);
    }

    /** Reach in the caller's places within a place, counted by local level (what a DHIS2 export sends). */
    public Reach reachByLocalLevel(Viewer viewer, LocalDate from, LocalDate to, Place within) {
        return reach(viewer, from, to, within, true);
    }

    private Reach reach(Viewer viewer, LocalDate from, LocalDate to, Place within, boolean byLocalLevel) {
        PlaceTree tree = tree();
        Reach reach = new Reach(tree);
        Units units = units(viewer, within, tree, byLocalLevel);
        if (!units.isEmpty()) {
            Tally<Place> counted = new Tally<>(Place.ORDER);
            count(counted, units, from, to, false, units::of, null);
            new AmbassadorFigures(em, records).count(counted, scopeOf(units), from, to,
                    List.of(new AmbassadorFigures.Window(from, to)), false, false,
                    (level, ward, day) -> units.of(level));
            for (Indicator indicator : Indicator.values()) {
                counted.of(indicator).forEach((place, bands) -> reach.add(indicator, place, bands));
            }
        }
        for (Object[] row : kitDownloads(from, to, false)) {
            Place place = placeOf(row[0], row[1]);
            if (tree.within(place, within) && viewer.places().stream().anyMatch(m -> tree.within(place, m))) {
                reach.addKitDownloads(place, num(row[2]));
            }
        }
        new RadioFigures(em, tree).count(from, to, visible(viewer, within, tree), reach);
        return reach;
    }

    /** Reach in the wards of one local level of the caller's places (kit downloads have no ward). */
    public Tally<Integer> byWard(Viewer viewer, int localLevelCode, LocalDate from, LocalDate to) {
        Place level = Place.localLevel(localLevelCode);
        if (!viewer.localLevels().contains(localLevelCode)) {
            throw new RuleViolation("place", "target.place.outside", level);
        }
        Tally<Integer> wards = new Tally<>();
        Units one = new Units(false, Set.of(), Set.of(localLevelCode), tree());
        // one pass over the local level's sessions (read by its code and days): sums and maxima per venue and kind
        List<Object[]> venues = em.createQuery("select s.venue.ward, s.venue.id, s.kind, count(s),"
                        + " sum(s.participants.girlsUnder18), sum(s.participants.boysUnder18),"
                        + " sum(s.participants.womenAdult), sum(s.participants.menAdult), sum(s.participants.other),"
                        + " max(s.participants.girlsUnder18), max(s.participants.boysUnder18),"
                        + " max(s.participants.womenAdult), max(s.participants.menAdult), max(s.participants.other)"
                        + " from OutreachSession s where s.localLevelCode = :level and s.heldOn between :from and :to"
                        + " group by s.venue.ward, s.venue.id, s.kind", Object[].class)
                .setParameter("level", localLevelCode).setParameter("from", from).setParameter("to", to)
                .getResultList();
        List<Object[]> sums = new ArrayList<>();
        Map<Indicator, List<Object[]>> groups = new java.util.EnumMap<>(Indicator.class);
        for (Object[] v : venues) {
            sums.add(new Object[]{v[0], v[2], v[3], v[4], v[5], v[6], v[7], v[8]});
            Indicator members = GROUP_MEMBERS.get((SessionKind) v[2]);
            if (members != null) {
                groups.computeIfAbsent(members, i -> new ArrayList<>())
                        .add(new Object[]{v[0], v[1], v[3], v[9], v[10], v[11], v[12], v[13]});
            }
        }
        addSessions(wards, sums, k -> (Integer) k);
        groups.forEach((members, rows) -> addGroups(wards, members, rows, k -> (Integer) k));
        countCompletions(wards, one, from, to, row -> (Integer) row[1]);
        new AmbassadorFigures(em, records).count(wards, Set.of(localLevelCode), from, to,
                List.of(new AmbassadorFigures.Window(from, to)), false, true, (code, ward, day) -> ward);
        return wards;
    }

    /** Reach in a place, limited to the caller's places, by BS month (each month as its first day). */
    public Tally<BikramSambatDate> byMonth(Viewer viewer, Place place, LocalDate from, LocalDate to) {
        PlaceTree tree = tree();
        Units units = units(viewer, place, tree, false);
        Tally<BikramSambatDate> months = new Tally<>();
        if (!units.isEmpty()) {
            count(months, units, from, to, true, level -> null, ReachQueries::monthOf);
            new AmbassadorFigures(em, records).count(months, scopeOf(units), from, to, monthWindows(from, to), true, false,
                    (level, ward, day) -> units.of(level) == null ? null : monthOf(day));
        }
        for (Object[] row : kitDownloads(from, to, true)) {
            Place counted = placeOf(row[1], row[2]);
            if (tree.within(counted, place) && viewer.places().stream().anyMatch(m -> tree.within(counted, m))) {
                months.add(Indicator.KIT_DOWNLOADS, monthOf((LocalDate) row[0]), Bands.events(num(row[3])));
            }
        }
        new RadioFigures(em, tree).countByMonth(from, to, visible(viewer, place, tree), place, months);
        return months;
    }

    /** The kinds whose people are counted once, each group's largest attendance, and their indicators. */
    private static final Map<SessionKind, Indicator> GROUP_MEMBERS = Map.of(
            SessionKind.PARENTS_GROUP_MEETING, Indicator.PARENTS_GROUP_MEMBERS,
            SessionKind.RADIO_LISTENING_GROUP, Indicator.RADIO_LISTENING_PEOPLE);

    /** Their monthly tallies (kept by outreach's SessionTallies). */
    private static final Map<Indicator, String> GROUP_TABLES = Map.of(
            Indicator.PARENTS_GROUP_MEMBERS, "PARENTS_GROUP_MONTH",
            Indicator.RADIO_LISTENING_PEOPLE, "LISTENING_GROUP_MONTH");

    /**
     * Counts sessions, parents' groups and completions into a tally keyed by unit (by month when
     * {@code byMonth}; {@code monthKey} turns a BS month number or a day into the key).
     */
    @SuppressWarnings("unchecked")
    private <K> void count(Tally<K> tally, Units units, LocalDate from, LocalDate to, boolean byMonth,
                           Function<Integer, Place> unitOf, Function<Object, BikramSambatDate> monthKey) {
        Function<Object, K> byLevel = level -> (K) unitOf.apply(((Number) level).intValue());
        Function<Object, K> byMonthKey = month -> (K) monthKey.apply(month);
        Optional<int[]> months = wholeMonths(from, to);
        if (months.isPresent()) {
            String group = byMonth ? "BS_MONTH" : "PLACE_CODE";
            for (String level : List.of("DISTRICT", "LOCAL_LEVEL")) {
                Collection<Integer> codes = level.equals("DISTRICT") ? units.districts() : units.localLevels();
                boolean all = units.everywhere() && level.equals("DISTRICT");
                if (!all && codes.isEmpty()) {
                    continue;
                }
                Function<Object, K> key = byMonth ? byMonthKey : code -> (K) (level.equals("DISTRICT")
                        ? Place.district(((Number) code).intValue()) : Place.localLevel(((Number) code).intValue()));
                // the rows are few (places × months × kinds) and summed here: Derby sorts to group
                addSessions(tally, nativeRows("SELECT " + group + ", KIND, SESSIONS, GIRLS_UNDER_18,"
                        + " BOYS_UNDER_18, WOMEN_ADULT, MEN_ADULT, OTHER_PEOPLE FROM SESSION_TALLY"
                        + " WHERE PLACE_LEVEL = '" + level + "'" + (all ? "" : " AND PLACE_CODE IN " + list(codes))
                        + " AND BS_MONTH BETWEEN ? AND ?", months.get()), key);
            }
            String groupLevel = byMonth ? "BS_MONTH" : "LOCAL_LEVEL_CODE";
            GROUP_TABLES.forEach((members, table) -> addGroups(tally, members, nativeRows("SELECT " + groupLevel
                    + ", VENUE_ID, MEETINGS, GIRLS_UNDER_18, BOYS_UNDER_18, WOMEN_ADULT, MEN_ADULT, OTHER_PEOPLE FROM "
                    + table + " WHERE BS_MONTH BETWEEN ? AND ?"
                    + (units.everywhere() ? "" : " AND LOCAL_LEVEL_CODE IN " + list(units.allLocalLevels())),
                    months.get()), byMonth ? byMonthKey : byLevel));
        } else {
            String group = byMonth ? "s.heldOn" : "s.localLevelCode";
            addSessions(tally, scoped(em.createQuery("select " + group + ", s.kind, count(s),"
                    + " sum(s.participants.girlsUnder18), sum(s.participants.boysUnder18), sum(s.participants.womenAdult),"
                    + " sum(s.participants.menAdult), sum(s.participants.other) from OutreachSession s"
                    + " where s.heldOn between :from and :to" + scope(units)
                    + " group by " + group + ", s.kind", Object[].class), from, to, units).getResultList(),
                    byMonth ? byMonthKey : byLevel);
            GROUP_MEMBERS.forEach((kind, members) -> addGroups(tally, members, scoped(em.createQuery("select "
                    + group + ", s.venue.id, count(s), max(s.participants.girlsUnder18),"
                    + " max(s.participants.boysUnder18), max(s.participants.womenAdult),"
                    + " max(s.participants.menAdult), max(s.participants.other) from OutreachSession s"
                    + " where s.kind = :kind and s.heldOn between :from and :to" + scope(units)
                    + " group by " + group + ", s.venue.id", Object[].class), from, to, units)
                    .setParameter("kind", kind).getResultList(), byMonth ? byMonthKey : byLevel));
        }
        countCompletions(tally, units, from, to, byMonth ? row -> byMonthKey.apply(row[4])
                : row -> byLevel.apply(row[0]));
    }

    /**
     * The BS months ({@code 208304}) that the days cover exactly: from a month's first day to a month's last.
     * Fiscal years and quarters always do.
     */
    static Optional<int[]> wholeMonths(LocalDate from, LocalDate to) {
        BikramSambatDate first = BikramSambatDate.fromGregorian(from);
        BikramSambatDate last = BikramSambatDate.fromGregorian(to);
        if (first.day() != 1 || last.day() != last.lengthOfMonth() || from.isAfter(to)) {
            return Optional.empty();
        }
        return Optional.of(new int[]{first.year() * 100 + first.month(), last.year() * 100 + last.month()});
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> nativeRows(String sql, int[] months) {
        return em.createNativeQuery(sql).setParameter(1, months[0]).setParameter(2, months[1]).getResultList();
    }

    /** Codes as an SQL list: whole numbers from the reference data, so they are written in. */
    private static String list(Collection<Integer> codes) {
        return codes.stream().map(code -> Integer.toString(code)).collect(Collectors.joining(",", "(", ")"));
    }

    /** Rows of group, kind, sessions and the five band sums (a group outside the units is left out). */
    private static <K> void addSessions(Tally<K> tally, List<Object[]> rows, Function<Object, K> key) {
        for (Object[] row : rows) {
            K group = key.apply(row[0]);
            if (group == null) {
                continue;
            }
            SessionKind kind = row[1] instanceof SessionKind k ? k : SessionKind.valueOf((String) row[1]);
            Bands bands = new Bands(num(row[3]), num(row[4]), num(row[5]), num(row[6]), num(row[7]), num(row[2]));
            for (Indicator indicator : Indicator.values()) {
                if (indicator.sessionKind().filter(kind::equals).isPresent()) {
                    tally.add(indicator, group, indicator.counting() == Counting.EVENTS
                            ? Bands.events(bands.events()) : bands);
                }
            }
        }
    }

    /**
     * Rows of group, venue, meetings and the five band maxima: each group's largest attendance there, band by
     * band, its members counted once. Several rows of one group and key (days or months folded together) give
     * their maxima again.
     */
    private static <K> void addGroups(Tally<K> tally, Indicator members, List<Object[]> rows,
                                      Function<Object, K> key) {
        Map<K, Map<Long, Bands>> largest = new HashMap<>();
        for (Object[] row : rows) {
            K group = key.apply(row[0]);
            if (group == null) {
                continue;
            }
            Bands meeting = new Bands(num(row[3]), num(row[4]), num(row[5]), num(row[6]), num(row[7]), num(row[2]));
            largest.computeIfAbsent(group, k -> new HashMap<>())
                    .merge(((Number) row[1]).longValue(), meeting, Bands::largest);
        }
        largest.forEach((k, groups) -> groups.values().forEach(bands -> tally.add(members, k, bands)));
    }

    /**
     * Classes that taught their edition's last lesson in the period: their enrolled girls and boys, counted
     * where the class meets, on the day it completed. Rows: local level, ward, girls, boys, completion day.
     */
    private <K> void countCompletions(Tally<K> tally, Units units, LocalDate from, LocalDate to,
                                      Function<Object[], K> key) {
        TypedQuery<Object[]> query = em.createQuery("select c.venue.localLevelCode, c.venue.ward, c.girls, c.boys,"
                + " c.completedOn from Cohort c where c.completedOn between :from and :to", Object[].class);
        Set<Integer> inside = units.everywhere() ? null : units.allLocalLevels();
        for (Object[] row : query.setParameter("from", from).setParameter("to", to).getResultList()) {
            if (inside != null && !inside.contains((Integer) row[0])) {
                continue;
            }
            K group = key.apply(row);
            if (group != null) {
                tally.add(Indicator.SAS_STUDENTS_COMPLETED, group, new Bands(num(row[2]), num(row[3]), 0, 0, 0, 1));
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

    /** A day, or a BS month number (208304), as the first day of its BS month. */
    private static BikramSambatDate monthOf(Object dayOrMonth) {
        if (dayOrMonth instanceof LocalDate day) {
            BikramSambatDate bs = BikramSambatDate.fromGregorian(day);
            return BikramSambatDate.of(bs.year(), bs.month(), 1);
        }
        int month = ((Number) dayOrMonth).intValue();
        return BikramSambatDate.of(month / 100, month % 100, 1);
    }

    /** The caller's local levels within a place (null: every local level, for a caller of the whole country). */
    private static Set<Integer> visible(Viewer viewer, Place within, PlaceTree tree) {
        if (viewer.places().contains(Place.COUNTRY) && within.equals(Place.COUNTRY)) {
            return null;
        }
        Set<Integer> levels = new TreeSet<>(viewer.localLevels());
        if (!within.equals(Place.COUNTRY)) {
            levels.retainAll(tree.localLevelsWithin(within));
        }
        return levels;
    }

    /** The local levels the units cover, or null for everywhere. */
    private static Set<Integer> scopeOf(Units units) {
        return units.everywhere() ? null : units.allLocalLevels();
    }

    /** The BS months between two days, each cut to the days asked for. */
    static List<AmbassadorFigures.Window> monthWindows(LocalDate from, LocalDate to) {
        List<AmbassadorFigures.Window> windows = new ArrayList<>();
        LocalDate start = from;
        while (!start.isAfter(to)) {
            BikramSambatDate bs = BikramSambatDate.fromGregorian(start);
            LocalDate monthEnd = BikramSambatDate.of(bs.year(), bs.month(), bs.lengthOfMonth()).toGregorian();
            LocalDate end = monthEnd.isAfter(to) ? to : monthEnd;
            windows.add(new AmbassadorFigures.Window(start, end));
            start = end.plusDays(1);
        }
        return windows;
    }

    private static String scope(Units units) {
        return units.everywhere() ? "" : " and s.localLevelCode in :scope";
    }

    private static <T> TypedQuery<T> scoped(TypedQuery<T> query, LocalDate from, LocalDate to, Units units) {
        query.setParameter("from", from).setParameter("to", to);
        return units.everywhere() ? query : query.setParameter("scope", new ArrayList<>(units.allLocalLevels()));
    }

    private static long num(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
