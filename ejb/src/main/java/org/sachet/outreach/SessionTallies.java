package org.sachet.outreach;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.sachet.calendar.BikramSambatDate;
import org.sachet.curriculum.CurriculumService;
import org.sachet.geography.GeographyService;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Keeps the reach tallies in step with the sessions, in the session's own transaction: sessions summed by
 * place (the local level, and its district), BS month and kind ({@code SESSION_TALLY}); each parents' group's
 * and radio listening group's largest attendance per month ({@code PARENTS_GROUP_MONTH},
 * {@code LISTENING_GROUP_MONTH}); the sessions that carried out a youth ambassadors'
 * plan activity by venue and month, summed and with their largest attendance ({@code LED_SESSION_MONTH}). A new
 * session only adds to its rows: two written at once queue on a row they share and never read each other's. A
 * corrected group meeting or ambassador-led session has its venue's month counted again from its
 * sessions, since a lowered figure may lower the maximum.
 */
@Stateless
public class SessionTallies {

    private static final Logger LOG = Logger.getLogger(SessionTallies.class.getName());

    @Inject
    private CurriculumService curriculum;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private GeographyService geography;

    /** A row of SESSION_TALLY, ordered as its primary key (rows are always taken in this order). */
    private record Row(String placeLevel, int placeCode, int bsMonth, String kind) implements Comparable<Row> {
        private static final Comparator<Row> ORDER = Comparator.comparing(Row::placeLevel)
                .thenComparingInt(Row::placeCode).thenComparingInt(Row::bsMonth).thenComparing(Row::kind);

        @Override
        public int compareTo(Row other) {
            return ORDER.compare(this, other);
        }
    }

    /** A new session. */
    public void added(OutreachSession session) {
        OutreachSession.Tallied added = session.tallied();
        Map<Row, long[]> deltas = new TreeMap<>();
        addDeltas(deltas, added, 1);
        deltas.forEach(this::apply);
        if (groupTable(added.kind()) != null) {
            raiseGroup(added);
        }
        if (session.getActivityId() != null) {
            raiseLed(added);
        }
    }

    /** New sessions written together: each row they share is written once, with their sum. */
    public void addedAll(List<OutreachSession> sessions) {
        Map<Row, long[]> deltas = new TreeMap<>();
        for (OutreachSession session : sessions) {
            addDeltas(deltas, session.tallied(), 1);
        }
        deltas.forEach(this::apply);
        for (OutreachSession session : sessions) {
            if (groupTable(session.getKind()) != null) {
                raiseGroup(session.tallied());
            }
            if (session.getActivityId() != null) {
                raiseLed(session.tallied());
            }
        }
    }

    /** A session corrected: out of its old rows and into its new ones. */
    public void changed(OutreachSession.Tallied before, OutreachSession session) {
        OutreachSession.Tallied after = session.tallied();
        if (before.equals(after)) {
            return;
        }
        Map<Row, long[]> deltas = new TreeMap<>();
        addDeltas(deltas, before, -1);
        addDeltas(deltas, after, 1);
        deltas.forEach(this::apply);
        for (OutreachSession.Tallied t : Stream.of(before, after).distinct().toList()) {
            if (groupTable(t.kind()) != null) {
                recountGroup(t.kind(), t.venueId(), t.bsMonth(), t.localLevelCode());
            }
            if (session.getActivityId() != null) { // a session's activity never changes
                recountLed(t.venueId(), t.bsMonth(), t.localLevelCode());
            }
        }
    }

    /** A session counts in its local level's row and in its district's. */
    private void addDeltas(Map<Row, long[]> deltas, OutreachSession.Tallied t, int sign) {
        Participants p = t.came();
        long[] delta = {sign, (long) sign * p.getGirlsUnder18(), (long) sign * p.getBoysUnder18(),
                (long) sign * p.getWomenAdult(), (long) sign * p.getMenAdult(), (long) sign * p.getOther()};
        for (Row row : rows(t.localLevelCode(), t.bsMonth(), t.kind())) {
            long[] sum = deltas.computeIfAbsent(row, r -> new long[6]);
            for (int i = 0; i < 6; i++) {
                sum[i] += delta[i];
            }
        }
    }

    private List<Row> rows(int localLevel, int bsMonth, SessionKind kind) {
        int district = geography.placeTree().districtOf(localLevel);
        return List.of(new Row("DISTRICT", district, bsMonth, kind.name()),
                new Row("LOCAL_LEVEL", localLevel, bsMonth, kind.name()));
    }

    private void apply(Row row, long[] delta) {
        int updated = tallySql("UPDATE SESSION_TALLY SET SESSIONS = SESSIONS + ?,"
                        + " GIRLS_UNDER_18 = GIRLS_UNDER_18 + ?, BOYS_UNDER_18 = BOYS_UNDER_18 + ?,"
                        + " WOMEN_ADULT = WOMEN_ADULT + ?, MEN_ADULT = MEN_ADULT + ?, OTHER_PEOPLE = OTHER_PEOPLE + ?"
                        + " WHERE PLACE_LEVEL = ? AND PLACE_CODE = ? AND BS_MONTH = ? AND KIND = ?")
                .setParameter(1, delta[0]).setParameter(2, delta[1]).setParameter(3, delta[2])
                .setParameter(4, delta[3]).setParameter(5, delta[4]).setParameter(6, delta[5])
                .setParameter(7, row.placeLevel()).setParameter(8, row.placeCode()).setParameter(9, row.bsMonth())
                .setParameter(10, row.kind()).executeUpdate();
        if (updated == 0) {
            // the month's first session of its kind there; a racing first one breaks the key, and the
            // sync API's retry then finds this row
            insert(row, delta);
        }
    }

    private void insert(Row row, long[] sums) {
        tallySql("INSERT INTO SESSION_TALLY (PLACE_LEVEL, PLACE_CODE, BS_MONTH, KIND, SESSIONS,"
                        + " GIRLS_UNDER_18, BOYS_UNDER_18, WOMEN_ADULT, MEN_ADULT, OTHER_PEOPLE)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, row.placeLevel()).setParameter(2, row.placeCode()).setParameter(3, row.bsMonth())
                .setParameter(4, row.kind()).setParameter(5, sums[0]).setParameter(6, sums[1])
                .setParameter(7, sums[2]).setParameter(8, sums[3]).setParameter(9, sums[4])
                .setParameter(10, sums[5]).executeUpdate();
    }

    /**
     * A statement on the tally tables. They are not entities, so it needs no flush of the pending entities first:
     * with a batch's hundreds of sessions in the persistence context, that flush would compare every one of them
     * before each of the batch's hundreds of tally rows.
     */
    private Query tallySql(String sql) {
        return em.createNativeQuery(sql).setFlushMode(FlushModeType.COMMIT);
    }

    /**
     * The monthly table of a kind whose people are counted once (each group's largest attendance), or null: the
     * parents' groups and the radio listening groups.
     */
    static String groupTable(SessionKind kind) {
        return switch (kind) {
            case PARENTS_GROUP_MEETING -> "PARENTS_GROUP_MONTH";
            case RADIO_LISTENING_GROUP -> "LISTENING_GROUP_MONTH";
            default -> null;
        };
    }

    /** A new meeting can only raise a group's maxima: raised in place, reading no other meeting. */
    private void raiseGroup(OutreachSession.Tallied t) {
        Participants p = t.came();
        String table = groupTable(t.kind());
        int updated = tallySql("UPDATE " + table + " SET MEETINGS = MEETINGS + 1,"
                        + " GIRLS_UNDER_18 = " + larger("GIRLS_UNDER_18", p.getGirlsUnder18())
                        + ", BOYS_UNDER_18 = " + larger("BOYS_UNDER_18", p.getBoysUnder18())
                        + ", WOMEN_ADULT = " + larger("WOMEN_ADULT", p.getWomenAdult())
                        + ", MEN_ADULT = " + larger("MEN_ADULT", p.getMenAdult())
                        + ", OTHER_PEOPLE = " + larger("OTHER_PEOPLE", p.getOther())
                        + " WHERE BS_MONTH = ? AND VENUE_ID = ?")
                .setParameter(1, t.bsMonth()).setParameter(2, t.venueId()).executeUpdate();
        if (updated == 0) {
            insertGroup(table, t.bsMonth(), t.venueId(), t.localLevelCode(), new Object[]{1, p.getGirlsUnder18(),
                    p.getBoysUnder18(), p.getWomenAdult(), p.getMenAdult(), p.getOther()});
        }
    }

    /** SQL for the larger of a column and a count (a whole number, so it is written in). */
    private static String larger(String column, int count) {
        return "CASE WHEN " + column + " < " + count + " THEN " + count + " ELSE " + column + " END";
    }

    /** A group's month counted again from its meetings (a lowered figure may lower the maximum). */
    private void recountGroup(SessionKind kind, long venueId, int bsMonth, int localLevelCode) {
        BikramSambatDate first = BikramSambatDate.of(bsMonth / 100, bsMonth % 100, 1);
        LocalDate from = first.toGregorian();
        LocalDate to = from.plusDays(first.lengthOfMonth() - 1L);
        em.flush();
        Object[] row = (Object[]) em.createQuery("select count(s), max(s.participants.girlsUnder18),"
                        + " max(s.participants.boysUnder18), max(s.participants.womenAdult),"
                        + " max(s.participants.menAdult), max(s.participants.other) from OutreachSession s"
                        + " where s.venue.id = :v and s.kind = :k and s.heldOn between :from and :to")
                .setParameter("v", venueId).setParameter("k", kind)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
        tallySql("DELETE FROM " + groupTable(kind) + " WHERE BS_MONTH = ? AND VENUE_ID = ?")
                .setParameter(1, bsMonth).setParameter(2, venueId).executeUpdate();
        if (num(row[0]) > 0) {
            insertGroup(groupTable(kind), bsMonth, venueId, localLevelCode, row);
        }
    }

    private void insertGroup(String table, int bsMonth, long venueId, int localLevelCode, Object[] countAndMaxima) {
        tallySql("INSERT INTO " + table + " (BS_MONTH, VENUE_ID, LOCAL_LEVEL_CODE, MEETINGS,"
                        + " GIRLS_UNDER_18, BOYS_UNDER_18, WOMEN_ADULT, MEN_ADULT, OTHER_PEOPLE)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, bsMonth).setParameter(2, venueId).setParameter(3, localLevelCode)
                .setParameter(4, num(countAndMaxima[0])).setParameter(5, num(countAndMaxima[1]))
                .setParameter(6, num(countAndMaxima[2])).setParameter(7, num(countAndMaxima[3]))
                .setParameter(8, num(countAndMaxima[4])).setParameter(9, num(countAndMaxima[5]))
                .executeUpdate();
    }

    /** A new ambassador-led session adds to its venue's month and can only raise its maxima. */
    private void raiseLed(OutreachSession.Tallied t) {
        Participants p = t.came();
        int updated = tallySql("UPDATE LED_SESSION_MONTH SET SESSIONS = SESSIONS + 1,"
                        + " GIRLS_UNDER_18 = GIRLS_UNDER_18 + ?, BOYS_UNDER_18 = BOYS_UNDER_18 + ?,"
                        + " WOMEN_ADULT = WOMEN_ADULT + ?, MEN_ADULT = MEN_ADULT + ?, OTHER_PEOPLE = OTHER_PEOPLE + ?,"
                        + " MOST_GIRLS_UNDER_18 = " + larger("MOST_GIRLS_UNDER_18", p.getGirlsUnder18())
                        + ", MOST_BOYS_UNDER_18 = " + larger("MOST_BOYS_UNDER_18", p.getBoysUnder18())
                        + ", MOST_WOMEN_ADULT = " + larger("MOST_WOMEN_ADULT", p.getWomenAdult())
                        + ", MOST_MEN_ADULT = " + larger("MOST_MEN_ADULT", p.getMenAdult())
                        + ", MOST_OTHER_PEOPLE = " + larger("MOST_OTHER_PEOPLE", p.getOther())
                        + " WHERE BS_MONTH = ? AND VENUE_ID = ?")
                .setParameter(1, p.getGirlsUnder18()).setParameter(2, p.getBoysUnder18())
                .setParameter(3, p.getWomenAdult()).setParameter(4, p.getMenAdult()).setParameter(5, p.getOther())
                .setParameter(6, t.bsMonth()).setParameter(7, t.venueId()).executeUpdate();
        if (updated == 0) {
            long[] one = {p.getGirlsUnder18(), p.getBoysUnder18(), p.getWomenAdult(), p.getMenAdult(), p.getOther()};
            insertLed(t.bsMonth(), t.venueId(), t.localLevelCode(), 1, one, one);
        }
    }

    /** A venue's ambassador-led sessions of a month counted again (a corrected figure may lower a maximum). */
    private void recountLed(long venueId, int bsMonth, int localLevelCode) {
        BikramSambatDate first = BikramSambatDate.of(bsMonth / 100, bsMonth % 100, 1);
        LocalDate from = first.toGregorian();
        LocalDate to = from.plusDays(first.lengthOfMonth() - 1L);
        em.flush();
        Object[] row = (Object[]) em.createQuery("select count(s), sum(s.participants.girlsUnder18),"
                        + " sum(s.participants.boysUnder18), sum(s.participants.womenAdult), sum(s.participants.menAdult),"
                        + " sum(s.participants.other), max(s.participants.girlsUnder18), max(s.participants.boysUnder18),"
                        + " max(s.participants.womenAdult), max(s.participants.menAdult), max(s.participants.other)"
                        + " from OutreachSession s where s.venue.id = :v and s.activityId is not null"
                        + " and s.heldOn between :from and :to")
                .setParameter("v", venueId).setParameter("from", from).setParameter("to", to).getSingleResult();
        tallySql("DELETE FROM LED_SESSION_MONTH WHERE BS_MONTH = ? AND VENUE_ID = ?")
                .setParameter(1, bsMonth).setParameter(2, venueId).executeUpdate();
        if (num(row[0]) > 0) {
            long[] sums = new long[5];
            long[] most = new long[5];
            for (int i = 0; i < 5; i++) {
                sums[i] = num(row[1 + i]);
                most[i] = num(row[6 + i]);
            }
            insertLed(bsMonth, venueId, localLevelCode, num(row[0]), sums, most);
        }
    }

    private void insertLed(int bsMonth, long venueId, int localLevelCode, long sessions, long[] sums, long[] most) {
        Query insert = tallySql("INSERT INTO LED_SESSION_MONTH (BS_MONTH, VENUE_ID, LOCAL_LEVEL_CODE, SESSIONS,"
                + " GIRLS_UNDER_18, BOYS_UNDER_18, WOMEN_ADULT, MEN_ADULT, OTHER_PEOPLE, MOST_GIRLS_UNDER_18,"
                + " MOST_BOYS_UNDER_18, MOST_WOMEN_ADULT, MOST_MEN_ADULT, MOST_OTHER_PEOPLE)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, bsMonth).setParameter(2, venueId).setParameter(3, localLevelCode)
                .setParameter(4, sessions);
        for (int i = 0; i < 5; i++) {
            insert.setParameter(5 + i, sums[i]).setParameter(10 + i, most[i]);
        }
        insert.executeUpdate();
    }

    /**
     * Tallies every session when the tallies are missing (a database from before they existed, or one filled from
     * outside): one BS month at a time, each month's sessions grouped in the database, so memory holds one month's
     * groups whatever the number of sessions (ten million at once took more than the server's heap); and marks the
     * classes that completed.
     */
    public void rebuildIfMissing() {
        // asked at every start: whether a row exists, not how many (a count reads them all)
        if (!em.createNativeQuery("SELECT 1 FROM SESSION_TALLY").setMaxResults(1).getResultList().isEmpty()
                || em.createNativeQuery("SELECT 1 FROM OUTREACH_SESSION").setMaxResults(1).getResultList().isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        Object[] span = em.createQuery("select min(s.heldOn), max(s.heldOn) from OutreachSession s", Object[].class)
                .getSingleResult();
        LocalDate last = (LocalDate) span[1];
        BikramSambatDate first = BikramSambatDate.fromGregorian((LocalDate) span[0]);
        BikramSambatDate lastDate = BikramSambatDate.fromGregorian(last);
        int months = (lastDate.year() - first.year()) * 12 + lastDate.month() - first.month() + 1;
        // minutes on a large Derby database (ten million sessions: 7): the log says how far it got, and the
        // launcher reads these lines to keep waiting while they come (./sachet, wait_until_healthy)
        LOG.info(() -> "Tallying the sessions of " + months + " months, one month at a time; the server answers once"
                + " they are done");
        long sessions = 0;
        int tallyRows = 0;
        int monthsDone = 0;
        for (BikramSambatDate month = BikramSambatDate.of(first.year(), first.month(), 1);
             !month.toGregorian().isAfter(last); month = month.plusDays(month.lengthOfMonth())) {
            LocalDate from = month.toGregorian();
            LocalDate to = month.plusDays(month.lengthOfMonth() - 1L).toGregorian();
            int bsMonth = month.year() * 100 + month.month();
            Map<Row, long[]> sums = new TreeMap<>();
            for (Object[] group : inMonth(em.createQuery("select s.localLevelCode, s.kind, count(s),"
                    + " sum(s.participants.girlsUnder18), sum(s.participants.boysUnder18),"
                    + " sum(s.participants.womenAdult), sum(s.participants.menAdult), sum(s.participants.other)"
                    + " from OutreachSession s where s.heldOn between :from and :to"
                    + " group by s.localLevelCode, s.kind", Object[].class), from, to).getResultList()) {
                sessions += num(group[2]);
                for (Row row : rows((Integer) group[0], bsMonth, (SessionKind) group[1])) {
                    long[] sum = sums.computeIfAbsent(row, r -> new long[6]);
                    for (int i = 0; i < 6; i++) {
                        sum[i] += num(group[2 + i]);
                    }
                }
            }
            sums.forEach(this::insert);
            tallyRows += sums.size();

            // each group's meetings and largest attendance in the month, for the people counted once
            for (SessionKind kind : List.of(SessionKind.PARENTS_GROUP_MEETING, SessionKind.RADIO_LISTENING_GROUP)) {
                for (Object[] group : inMonth(em.createQuery("select s.venue.id, s.localLevelCode, count(s),"
                        + " max(s.participants.girlsUnder18), max(s.participants.boysUnder18),"
                        + " max(s.participants.womenAdult), max(s.participants.menAdult), max(s.participants.other)"
                        + " from OutreachSession s where s.kind = :k and s.heldOn between :from and :to"
                        + " group by s.venue.id, s.localLevelCode", Object[].class), from, to)
                        .setParameter("k", kind).getResultList()) {
                    insertGroup(groupTable(kind), bsMonth, (Long) group[0], (Integer) group[1],
                            java.util.Arrays.copyOfRange(group, 2, 8));
                }
            }

            // sessions that carried out a plan activity: summed and their largest attendance, by venue
            for (Object[] led : inMonth(em.createQuery("select s.venue.id, s.localLevelCode, count(s),"
                    + " sum(s.participants.girlsUnder18), sum(s.participants.boysUnder18), sum(s.participants.womenAdult),"
                    + " sum(s.participants.menAdult), sum(s.participants.other), max(s.participants.girlsUnder18),"
                    + " max(s.participants.boysUnder18), max(s.participants.womenAdult), max(s.participants.menAdult),"
                    + " max(s.participants.other) from OutreachSession s where s.activityId is not null"
                    + " and s.heldOn between :from and :to group by s.venue.id, s.localLevelCode", Object[].class),
                    from, to).getResultList()) {
                long[] sum = new long[5];
                long[] most = new long[5];
                for (int i = 0; i < 5; i++) {
                    sum[i] = num(led[3 + i]);
                    most[i] = num(led[8 + i]);
                }
                insertLed(bsMonth, (Long) led[0], (Integer) led[1], num(led[2]), sum, most);
            }
            monthsDone++;
            LOG.info(String.format("Tallying the sessions: %d of %d months, %,d sessions, %.0f s", monthsDone, months,
                    sessions, (System.nanoTime() - started) / 1e9));
        }

        // classes that taught every lesson of their edition: completed on the day of the last one
        Map<Long, Long> lessonsPerEdition = curriculum.lessonCountsByEdition();
        em.createQuery("select c.id, count(distinct s.lesson), max(s.heldOn) from OutreachSession s join s.cohort c"
                        + " where s.lesson is not null and c.edition is not null group by c.id", Object[].class)
                .getResultList().forEach(row -> {
                    Cohort cohort = em.find(Cohort.class, row[0]);
                    cohort.progressed(num(row[1]) == lessonsPerEdition.getOrDefault(cohort.getEdition().getId(), -1L),
                            (LocalDate) row[2]);
                });
        LOG.info(String.format("Tallied %,d sessions into %,d rows in %.1f s", sessions, tallyRows,
                (System.nanoTime() - started) / 1e9));
    }

    private static <T> jakarta.persistence.TypedQuery<T> inMonth(jakarta.persistence.TypedQuery<T> query, LocalDate from,
                                                                LocalDate to) {
        return query.setParameter("from", from).setParameter("to", to);
    }

    private static long num(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
