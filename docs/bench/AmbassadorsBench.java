import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The ambassadors benchmark's database side, run on a stopped demo server's embedded Derby database
 * ({@code java -cp <derby jars> docs/bench/AmbassadorsBench.java generate DB AMBASSADORS PLANS}; see
 * ambassadors.sh): AMBASSADORS youth ambassadors and PLANS action plans (a team of 3, 5 activities each) in the
 * local levels of the demo coordinator's three districts, written with plain JDBC batches. A third are under 18
 * with a consent that ends somewhere between 60 days ago and a year from now (so some are hidden, some end
 * within 30 days); plans are in every status, their activities spread around today (some overdue); every plan
 * past its draft has a local government's promise of NPR 50,000, received in part.
 * {@code link DB SESSIONS}: marks SESSIONS of the sessions already there (the reach benchmark's million) as
 * carrying out those plans' activities.
 */
public class AmbassadorsBench {

    private static final long FIRST_ID = 1_000_000;
    private static final String[] PLAN_STATUSES = {"DRAFT", "APPROVED", "IN_PROGRESS", "IN_PROGRESS", "COMPLETED",
            "CANCELLED"};
    private static final String[] KINDS = {"THEATRE_PERFORMANCE", "INTERGENERATIONAL_DIALOGUE", "AWARENESS_EVENT",
            "SCHOOL_OR_CLUB_SESSION", "LOCAL_GOVERNMENT_MEETING", "RADIO_LISTENING_GROUP", "OTHER"};

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("link")) {
            link(args[1], Integer.parseInt(args[2]));
            return;
        }
        if (args.length != 4 || !args[0].equals("generate")) {
            throw new IllegalArgumentException("generate DB AMBASSADORS PLANS | link DB SESSIONS");
        }
        int ambassadors = Integer.parseInt(args[2]);
        int plans = Integer.parseInt(args[3]);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Kathmandu"));
        Random random = new Random(16);
        try (Connection db = connect(args[1])) {
            db.setAutoCommit(false);
            List<Integer> levels = new ArrayList<>();
            try (ResultSet rows = db.createStatement().executeQuery(
                    "SELECT CODE FROM LOCAL_LEVEL WHERE DISTRICT_CODE IN (30, 57, 11) ORDER BY CODE")) {
                while (rows.next()) {
                    levels.add(rows.getInt(1));
                }
            }
            Map<Integer, List<Long>> byLevel = new HashMap<>();
            long started = System.nanoTime();
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO AMBASSADOR (ID, DISPLAY_NAME, SEX,"
                    + " BIRTH_YEAR, LOCAL_LEVEL_CODE, WARD, SELECTED_ON, STATUS, CONSENT_GIVEN_ON, CONSENT_GIVEN_BY,"
                    + " CONSENT_VALID_UNTIL, CREATED_BY, CREATED_AT, VERSION) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,1)")) {
                for (int i = 0; i < ambassadors; i++) {
                    long id = FIRST_ID + i;
                    int level = levels.get(random.nextInt(levels.size()));
                    boolean minor = i % 3 == 0;
                    int birthYear = minor ? today.getYear() - 12 - random.nextInt(5) : today.getYear() - 20
                            - random.nextInt(10);
                    insert.setLong(1, id);
                    insert.setString(2, "Bench Ambassador " + i);
                    insert.setString(3, random.nextInt(3) == 0 ? "MALE" : "FEMALE");
                    insert.setInt(4, birthYear);
                    insert.setInt(5, level);
                    insert.setInt(6, 1);
                    insert.setDate(7, Date.valueOf(today.minusDays(400)));
                    insert.setString(8, i % 10 == 0 ? "ALUMNI" : "ACTIVE");
                    insert.setDate(9, minor ? Date.valueOf(today.minusDays(300)) : null);
                    insert.setString(10, minor ? "MOTHER" : null);
                    insert.setDate(11, minor ? Date.valueOf(today.plusDays(random.nextInt(460) - 60)) : null);
                    insert.setString(12, "bench");
                    insert.setTimestamp(13, Timestamp.from(Instant.now()));
                    insert.addBatch();
                    byLevel.computeIfAbsent(level, l -> new ArrayList<>()).add(id);
                    if (i % 1000 == 999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            try (PreparedStatement plan = db.prepareStatement("INSERT INTO ACTION_PLAN (ID, TITLE_EN, TITLE_NE,"
                    + " OBJECTIVES_EN, OBJECTIVES_NE, LOCAL_LEVEL_CODE, PERIOD_FROM, PERIOD_TO, STATUS, AUTHOR,"
                    + " CREATED_AT, CLOSED_AT, VERSION) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,1)");
                 PreparedStatement promise = db.prepareStatement("INSERT INTO RESOURCE_COMMITMENT (ID, PLAN_ID,"
                         + " SOURCE, KIND, PROMISED_ON, AMOUNT_PROMISED, CREATED_BY, CREATED_AT, VERSION)"
                         + " VALUES (?,?,?,'CASH',?,?,'coordinator',?,1)");
                 PreparedStatement receipt = db.prepareStatement("INSERT INTO RESOURCE_RECEIPT (COMMITMENT_ID,"
                         + " RECEIVED_ON, AMOUNT, RECORDED_BY, RECORDED_AT) VALUES (?,?,?,'coordinator',?)");
                 PreparedStatement member = db.prepareStatement(
                         "INSERT INTO ACTION_PLAN_MEMBER (PLAN_ID, AMBASSADOR_ID) VALUES (?,?)");
                 PreparedStatement activity = db.prepareStatement("INSERT INTO PLAN_ACTIVITY (ID, PLAN_ID, KIND,"
                         + " TITLE, DUE_ON, STATUS, DONE_ON, VERSION) VALUES (?,?,?,?,?,?,?,1)");
                 PreparedStatement responsible = db.prepareStatement(
                         "INSERT INTO PLAN_ACTIVITY_RESPONSIBLE (ACTIVITY_ID, AMBASSADOR_ID) VALUES (?,?)")) {
                long activityId = FIRST_ID;
                for (int p = 0; p < plans; p++) {
                    long id = FIRST_ID + p;
                    int level = new ArrayList<>(byLevel.keySet()).get(random.nextInt(byLevel.size()));
                    List<Long> people = byLevel.get(level);
                    LocalDate from = today.minusDays(random.nextInt(200));
                    String status = PLAN_STATUSES[random.nextInt(PLAN_STATUSES.length)];
                    plan.setLong(1, id);
                    plan.setString(2, "Bench plan " + p);
                    plan.setString(3, "बेन्च योजना " + p);
                    plan.setString(4, "Objectives of plan " + p);
                    plan.setString(5, "योजना " + p + " का उद्देश्य");
                    plan.setInt(6, level);
                    plan.setDate(7, Date.valueOf(from));
                    plan.setDate(8, Date.valueOf(from.plusDays(360)));
                    plan.setString(9, status);
                    plan.setString(10, "coordinator");
                    plan.setTimestamp(11, Timestamp.from(Instant.now()));
                    boolean closed = status.equals("COMPLETED") || status.equals("CANCELLED");
                    plan.setTimestamp(12, closed ? Timestamp.from(Instant.now().minusSeconds(86_400L
                            * random.nextInt(100))) : null);
                    plan.addBatch();
                    if (!status.equals("DRAFT")) {
                        // a ward office's or municipality's promise, received in part
                        promise.setLong(1, id);
                        promise.setLong(2, id);
                        promise.setString(3, p % 2 == 0 ? "WARD_OFFICE" : "MUNICIPALITY");
                        promise.setDate(4, Date.valueOf(from));
                        promise.setLong(5, 50_000);
                        promise.setTimestamp(6, Timestamp.from(Instant.now()));
                        promise.addBatch();
                        receipt.setLong(1, id);
                        receipt.setDate(2, Date.valueOf(from.plusDays(random.nextInt(30))));
                        receipt.setLong(3, 10_000L + random.nextInt(20) * 1_000L);
                        receipt.setTimestamp(4, Timestamp.from(Instant.now()));
                        receipt.addBatch();
                    }
                    List<Long> team = new ArrayList<>();
                    for (int t = 0; t < 3 && t < people.size(); t++) {
                        long who = people.get(random.nextInt(people.size()));
                        if (!team.contains(who)) {
                            team.add(who);
                            member.setLong(1, id);
                            member.setLong(2, who);
                            member.addBatch();
                        }
                    }
                    for (int a = 0; a < 5; a++) {
                        LocalDate due = from.plusDays(30L * (a + 1));
                        boolean done = !status.equals("DRAFT") && due.isBefore(today) && random.nextBoolean();
                        activity.setLong(1, activityId);
                        activity.setLong(2, id);
                        activity.setString(3, KINDS[random.nextInt(KINDS.length)]);
                        activity.setString(4, "Activity " + a + " of plan " + p);
                        activity.setDate(5, Date.valueOf(due));
                        activity.setString(6, done ? "DONE" : "PLANNED");
                        activity.setDate(7, done ? Date.valueOf(due) : null);
                        activity.addBatch();
                        responsible.setLong(1, activityId);
                        responsible.setLong(2, team.get(0));
                        responsible.addBatch();
                        activityId++;
                    }
                    if (p % 200 == 199) {
                        plan.executeBatch();
                        promise.executeBatch();
                        receipt.executeBatch();
                        member.executeBatch();
                        activity.executeBatch();
                        responsible.executeBatch();
                    }
                }
                plan.executeBatch();
                promise.executeBatch();
                receipt.executeBatch();
                member.executeBatch();
                activity.executeBatch();
                responsible.executeBatch();
                try (Statement restart = db.createStatement()) {
                    // the application's own rows take ids after these
                    restart.execute("ALTER TABLE AMBASSADOR ALTER COLUMN ID RESTART WITH " + (FIRST_ID + ambassadors));
                    restart.execute("ALTER TABLE ACTION_PLAN ALTER COLUMN ID RESTART WITH " + (FIRST_ID + plans));
                    restart.execute("ALTER TABLE PLAN_ACTIVITY ALTER COLUMN ID RESTART WITH " + activityId);
                    restart.execute("ALTER TABLE RESOURCE_COMMITMENT ALTER COLUMN ID RESTART WITH "
                            + (FIRST_ID + plans));
                }
            }
            db.commit();
            System.out.printf("%d ambassadors and %d plans (%d activities) in %d local levels in %d ms%n",
                    ambassadors, plans, plans * 5, levels.size(), (System.nanoTime() - started) / 1_000_000);
        }
        shutDownDerby(args[1]);
    }

    /**
     * Marks SESSIONS existing sessions as carrying out the generated plans' activities (done ones first), each
     * at a venue of its activity's local level: what a programme's ambassador-led sessions look like among a
     * million others.
     */
    private static void link(String database, int sessions) throws Exception {
        long started = System.nanoTime();
        int linked = 0;
        try (Connection db = connect(database)) {
            db.setAutoCommit(false);
            Map<Integer, List<Long>> activities = new HashMap<>();
            try (ResultSet rows = db.createStatement().executeQuery("SELECT p.LOCAL_LEVEL_CODE, a.ID"
                    + " FROM PLAN_ACTIVITY a JOIN ACTION_PLAN p ON a.PLAN_ID = p.ID"
                    + " WHERE p.STATUS IN ('APPROVED', 'IN_PROGRESS', 'COMPLETED') ORDER BY a.STATUS, a.ID")) {
                while (rows.next()) {
                    activities.computeIfAbsent(rows.getInt(1), l -> new ArrayList<>()).add(rows.getLong(2));
                }
            }
            int perLevel = Math.max(1, sessions / Math.max(1, activities.size()));
            try (PreparedStatement pick = db.prepareStatement("SELECT ID FROM OUTREACH_SESSION"
                    + " WHERE LOCAL_LEVEL_CODE = ? AND ACTIVITY_ID IS NULL FETCH FIRST " + perLevel + " ROWS ONLY");
                 PreparedStatement update = db.prepareStatement(
                         "UPDATE OUTREACH_SESSION SET ACTIVITY_ID = ? WHERE ID = ?")) {
                for (Map.Entry<Integer, List<Long>> level : activities.entrySet()) {
                    pick.setInt(1, level.getKey());
                    int n = 0;
                    try (ResultSet ids = pick.executeQuery()) {
                        while (ids.next() && linked < sessions) {
                            update.setLong(1, level.getValue().get(n++ % level.getValue().size()));
                            update.setLong(2, ids.getLong(1));
                            update.addBatch();
                            linked++;
                        }
                    }
                    update.executeBatch();
                }
            }
            db.commit();
        }
        System.out.printf("%d sessions carry out a plan's activity (%d ms)%n", linked,
                (System.nanoTime() - started) / 1_000_000);
        shutDownDerby(database);
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
}
