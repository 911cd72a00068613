import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 14, item 9: what a flood of wrong passwords costs everyone else.
 * {@code java docs/bench/SignInFloodBench.java BASE_URL USER PASSWORD [RATE_PER_SECOND] [SECONDS]}
 * <ol>
 * <li>USER takes a personal API token with the password, then calls {@code GET /api/v1/venues} with it 200
 * times alone: the latency without a flood;</li>
 * <li>the same while attackers send HTTP Basic calls with wrong passwords for USER and for {@code admin} at
 * RATE_PER_SECOND (default 60), each from its own loopback address (127.R.0.2 … 127.R.0.254, so that the per-client
 * throttle does not simply shut one address out), and once more as fast as 48 connections can;</li>
 * <li>after the flood, USER signs in with the password from a client that did not guess: it must work.</li>
 * </ol>
 * Prints p50/p95/max of the token calls, what the attackers were answered, and the last sign-in.
 */
public class SignInFloodBench {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Attackers at once: more than the server has request threads (32). */
    private static final int CONNECTIONS = 48;

    public static void main(String[] args) throws Exception {
        String base = args[0], user = args[1], password = args[2];
        int rate = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 20;
        URI uri = URI.create(base);
        // a fresh block of loopback addresses each run: failures are remembered for 15 minutes per client
        String block = "127." + (1 + new java.util.Random().nextInt(254)) + ".0.";
        String token = token(base, user, password);

        System.out.println("token calls alone:           " + summary(tokenCalls(base, token, 200)));
        for (int round = 0; round < 2; round++) {
            boolean unpaced = round == 1;
            Map<Integer, AtomicInteger> answers = new ConcurrentHashMap<>();
            AtomicBoolean flooding = new AtomicBoolean(true);
            ExecutorService attackers = Executors.newFixedThreadPool(CONNECTIONS);
            AtomicInteger sent = new AtomicInteger();
            long start = System.nanoTime();
            for (int t = 0; t < CONNECTIONS; t++) {
                int thread = t;
                attackers.submit(() -> {
                    for (int i = thread; flooding.get(); i += CONNECTIONS) {
                        if (!unpaced) { // spread RATE calls a second over the threads
                            long due = start + (long) (sent.get() * 1e9 / rate);
                            long wait = due - System.nanoTime();
                            if (wait > 0) {
                                TimeUnit.NANOSECONDS.sleep(wait);
                            }
                        }
                        sent.incrementAndGet();
                        String victim = i % 2 == 0 ? user : "admin";
                        int status = guess(uri, block + (2 + (i % 253)), victim, "wrong-" + i);
                        answers.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                    }
                    return null;
                });
            }
            Thread.sleep(2_000); // the flood under way
            List<Long> during = tokenCalls(base, token, 200);
            long remaining = seconds * 1000L - (System.nanoTime() - start) / 1_000_000;
            if (remaining > 0) {
                Thread.sleep(remaining);
            }
            flooding.set(false);
            attackers.shutdown();
            attackers.awaitTermination(60, TimeUnit.SECONDS);
            double elapsed = (System.nanoTime() - start) / 1e9;
            System.out.printf("token calls during a flood (%s, %.0f guesses/s sent for %.0f s): %s%n",
                    unpaced ? CONNECTIONS + " connections, unpaced" : rate + "/s paced", sent.get() / elapsed, elapsed,
                    summary(during));
            System.out.println("  the guesses were answered: " + new TreeMap<>(toCounts(answers)));
        }
        HttpResponse<String> signIn = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/venues"))
                .header("Authorization", basic(user, password)).build(), HttpResponse.BodyHandlers.ofString());
        System.out.println("after the flood, " + user + " with the right password from 127.0.0.1: " + signIn.statusCode());
    }

    private static String token(String base, String user, String password) throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/tokens"))
                .header("Authorization", basic(user, password)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"label\": \"sign-in flood benchmark\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(answer.body());
        if (answer.statusCode() != 201 || !token.find()) {
            throw new IllegalStateException("no token: " + answer.statusCode() + " " + answer.body());
        }
        return token.group(1);
    }

    private static List<Long> tokenCalls(String base, String token, int count) throws Exception {
        List<Long> micros = new ArrayList<>();
        HttpRequest call = HttpRequest.newBuilder(URI.create(base + "/api/v1/venues"))
                .header("Authorization", "Bearer " + token).build();
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            HttpResponse<Void> answer = HTTP.send(call, HttpResponse.BodyHandlers.discarding());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("the token call answered " + answer.statusCode());
            }
            micros.add((System.nanoTime() - start) / 1000);
        }
        return micros;
    }

    /** One wrong-password call from a loopback address, over a socket of its own; answers the status. */
    private static int guess(URI base, String from, String user, String password) {
        try (Socket socket = new Socket(InetAddress.getByName(base.getHost()), base.getPort(),
                InetAddress.getByName(from), 0)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/v1/venues HTTP/1.1\r\nHost: " + base.getHost() + "\r\nAuthorization: "
                    + basic(user, password) + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String statusLine = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            in.transferTo(OutputStream.nullOutputStream());
            return Integer.parseInt(statusLine.substring(9, 12));
        } catch (Exception e) {
            return -1;
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static Map<Integer, Integer> toCounts(Map<Integer, AtomicInteger> counts) {
        Map<Integer, Integer> plain = new TreeMap<>();
        counts.forEach((k, v) -> plain.put(k, v.get()));
        return plain;
    }

    private static String summary(List<Long> micros) {
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        return String.format("p50 %.1f ms, p95 %.1f ms, max %.1f ms (%d calls)", sorted.get(sorted.size() / 2) / 1000.0,
                sorted.get((int) (sorted.size() * 0.95)) / 1000.0, sorted.get(sorted.size() - 1) / 1000.0, sorted.size());
    }
}
