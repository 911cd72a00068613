import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The reach benchmark's database side, run on a stopped server's embedded Derby database
 * ({@code java -cp <derby jars> docs/bench/ReachBench.java ...}; see reach.sh), or on PostgreSQL when DB is a JDBC
 * URL (with the PostgreSQL driver on the class path; see scale-out.sh):
 * <ul>
 * <li>{@code generate DB COUNT FROM TO}: a venue of each kind in every one of the 753 local levels, then COUNT
 * sessions spread over the days FROM..TO (ISO dates), written with plain JDBC batches of 1,000; prints the
 * rows per second (the "plain JDBC batch insert" the sync API is compared with);</li>
 * <li>{@code insert DB COUNT BATCH FROM TO}: 10,000 more sessions among those to warm up, then COUNT timed,
 * committed every BATCH rows as the sync API commits a request of BATCH sessions: the plain JDBC insert of the
 * same rows in the sync API's conditions (a warm JVM, a table of a million sessions);</li>
 * <li>{@code handsql DB FROM TO}: the hand-written SQL aggregate the dashboard's reach query is compared
 * with (sessions summed by local level and kind over the period), median of 7 after 2 warm-ups;</li>
 * <li>{@code handsql-tally DB FIRST_MONTH LAST_MONTH}: the same sums by hand over the monthly tallies
 * (district rows, months 208304..208403), median of 7;</li>
 * <li>{@code uuids DB FILE}: how many of the UUIDs in FILE are stored once, more than once, or not at all.</li>
 * </ul>
 */
public class ReachBench {

    private static final String[] KINDS = {"SBCC_SESSION", "STICKS_AND_STONES_LESSON", "TOT_TRAINING",
            "THEATRE_PERFORMANCE", "INTERGENERATIONAL_DIALOGUE", "PARENTS_GROUP_MEETING", "RADIO_LISTENING_GROUP",
            "INFO_BOOTH_DAY"};

    /** Sessions written before {@code insert} times its own, as the sync API is timed on a warm server. */
    private static final int WARM_UP = 10_000;

    public static void main(String[] args) throws Exception {
        try (Connection db = connect(args[1])) {
            switch (args[0]) {
                case "generate" -> generate(db, Integer.parseInt(args[2]), LocalDate.parse(args[3]),
                        LocalDate.parse(args[4]));
                case "insert" -> insert(db, Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                        LocalDate.parse(args[4]), LocalDate.parse(args[5]));
                case "handsql" -> handSql(db, LocalDate.parse(args[2]), LocalDate.parse(args[3]));
                case "handsql-tally" -> handSqlTally(db, Integer.parseInt(args[2]), Integer.parseInt(args[3]));
                case "uuids" -> uuids(db, Path.of(args[2]));
                default -> throw new IllegalArgumentException(args[0]);
            }
        } finally {
            shutDownDerby(args[1]);
        }
    }

    /**
     * A stopped server's Derby folder, or a JDBC URL (PostgreSQL: its user and password from SACHET_DB_USER and
     * SACHET_DB_PASSWORD, as the server takes them).
     */
    static Connection connect(String database) throws java.sql.SQLException {
        if (database.startsWith("jdbc:")) {
            return DriverManager.getConnection(database, System.getenv("SACHET_DB_USER"), System.getenv("SACHET_DB_PASSWORD"));
        }
        return DriverManager.getConnection("jdbc:derby:" + database);
    }

    /** Shuts embedded Derby down (a no-op for a database server). */
    static void shutDownDerby(String database) {
        if (database.startsWith("jdbc:")) {
            return;
        }
        try {
            DriverManager.getConnection("jdbc:derby:;shutdown=true");
        } catch (java.sql.SQLException expected) {
            // Derby says it shut down with an exception
        }
    }

    static boolean postgresql(Connection db) throws java.sql.SQLException {
        return db.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
    }

    private static List<Integer> localLevels() throws Exception {
        List<Integer> codes = new ArrayList<>();
        List<String> lines = Files.readAllLines(Path.of("ejb/src/main/resources/org/sachet/geography/local-levels.csv"));
        for (String line : lines.subList(1, lines.size())) {
            codes.add(Integer.parseInt(line.split(",")[6]));
        }
        return codes;
    }

    private static void generate(Connection db, int count, LocalDate from, LocalDate to) throws Exception {
        db.setAutoCommit(false);
        List<Integer> levels = localLevels();
        long[][] venues = new long[levels.size()][KINDS.length];
        String venueSql = "INSERT INTO VENUE (CODE, NAME, VENUE_TYPE, LOCAL_LEVEL_CODE, WARD, CREATED_BY, CREATED_AT,"
                + " VERSION) VALUES (?, ?, ?, ?, 1, 'bench', ?, 1)";
        try (PreparedStatement insert = postgresql(db) ? db.prepareStatement(venueSql, new String[] {"id"})
                : db.prepareStatement(venueSql, Statement.RETURN_GENERATED_KEYS)) {
            for (int l = 0; l < levels.size(); l++) {
                for (int k = 0; k < KINDS.length; k++) {
                    insert.setString(1, "BENCH-" + levels.get(l) + "-" + k);
                    insert.setString(2, "Bench venue " + k);
                    insert.setString(3, k == 5 ? "PARENTS_GROUP" : k == 7 ? "INFORMATION_BOOTH" : "CHILD_CLUB");
                    insert.setInt(4, levels.get(l));
                    insert.setTimestamp(5, new Timestamp(System.currentTimeMillis()));
                    insert.executeUpdate();
                    try (ResultSet key = insert.getGeneratedKeys()) {
                        key.next();
                        venues[l][k] = key.getLong(1);
                    }
                }
            }
        }
        db.commit();
        double perSecond = insertSessions(db, levels, venues, count, 1000, from, to, 753);
        System.out.printf("generated %,d sessions: %,.0f rows/s (plain JDBC, batches of 1,000)%n", count, perSecond);
    }

    /**
     * COUNT more sessions in a database that has the benchmark's venues, committed every BATCH rows as the sync
     * API commits each request: the same rows into the same table, for the sync figures.
     */
    private static void insert(Connection db, int count, int batch, LocalDate from, LocalDate to) throws Exception {
        db.setAutoCommit(false);
        List<Integer> levels = localLevels();
        long[][] venues = new long[levels.size()][KINDS.length];
        try (PreparedStatement venue = db.prepareStatement("SELECT ID FROM VENUE WHERE CODE = ?")) {
            for (int l = 0; l < levels.size(); l++) {
                for (int k = 0; k < KINDS.length; k++) {
                    venue.setString(1, "BENCH-" + levels.get(l) + "-" + k);
                    try (ResultSet id = venue.executeQuery()) {
                        id.next();
                        venues[l][k] = id.getLong(1);
                    }
                }
            }
        }
        insertSessions(db, levels, venues, WARM_UP, batch, from, to, System.nanoTime());
        double perSecond = insertSessions(db, levels, venues, count, batch, from, to, System.nanoTime());
        System.out.printf("inserted %,d sessions into the existing ones after %,d of warm-up: %,.0f rows/s"
                + " (plain JDBC, a commit every %,d)%n", count, WARM_UP, perSecond, batch);
    }

    /** Writes random sessions in JDBC batches of {@code batch}, each committed; returns rows per second. */
    private static double insertSessions(Connection db, List<Integer> levels, long[][] venues, int count, int batch,
                                         LocalDate from, LocalDate to, long seed) throws Exception {
        int days = (int) ChronoUnit.DAYS.between(from, to) + 1;
        Random random = new Random(seed);
        Timestamp now = new Timestamp(System.currentTimeMillis());
        long started = System.nanoTime();
        // ids as the server takes them: a block of 100 for each value drawn from the sequence (V7__IdSequences)
        long nextId = 1;
        long lastOfBlock = 0;
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO OUTREACH_SESSION (UUID, KIND, VENUE_ID,"
                + " HELD_ON, GIRLS_UNDER_18, BOYS_UNDER_18, WOMEN_ADULT, MEN_ADULT, OTHER_PEOPLE, RECORDED_BY,"
                + " RECORDED_AT, UPDATED_AT, VERSION, FACILITATOR, LOCAL_LEVEL_CODE, SUBMISSION_DIGEST, ID)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 'bench', ?, ?, 1, 'bench', ?, ?, ?)");
             PreparedStatement block = db.prepareStatement(postgresql(db) ? "SELECT nextval('outreach_session_ids')"
                     : "VALUES NEXT VALUE FOR OUTREACH_SESSION_IDS")) {
            for (int i = 0; i < count; i++) {
                if (nextId > lastOfBlock) {
                    try (ResultSet drawn = block.executeQuery()) {
                        drawn.next();
                        lastOfBlock = drawn.getLong(1);
                        nextId = lastOfBlock - 99;
                    }
                }
                int l = random.nextInt(levels.size());
                int k = random.nextInt(KINDS.length);
                if (k == 1) {
                    k = 0; // a lesson needs a lesson; the benchmark's are SBCC sessions
                }
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, KINDS[k]);
                insert.setLong(3, venues[l][k]);
                insert.setDate(4, Date.valueOf(from.plusDays(random.nextInt(days))));
                insert.setInt(5, random.nextInt(20));
                insert.setInt(6, random.nextInt(20));
                insert.setInt(7, random.nextInt(10));
                insert.setInt(8, 1 + random.nextInt(10));
                insert.setTimestamp(9, now);
                insert.setTimestamp(10, now);
                insert.setInt(11, levels.get(l));
                insert.setString(12, "0".repeat(64));
                insert.setLong(13, nextId++);
                insert.addBatch();
                if ((i + 1) % batch == 0) {
                    insert.executeBatch();
                    db.commit();
                }
            }
            insert.executeBatch();
            db.commit();
        }
        return count / ((System.nanoTime() - started) / 1e9);
    }

    private static void handSql(Connection db, LocalDate from, LocalDate to) throws Exception {
        timed(db, "hand SQL aggregate", "SELECT LOCAL_LEVEL_CODE, KIND, COUNT(*), SUM(GIRLS_UNDER_18),"
                + " SUM(BOYS_UNDER_18), SUM(WOMEN_ADULT), SUM(MEN_ADULT), SUM(OTHER_PEOPLE) FROM OUTREACH_SESSION"
                + " WHERE HELD_ON BETWEEN ? AND ? GROUP BY LOCAL_LEVEL_CODE, KIND", Date.valueOf(from), Date.valueOf(to));
    }

    private static void handSqlTally(Connection db, int firstMonth, int lastMonth) throws Exception {
        timed(db, "hand SQL over the tallies", "SELECT PLACE_CODE, KIND, SUM(SESSIONS), SUM(GIRLS_UNDER_18),"
                + " SUM(BOYS_UNDER_18), SUM(WOMEN_ADULT), SUM(MEN_ADULT), SUM(OTHER_PEOPLE) FROM SESSION_TALLY"
                + " WHERE PLACE_LEVEL = 'DISTRICT' AND BS_MONTH BETWEEN ? AND ? GROUP BY PLACE_CODE, KIND",
                firstMonth, lastMonth);
    }

    /** Runs a query 9 times, reading every row, and prints the median of the last 7. */
    private static void timed(Connection db, String what, String sql, Object... parameters) throws Exception {
        double[] times = new double[9];
        long rows = 0;
        for (int run = 0; run < times.length; run++) {
            long started = System.nanoTime();
            try (PreparedStatement query = db.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    query.setObject(i + 1, parameters[i]);
                }
                rows = 0;
                try (ResultSet result = query.executeQuery()) {
                    while (result.next()) {
                        rows++;
                    }
                }
            }
            times[run] = (System.nanoTime() - started) / 1e6;
        }
        double[] measured = Arrays.copyOfRange(times, 2, times.length);
        Arrays.sort(measured);
        System.out.printf("%s: %d groups, median %.1f ms (min %.1f, max %.1f) over 7 runs%n", what, rows,
                measured[3], measured[0], measured[6]);
    }

    private static void uuids(Connection db, Path file) throws Exception {
        int once = 0;
        int more = 0;
        int missing = 0;
        try (PreparedStatement query = db.prepareStatement("SELECT COUNT(*) FROM OUTREACH_SESSION WHERE UUID = ?")) {
            for (String uuid : Files.readAllLines(file)) {
                query.setString(1, uuid);
                try (ResultSet result = query.executeQuery()) {
                    result.next();
                    int n = result.getInt(1);
                    if (n == 1) {
                        once++;
                    } else if (n == 0) {
                        missing++;
                    } else {
                        more++;
                    }
                }
            }
        }
        System.out.printf("uuids: %,d stored once, %,d more than once, %,d missing%n", once, more, missing);
    }
}
