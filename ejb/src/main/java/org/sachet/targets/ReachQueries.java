package org.sachet.targets;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.sachet.accounts.AccountService;
import org.sachet.geography.GeographyService;
import org.sachet.geography.Place;
import org.sachet.geography.PlaceTree;
import org.sachet.geography.PlaceLevel;
import org.sachet.outreach.SessionKind;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts reach for a period from the session records, each indicator the way it says it counts, in the places
 * the caller may see. Sessions are summed in the database by local level (its code is kept on every session),
 * so the work grows with the local levels, not the sessions, once the rows are read.
 */
@Stateless
@RolesAllowed({"ADMIN", "MANAGER", "COORDINATOR"})
public class ReachQueries {

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

    /** Reach between two days (inclusive) in the caller's places. */
    public Reach reach(LocalDate from, LocalDate to) {
        Set<Place> places = myPlaces();
        return reach(from, to, places, tree());
    }

    Reach reach(LocalDate from, LocalDate to, Set<Place> places, PlaceTree tree) {
        boolean everywhere = places.contains(Place.COUNTRY);
        Set<Integer> scope = everywhere ? Set.of() : geography.localLevelCodesWithin(places);
        Reach reach = new Reach(tree);
        if (!everywhere && scope.isEmpty()) {
            return reach;
        }
        countSessions(reach, from, to, everywhere, scope);
        countParentsGroups(reach, from, to, everywhere, scope);
        countCompletions(reach, from, to, everywhere, scope);
        countKitDownloads(reach, from, to, places, tree);
        return reach;
    }

    private void countSessions(Reach reach, LocalDate from, LocalDate to, boolean everywhere, Set<Integer> scope) {
        List<Object[]> rows = within(em.createQuery("select s.localLevelCode, s.kind, count(s),"
                + " sum(s.participants.girlsUnder18), sum(s.participants.boysUnder18), sum(s.participants.womenAdult),"
                + " sum(s.participants.menAdult), sum(s.participants.other) from OutreachSession s"
                + " where s.heldOn between :from and :to" + (everywhere ? "" : " and s.localLevelCode in :scope")
                + " group by s.localLevelCode, s.kind", Object[].class), from, to, everywhere, scope).getResultList();
        for (Object[] row : rows) {
            SessionKind kind = (SessionKind) row[1];
            Bands bands = new Bands(num(row[3]), num(row[4]), num(row[5]), num(row[6]), num(row[7]), num(row[2]));
            for (Indicator indicator : Indicator.values()) {
                if (indicator.sessionKind().filter(kind::equals).isPresent()) {
                    reach.add(indicator, (Integer) row[0], indicator.counting() == Counting.EVENTS
                            ? Bands.events(bands.events()) : bands);
                }
            }
        }
    }

    /** Each group's largest attendance in the period, band by band: its members, each counted once. */
    private void countParentsGroups(Reach reach, LocalDate from, LocalDate to, boolean everywhere,
                                    Set<Integer> scope) {
        List<Object[]> rows = within(em.createQuery("select s.localLevelCode, s.venue.id, count(s),"
                + " max(s.participants.girlsUnder18), max(s.participants.boysUnder18), max(s.participants.womenAdult),"
                + " max(s.participants.menAdult), max(s.participants.other) from OutreachSession s"
                + " where s.kind = :kind and s.heldOn between :from and :to"
                + (everywhere ? "" : " and s.localLevelCode in :scope")
                + " group by s.localLevelCode, s.venue.id", Object[].class), from, to, everywhere, scope)
                .setParameter("kind", SessionKind.PARENTS_GROUP_MEETING).getResultList();
        for (Object[] row : rows) {
            reach.add(Indicator.PARENTS_GROUP_MEMBERS, (Integer) row[0],
                    new Bands(num(row[3]), num(row[4]), num(row[5]), num(row[6]), num(row[7]), num(row[2])));
        }
    }

    /** Classes that taught their edition's last lesson in the period: their enrolled girls and boys. */
    private void countCompletions(Reach reach, LocalDate from, LocalDate to, boolean everywhere,
                                  Set<Integer> scope) {
        Map<Long, Long> lessonsPerEdition = new HashMap<>();
        em.createQuery("select l.unit.edition.id, count(l) from Lesson l group by l.unit.edition.id", Object[].class)
                .getResultList().forEach(row -> lessonsPerEdition.put((Long) row[0], (Long) row[1]));
        TypedQuery<Object[]> query = em.createQuery("select c.id, c.edition.id, s.localLevelCode, c.girls, c.boys,"
                + " count(distinct s.lesson), max(s.heldOn) from OutreachSession s join s.cohort c"
                + " where s.lesson is not null" + (everywhere ? "" : " and s.localLevelCode in :scope")
                + " group by c.id, c.edition.id, s.localLevelCode, c.girls, c.boys", Object[].class);
        if (!everywhere) {
            query.setParameter("scope", scope);
        }
        for (Object[] row : query.getResultList()) {
            LocalDate completedOn = (LocalDate) row[6];
            boolean completed = num(row[5]) == lessonsPerEdition.getOrDefault((Long) row[1], -1L);
            if (completed && !completedOn.isBefore(from) && !completedOn.isAfter(to)) {
                reach.add(Indicator.SAS_STUDENTS_COMPLETED, (Integer) row[2],
                        new Bands(num(row[3]), num(row[4]), 0, 0, 0, 1));
            }
        }
    }

    /** Kit downloads counted at places inside the caller's places (an account without a place: the country). */
    private void countKitDownloads(Reach reach, LocalDate from, LocalDate to, Collection<Place> places,
                                   PlaceTree tree) {
        List<Object[]> rows = em.createQuery("select k.placeLevel, k.placeCode, count(k) from KitDownload k"
                        + " where k.downloadedOn between :from and :to group by k.placeLevel, k.placeCode", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList();
        for (Object[] row : rows) {
            Place place = row[0] == null || row[1] == null ? Place.COUNTRY
                    : Place.of(PlaceLevel.valueOf((String) row[0]), (Integer) row[1]);
            if (places.stream().anyMatch(mine -> tree.within(place, mine))) {
                reach.addKitDownloads(place, num(row[2]));
            }
        }
    }

    private static <T> TypedQuery<T> within(TypedQuery<T> query, LocalDate from, LocalDate to, boolean everywhere,
                                            Set<Integer> scope) {
        query.setParameter("from", from).setParameter("to", to);
        return everywhere ? query : query.setParameter("scope", scope);
    }

    private static long num(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
