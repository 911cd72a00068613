package org.sachet.reach;

import jakarta.persistence.EntityManager;
import org.sachet.calendar.BikramSambatDate;
import org.sachet.calendar.NepaliTime;
import org.sachet.geography.Place;
import org.sachet.geography.PlaceLevel;
import org.sachet.geography.PlaceTree;
import org.sachet.radio.AsRun;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Radio broadcasts as reach. A signal has no venue: a broadcast is heard in every local level its station
 * covers, so a place's figures are those of the stations covering one of its local levels (of the caller's), each
 * broadcast, episode and local level counted once in the place however many of its parts heard it. Such figures
 * do not add up across places (a station heard in two districts counts in each and once in their province), so
 * they are given to the reach for each place exactly:
 * <ul>
 * <li>broadcasts planned (slots that stand: aired, not aired or still to confirm; a moved slot counts where it
 * went) and broadcasts aired, by the day they were on air;</li>
 * <li>episodes aired at least once;</li>
 * <li>local levels under the signal of a station that aired something.</li>
 * </ul>
 */
final class RadioFigures {

    private final EntityManager em;
    private final PlaceTree tree;

    RadioFigures(EntityManager em, PlaceTree tree) {
        this.em = em;
        this.tree = tree;
    }

    private record Slot(long id, long station, long episode, LocalDate day, AsRun asRun) {
    }

    /** What one place heard: the slots that stood and aired, the episodes aired, the local levels covered. */
    private static final class Heard {
        final Set<Long> planned = new HashSet<>();
        final Set<Long> aired = new HashSet<>();
        final Set<Long> episodes = new HashSet<>();
        final Set<Integer> levels = new HashSet<>();

        void add(Slot slot, Set<Integer> coveredHere) {
            planned.add(slot.id());
            if (slot.asRun() == AsRun.AIRED) {
                aired.add(slot.id());
                episodes.add(slot.episode());
                levels.addAll(coveredHere);
            }
        }

        void into(Function<Indicator, java.util.function.Consumer<Bands>> sink) {
            sink.apply(Indicator.RADIO_BROADCASTS_PLANNED).accept(Bands.events(planned.size()));
            sink.apply(Indicator.RADIO_BROADCASTS_AIRED).accept(Bands.events(aired.size()));
            sink.apply(Indicator.RADIO_EPISODES_AIRED).accept(Bands.events(episodes.size()));
            sink.apply(Indicator.RADIO_LOCAL_LEVELS_COVERED).accept(Bands.events(levels.size()));
        }
    }

    /**
     * Every place's figures between two days (Nepal), from the stations covering the local levels given, into
     * the reach: each local level they cover, and every place above one.
     */
    void count(LocalDate from, LocalDate to, Set<Integer> visible, Reach reach) {
        Map<Long, Set<Integer>> coverage = coverage(visible);
        Map<Place, Heard> byPlace = new HashMap<>();
        Map<Long, Map<Place, Set<Integer>>> placesOfStation = new HashMap<>();
        coverage.forEach((station, levels) -> {
            Map<Place, Set<Integer>> places = new HashMap<>();
            for (int level : levels) {
                for (Place place = Place.localLevel(level); ; place = tree.parent(place)) {
                    places.computeIfAbsent(place, p -> new HashSet<>()).add(level);
                    if (place.getLevel() == PlaceLevel.COUNTRY) {
                        break;
                    }
                }
            }
            placesOfStation.put(station, places);
        });
        for (Slot slot : slots(from, to)) {
            Map<Place, Set<Integer>> places = placesOfStation.get(slot.station());
            if (places != null) {
                places.forEach((place, levels) -> byPlace.computeIfAbsent(place, p -> new Heard()).add(slot, levels));
            }
        }
        byPlace.forEach((place, heard) -> heard.into(indicator -> bands -> reach.exactly(indicator, place, bands)));
    }

    /** One place's figures month by month (each BS month as its first day). */
    void countByMonth(LocalDate from, LocalDate to, Set<Integer> visible, Place place,
                      Tally<BikramSambatDate> months) {
        Map<Long, Set<Integer>> coverage = coverage(visible);
        Map<Long, Set<Integer>> inPlace = new HashMap<>();
        coverage.forEach((station, levels) -> {
            Set<Integer> here = new HashSet<>();
            for (int level : levels) {
                if (tree.within(Place.localLevel(level), place)) {
                    here.add(level);
                }
            }
            if (!here.isEmpty()) {
                inPlace.put(station, here);
            }
        });
        Map<BikramSambatDate, Heard> byMonth = new TreeMap<>();
        for (Slot slot : slots(from, to)) {
            Set<Integer> here = inPlace.get(slot.station());
            if (here != null) {
                BikramSambatDate day = BikramSambatDate.fromGregorian(slot.day());
                byMonth.computeIfAbsent(BikramSambatDate.of(day.year(), day.month(), 1), m -> new Heard())
                        .add(slot, here);
            }
        }
        byMonth.forEach((month, heard) -> heard.into(indicator -> bands -> months.add(indicator, month, bands)));
    }

    /** Each station's covered local levels among those given (null: all); stations covering none are left out. */
    private Map<Long, Set<Integer>> coverage(Set<Integer> visible) {
        Map<Long, Set<Integer>> coverage = new HashMap<>();
        for (Object[] row : em.createQuery("select s.id, l from Station s join s.localLevels l", Object[].class)
                .getResultList()) {
            if (visible == null || visible.contains((Integer) row[1])) {
                coverage.computeIfAbsent((Long) row[0], id -> new HashSet<>()).add((Integer) row[1]);
            }
        }
        return coverage;
    }

    /** The slots on air between two days (Nepal), moved ones left out: they count where they went. */
    private List<Slot> slots(LocalDate from, LocalDate to) {
        Instant start = from.atStartOfDay(NepaliTime.ZONE).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(NepaliTime.ZONE).toInstant();
        List<Slot> slots = new ArrayList<>();
        for (Object[] row : em.createQuery("select b.id, b.station.id, b.episode.id, b.startsAt, b.asRun"
                        + " from BroadcastSlot b where b.startsAt >= :from and b.startsAt < :to", Object[].class)
                .setParameter("from", start).setParameter("to", end).getResultList()) {
            if (row[4] != AsRun.RESCHEDULED) {
                slots.add(new Slot((Long) row[0], (Long) row[1], (Long) row[2],
                        LocalDate.ofInstant((Instant) row[3], NepaliTime.ZONE), (AsRun) row[4]));
            }
        }
        return slots;
    }
}
