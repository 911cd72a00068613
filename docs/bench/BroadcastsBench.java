import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The broadcast feed benchmark's database side, run on a stopped demo server's embedded Derby database
 * ({@code java -cp <derby jars> docs/bench/BroadcastsBench.java generate DB DAYS}; see broadcasts.sh): a station
 * covering one local level with a slot of the demo serial's approved episode 1 every evening at 20:00 (Nepal) from
 * today for DAYS days, written with plain JDBC as the server stores them. Prints the station's id.
 */
public class BroadcastsBench {

    public static void main(String[] args) throws Exception {
        if (args.length != 3 || !args[0].equals("generate")) {
            throw new IllegalArgumentException("generate DB DAYS");
        }
        int days = Integer.parseInt(args[2]);
        ZoneId nepal = ZoneId.of("Asia/Kathmandu");
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection db = DriverManager.getConnection("jdbc:derby:" + args[1])) {
            db.setAutoCommit(false);
            long episode;
            try (ResultSet row = db.createStatement().executeQuery(
                    "SELECT ID FROM RADIO_EPISODE WHERE EPISODE_NUMBER = 1 AND APPROVED_VERSION IS NOT NULL")) {
                if (!row.next()) {
                    throw new IllegalStateException("the demo's episode 1 is not approved");
                }
                episode = row.getLong(1);
            }
            long station;
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO RADIO_STATION (NAME, FREQUENCY, CONTACT,"
                    + " CREATED_BY, CREATED_AT, VERSION) VALUES (?, 'FM 100.0', 'Bench', 'producer', ?, 0)",
                    new String[]{"ID"})) {
                insert.setString(1, "Bench FM " + System.nanoTime());
                insert.setTimestamp(2, now);
                insert.executeUpdate();
                try (ResultSet key = insert.getGeneratedKeys()) {
                    key.next();
                    station = key.getLong(1);
                }
            }
            try (PreparedStatement cover = db.prepareStatement("INSERT INTO RADIO_STATION_COVERAGE (STATION_ID,"
                    + " LOCAL_LEVEL_CODE) SELECT ?, MIN(CODE) FROM LOCAL_LEVEL WHERE DISTRICT_CODE = 30")) {
                cover.setLong(1, station);
                cover.executeUpdate();
            }
            try (PreparedStatement slot = db.prepareStatement("INSERT INTO RADIO_BROADCAST (STATION_ID, EPISODE_ID,"
                    + " STARTS_AT, MINUTES, PAYMENT, PRICE_NPR, AS_RUN, CREATED_BY, CREATED_AT, VERSION)"
                    + " VALUES (?, ?, ?, 15, 'PAID', 1500, 'PLANNED', 'producer', ?, 0)")) {
                LocalDate today = LocalDate.now(nepal);
                for (int day = 0; day < days; day++) {
                    slot.setLong(1, station);
                    slot.setLong(2, episode);
                    slot.setTimestamp(3, Timestamp.from(today.plusDays(day).atTime(20, 0).atZone(nepal).toInstant()));
                    slot.setTimestamp(4, now);
                    slot.addBatch();
                }
                slot.executeBatch();
            }
            db.commit();
            System.out.println(station);
        }
        try {
            DriverManager.getConnection("jdbc:derby:;shutdown=true");
        } catch (java.sql.SQLException expected) {
            // Derby says it shut down by throwing
        }
    }
}
