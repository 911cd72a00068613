import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * The radio scripts benchmark's database side, run on a stopped demo server's embedded Derby database
 * ({@code java -cp <derby jars> docs/bench/ScriptsBench.java generate DB WORDS}; see scripts.sh): two versions of
 * a script of about WORDS spoken words for the demo serial's episode 3, written with plain JDBC as the server
 * stores them (scenes, cues). Version 2 changes one cue in twenty, takes one in fifty out and puts a new one in
 * after one in fifty, as a producer's second pass might. Prints the episode's id.
 */
public class ScriptsBench {

    private static final String[] WORDS = ("गाउँ सहर काम कागज दिदी बुवा आमा विद्यालय बाटो प्रस्ताव वडा कार्यालय "
            + "फोन सहयोग प्रहरी बस टिकट होटल तलब महिना भोलि आज राति बिहान किन कसरी कहाँ के हो छ थियो भन्छन् "
            + "जान्छु आउँछु सोध्नुहोस् जाँच्नुहोस् सुरक्षित साथी परिवार गफ चिन्ता सपना").split(" ");
    private static final String[] KINDS = {"LINE", "LINE", "LINE", "LINE", "LINE", "LINE", "NARRATOR",
            "SOUND_EFFECT", "MUSIC"};

    record Cue(int scene, String kind, long character, String speaker, String direction, String words) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3 || !args[0].equals("generate")) {
            throw new IllegalArgumentException("generate DB WORDS");
        }
        int wanted = Integer.parseInt(args[2]);
        Random random = new Random(17);
        try (Connection db = DriverManager.getConnection("jdbc:derby:" + args[1])) {
            db.setAutoCommit(false);
            long episode;
            long series;
            try (ResultSet row = db.createStatement().executeQuery(
                    "SELECT ID, SERIES_ID FROM RADIO_EPISODE WHERE EPISODE_NUMBER = 3 AND SCRIPT_VERSIONS = 0")) {
                if (!row.next()) {
                    throw new IllegalStateException("the demo's episode 3 has a script already");
                }
                episode = row.getLong(1);
                series = row.getLong(2);
            }
            List<long[]> ids = new ArrayList<>();
            List<String> names = new ArrayList<>();
            try (PreparedStatement characters = db.prepareStatement(
                    "SELECT ID, NAME FROM DRAMA_CHARACTER WHERE SERIES_ID = ? ORDER BY NAME")) {
                characters.setLong(1, series);
                try (ResultSet row = characters.executeQuery()) {
                    while (row.next()) {
                        ids.add(new long[]{row.getLong(1)});
                        names.add(row.getString(2));
                    }
                }
            }
            List<String> headings = new ArrayList<>();
            List<Cue> first = new ArrayList<>();
            int spoken = 0;
            int scene = 0;
            while (spoken < wanted) {
                if (first.isEmpty() || random.nextInt(40) == 0) {
                    scene++;
                    headings.add(sentence(random, 3) + ", " + (random.nextBoolean() ? "बिहान" : "साँझ"));
                }
                String kind = KINDS[random.nextInt(KINDS.length)];
                int length = kind.equals("LINE") || kind.equals("NARRATOR") ? 4 + random.nextInt(12) : 3;
                if (kind.equals("LINE") || kind.equals("NARRATOR")) {
                    spoken += length;
                }
                int who = random.nextInt(names.size());
                first.add(new Cue(scene, kind, kind.equals("LINE") ? ids.get(who)[0] : 0,
                        kind.equals("LINE") ? names.get(who) : null,
                        kind.equals("LINE") && random.nextInt(8) == 0 ? "सुस्तरी" : null, sentence(random, length)));
            }
            List<Cue> second = new ArrayList<>();
            for (Cue cue : first) {
                int roll = random.nextInt(100);
                if (roll < 2) {
                    continue;
                }
                second.add(roll < 7 ? new Cue(cue.scene(), cue.kind(), cue.character(), cue.speaker(),
                        cue.direction(), cue.words() + " " + sentence(random, 2)) : cue);
                if (roll >= 98) {
                    second.add(new Cue(cue.scene(), "NARRATOR", 0, null, null, sentence(random, 8)));
                }
            }
            write(db, episode, 1, headings, first);
            write(db, episode, 2, headings, second);
            try (PreparedStatement update = db.prepareStatement(
                    "UPDATE RADIO_EPISODE SET SCRIPT_VERSIONS = 2, STATUS = 'SCRIPT_DRAFT' WHERE ID = ?")) {
                update.setLong(1, episode);
                update.executeUpdate();
            }
            db.commit();
            System.out.println(episode);
            System.err.println("episode " + episode + ": " + headings.size() + " scenes, " + first.size() + " and "
                    + second.size() + " cues, about " + spoken + " spoken words");
        }
    }

    private static String sentence(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.append("।").toString();
    }

    private static void write(Connection db, long episode, int number, List<String> headings, List<Cue> cues)
            throws Exception {
        long version;
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO RADIO_SCRIPT_VERSION (EPISODE_ID,"
                + " VERSION_NUMBER, SAVED_BY, SAVED_AT, NOTE, SPOKEN_WORDS, CUE_COUNT, TEXT_SHA256)"
                + " VALUES (?, ?, 'producer', ?, 'benchmark', ?, ?, ?)", new String[]{"ID"})) {
            insert.setLong(1, episode);
            insert.setInt(2, number);
            insert.setTimestamp(3, Timestamp.from(Instant.now()));
            insert.setInt(4, cues.stream().filter(c -> c.kind().equals("LINE") || c.kind().equals("NARRATOR"))
                    .mapToInt(c -> c.words().split(" ").length).sum());
            insert.setInt(5, cues.size());
            insert.setString(6, HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest((number + "" + cues.size()).getBytes())));
            insert.executeUpdate();
            try (ResultSet key = insert.getGeneratedKeys()) {
                key.next();
                version = key.getLong(1);
            }
        }
        try (PreparedStatement scene = db.prepareStatement(
                "INSERT INTO RADIO_SCRIPT_SCENE (VERSION_ID, POSITION, HEADING) VALUES (?, ?, ?)")) {
            for (int i = 0; i < headings.size(); i++) {
                scene.setLong(1, version);
                scene.setInt(2, i);
                scene.setString(3, headings.get(i));
                scene.addBatch();
            }
            scene.executeBatch();
        }
        try (PreparedStatement cue = db.prepareStatement("INSERT INTO RADIO_SCRIPT_CUE (VERSION_ID, POSITION,"
                + " SCENE_NUMBER, KIND, CHARACTER_ID, SPEAKER, DIRECTION, WORDS) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < cues.size(); i++) {
                Cue c = cues.get(i);
                cue.setLong(1, version);
                cue.setInt(2, i);
                cue.setInt(3, c.scene());
                cue.setString(4, c.kind());
                if (c.character() == 0) {
                    cue.setNull(5, java.sql.Types.BIGINT);
                } else {
                    cue.setLong(5, c.character());
                }
                cue.setString(6, c.speaker());
                cue.setString(7, c.direction());
                cue.setString(8, c.words());
                cue.addBatch();
            }
            cue.executeBatch();
        }
    }
}
