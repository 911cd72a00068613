import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sync API's side of the reach benchmark ({@code java docs/bench/SyncBench.java MODE BASE_URL TOKEN ...};
 * see reach.sh). Every session is an SBCC session at one of the benchmark's venues ({@code BENCH-<level>-0}).
 * <ul>
 * <li>{@code burst N THREADS UUID_FILE}: N new sessions from THREADS clients at once, each a
 * {@code POST /api/v1/sessions} as a phone sends it; prints sessions per second and the statuses. The UUIDs
 * sent are written to UUID_FILE (one per line) for {@code retry};</li>
 * <li>{@code batches N THREADS SIZE UUID_FILE}: the same N new sessions sent as phones send a queue, SIZE
 * sessions per {@code POST /api/v1/sessions} (a JSON array), from THREADS clients;</li>
 * <li>{@code retry UUID_FILE THREADS}: sends the same sessions again (a client retrying after a failure)
 * and prints how many were new (201) and how many already stored (200);</li>
 * <li>{@code repeats N}: N clients send one UUID with the same content at the same instant; prints the
 * statuses and the ids returned (one row means one id).</li>
 * </ul>
 */
public class SyncBench {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*(\\d+)");

    public static void main(String[] args) throws Exception {
        String base = args[1];
        String token = args[2];
        switch (args[0]) {
            case "burst" -> burst(base, token, Integer.parseInt(args[3]), Integer.parseInt(args[4]), Path.of(args[5]));
            case "batches" -> batches(base, token, Integer.parseInt(args[3]), Integer.parseInt(args[4]),
                    Integer.parseInt(args[5]), Path.of(args[6]));
            case "retry" -> retry(base, token, Path.of(args[3]), Integer.parseInt(args[4]));
            case "repeats" -> repeats(base, token, Integer.parseInt(args[3]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    /** The session a UUID stands for: its content follows from the UUID, so a retry sends the same. */
    static String session(String uuid) {
        int h = Math.abs(uuid.hashCode());
        int[] levels = {337, 338, 339, 340, 341, 571, 572, 573, 104, 107, 108, 109};
        return "{\"uuid\": \"" + uuid + "\", \"date\": \"" + LocalDate.of(2026, 11, 1).plusDays(h % 20)
                + "\", \"venueCode\": \"BENCH-" + levels[h % levels.length] + "-0\", \"kind\": \"SBCC_SESSION\","
                + " \"participants\": {\"girlsUnder18\": " + (5 + h % 11) + ", \"boysUnder18\": " + (4 + h % 9)
                + ", \"womenAdult\": " + h % 4 + ", \"menAdult\": " + h % 3 + "}, \"notes\": \"bench\"}";
    }

    static HttpResponse<String> post(String base, String token, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/sessions"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Runs {@code clients} copies of a client at once and waits for all of them. */
    private static void inParallel(int clients, Callable<Void> client) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Void>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(client));
        }
        for (Future<Void> one : running) {
            one.get();
        }
        pool.shutdown();
    }

    private static List<String> newUuids(int count, Path file) throws Exception {
        List<String> uuids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            uuids.add(java.util.UUID.randomUUID().toString());
        }
        Files.write(file, uuids);
        return uuids;
    }

    private static void count(Map<String, AtomicInteger> statuses, Object status) {
        statuses.computeIfAbsent(String.valueOf(status), s -> new AtomicInteger()).incrementAndGet();
    }

    /** Sends each session alone, from {@code threads} clients; -1 is a send the server never answered. */
    private static Map<String, AtomicInteger> oneByOne(String base, String token, List<String> uuids, int threads)
            throws Exception {
        Map<String, AtomicInteger> statuses = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        inParallel(threads, () -> {
            for (int i = next.getAndIncrement(); i < uuids.size(); i = next.getAndIncrement()) {
                try {
                    count(statuses, post(base, token, session(uuids.get(i))).statusCode());
                } catch (Exception e) {
                    count(statuses, -1); // the server went away
                }
            }
            return null;
        });
        return statuses;
    }

    private static void burst(String base, String token, int count, int threads, Path uuids) throws Exception {
        List<String> sent = newUuids(count, uuids);
        long started = System.nanoTime();
        Map<String, AtomicInteger> statuses = oneByOne(base, token, sent, threads);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("burst: %,d sessions from %d clients in %.1f s: %,.0f sessions/s; statuses %s%n", count,
                threads, seconds, count / seconds, statuses);
    }

    private static void batches(String base, String token, int count, int threads, int size, Path uuids)
            throws Exception {
        List<String> sent = newUuids(count, uuids);
        Map<String, AtomicInteger> statuses = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        long started = System.nanoTime();
        inParallel(threads, () -> {
            for (int first = next.getAndAdd(size); first < count; first = next.getAndAdd(size)) {
                StringBuilder body = new StringBuilder("[");
                for (int i = first; i < Math.min(count, first + size); i++) {
                    body.append(i == first ? "" : ",").append(session(sent.get(i)));
                }
                HttpResponse<String> response;
                try {
                    response = post(base, token, body.append(']').toString());
                } catch (Exception e) {
                    count(statuses, "no answer"); // the server went away
                    continue;
                }
                Matcher status = STATUS.matcher(response.body());
                while (status.find()) {
                    count(statuses, status.group(1));
                }
                if (response.statusCode() != 200) {
                    count(statuses, "batch " + response.statusCode());
                }
            }
            return null;
        });
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("batches: %,d sessions in batches of %d from %d clients in %.1f s: %,.0f sessions/s;"
                + " statuses %s%n", count, size, threads, seconds, count / seconds, statuses);
    }

    private static void retry(String base, String token, Path uuids, int threads) throws Exception {
        List<String> sent = Files.readAllLines(uuids);
        System.out.printf("retry: %,d sessions sent again; statuses %s (201 new, 200 already stored)%n", sent.size(),
                oneByOne(base, token, sent, threads));
    }

    private static void repeats(String base, String token, int count) throws Exception {
        String body = session(java.util.UUID.randomUUID().toString());
        Map<String, AtomicInteger> statuses = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> ids = new ConcurrentHashMap<>();
        CountDownLatch start = new CountDownLatch(count);
        inParallel(count, () -> {
            start.countDown();
            start.await(); // every client ready: all send at once
            HttpResponse<String> response = post(base, token, body);
            count(statuses, response.statusCode());
            Matcher id = ID.matcher(response.body());
            if (id.find()) {
                count(ids, id.group(1));
            }
            return null;
        });
        System.out.printf("repeats: %,d sends of one UUID; statuses %s; ids returned %s%n", count, statuses, ids);
    }
}
