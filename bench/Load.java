import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The loopback load generator of bench/run: a fixed pool of workers, each sending its requests one after another,
 * timing each from send to last byte, after {@link #WARM_UP_S} seconds of the same calls untimed. Prints one line per
 * run: {@code RESULT <label> n=<requests> errors=<non-2xx> rps=<per second> p50=<ms> p95=<ms> p99=<ms>
 * warm_up=<calls>}.
 *
 * <pre>
 *   java bench/Load.java create BASE_URL USER PASSWORD SERVICE_ID CONCURRENCY REQUESTS
 *       cases through POST /api/v1/cases, HTTP Basic as the API asks
 *   java -cp postgresql.jar bench/Load.java jdbc JDBC_URL DB_USER AUTHORITY_CODE CONCURRENCY REQUESTS
 *       the same rows (case, its first stage, its event) by plain JDBC inserts, one transaction per case
 *   java bench/Load.java pages BASE_URL USER PASSWORD CONCURRENCY REQUESTS LABEL=PATH...
 *       staff pages after one sign-in (a session, as a browser has), each path REQUESTS times
 *   java bench/Load.java rt-create RT_URL TOKEN CONCURRENCY REQUESTS
 *   java bench/Load.java rt-get RT_URL TOKEN CONCURRENCY REQUESTS LABEL=PATH...
 *       the peer, Request Tracker 5, through REST2 with an auth token
 * </pre>
 */
public class Load {

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "create" -> create(args[1], args[2], args[3], Long.parseLong(args[4]), Integer.parseInt(args[5]),
                    Integer.parseInt(args[6]));
            case "jdbc" -> jdbc(args[1], args[2], args[3], Integer.parseInt(args[4]), Integer.parseInt(args[5]));
            case "pages" -> pages(args[1], args[2], args[3], Integer.parseInt(args[4]), Integer.parseInt(args[5]),
                    Arrays.copyOfRange(args, 6, args.length));
            case "rt-create" -> rtCreate(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            case "rt-get" -> rtGet(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]),
                    Arrays.copyOfRange(args, 5, args.length));
            default -> throw new IllegalArgumentException("create, jdbc, pages, rt-create or rt-get, not " + args[0]);
        }
    }

    interface Call {
        /** One request; true when it succeeded. */
        boolean run(int n) throws Exception;
    }

    /**
     * Seconds of calls at the run's own concurrency before the timed ones (WARM_UP_S, default 5): both JVMs compile
     * the path (the server's JIT, the load generator's own), pools fill and the database caches what the calls read,
     * as on a server that has been up a while. Without it the timed calls time the generator's compiler too: on 3
     * December, ten runs of 500 creates at concurrency 8 against one warm server had a p95 of 45 to 59 ms with a cold
     * generator, 28 to 34 ms with a warm one (bench/README.md).
     */
    static final double WARM_UP_S = Double.parseDouble(System.getenv().getOrDefault("WARM_UP_S", "5"));

    /** Runs requests calls over a fixed pool of concurrency workers, after the warm-up, and prints the figures. */
    static void measure(String label, int concurrency, int requests, Call call) throws Exception {
        long[] took = new long[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        int warmed = warmUp(pool, concurrency, requests, call);
        long started = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    long t = System.nanoTime();
                    boolean ok;
                    try {
                        ok = call.run(i);
                    } catch (Exception e) {
                        ok = false;
                        if (errors.get() == 0) {
                            System.err.println(label + ": " + e);
                        }
                    }
                    took[i] = System.nanoTime() - t;
                    if (!ok) {
                        errors.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : workers) {
            f.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        Arrays.sort(took);
        System.out.printf("RESULT %s n=%d errors=%d rps=%.1f p50=%.1f p95=%.1f p99=%.1f warm_up=%d%n", label, requests,
                errors.get(), requests / seconds, ms(took, 0.50), ms(took, 0.95), ms(took, 0.99), warmed);
    }

    /**
     * Calls for {@link #WARM_UP_S} seconds, at least once per worker, numbered from {@code first} so that no call
     * repeats one of the timed ones (their numbers make references and e-mail addresses). Returns how many it made.
     */
    static int warmUp(ExecutorService pool, int concurrency, int first, Call call) throws Exception {
        long until = System.nanoTime() + (long) (WARM_UP_S * 1e9);
        AtomicInteger next = new AtomicInteger(first);
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            workers.add(pool.submit(() -> {
                do {
                    try {
                        call.run(next.getAndIncrement());
                    } catch (Exception e) {
                        // the timed calls count errors; a warm-up call that fails only warms less
                    }
                } while (System.nanoTime() < until);
                return null;
            }));
        }
        for (Future<?> f : workers) {
            f.get();
        }
        return next.get() - first;
    }

    static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    // ---- cases through the API --------------------------------------------------------------------------------

    static String caseBody(int n, long serviceId) {
        String[] types = {"complaint", "complaint", "complaint", "comment", "compliment", "enquiry"};
        String[] channels = {"phone", "letter", "email", "online"};
        return """
                {"type":"%s","channel":"%s","receivedOn":"%s","serviceId":%d,
                 "description":"Load test case %d: the bins in Mill Lane were not collected on Tuesday",
                 "customer":{"name":"Load Customer %d","email":"load%d@example.com"},"reasons":[],"tags":[]}"""
                .formatted(types[n % types.length], channels[n % channels.length], LocalDate.now().minusDays(n % 5),
                        serviceId, n, n, n);
    }

    static void create(String base, String user, String password, long serviceId, int concurrency, int requests)
            throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        // "bearer:TOKEN" signs each request with an API token (a hash look-up); otherwise HTTP Basic (bcrypt each time).
        boolean bearer = password.startsWith("bearer:");
        String auth = bearer ? "Bearer " + password.substring("bearer:".length())
                : "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        int offset = (int) (System.nanoTime() % 1_000_000);
        Call post = n -> {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/cases"))
                    .header("Authorization", auth).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(caseBody(offset + n, serviceId))).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201 && n == 0) {
                System.err.println("create answered " + response.statusCode() + ": " + response.body());
            }
            return response.statusCode() == 201;
        };
        measure((bearer ? "create-api-c" : "create-api-basic-c") + concurrency, concurrency, requests, post);
    }

    // ---- the same rows by plain JDBC ---------------------------------------------------------------------------

    static void jdbc(String url, String user, String authorityCode, int concurrency, int requests) throws Exception {
        long authorityId;
        long serviceId;
        long directorateId;
        try (Connection c = DriverManager.getConnection(url, user, "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select a.id, s.id, s.directorate_id from authority a "
                        + "join service s on s.authority_id = a.id where a.code = '" + authorityCode + "' order by s.id limit 1")) {
            rs.next();
            authorityId = rs.getLong(1);
            serviceId = rs.getLong(2);
            directorateId = rs.getLong(3);
        }
        ThreadLocal<Connection> connections = ThreadLocal.withInitial(() -> {
            try {
                Connection c = DriverManager.getConnection(url, user, "");
                c.setAutoCommit(false);
                return c;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        int offset = (int) (System.nanoTime() % 1_000_000);
        Call insert = n -> {
            Connection c = connections.get();
            int k = offset + n;
            LocalDate received = LocalDate.now().minusDays(k % 5);
            long caseId;
            try (PreparedStatement p = c.prepareStatement("""
                    insert into feedback_case (authority_id, reference, feedback_type, channel, status, received_on,
                        directorate_id, service_id, procedure_code, current_stage, description, customer_name, customer_email,
                        open_response_due)
                    values (?, ?, 'complaint', 'phone', 'received', ?, ?, ?, 'corporate', 1, ?, ?, ?, ?)""",
                    new String[] {"id"})) {
                p.setLong(1, authorityId);
                p.setString(2, "J" + k + "x" + Thread.currentThread().getId());
                p.setObject(3, received);
                p.setLong(4, directorateId);
                p.setLong(5, serviceId);
                p.setString(6, "Load test case " + k + ": the bins in Mill Lane were not collected on Tuesday");
                p.setString(7, "Load Customer " + k);
                p.setString(8, "load" + k + "@example.com");
                p.setObject(9, received.plusDays(28));
                p.executeUpdate();
                try (ResultSet keys = p.getGeneratedKeys()) {
                    keys.next();
                    caseId = keys.getLong(1);
                }
            }
            try (PreparedStatement p = c.prepareStatement("""
                    insert into case_stage (authority_id, case_id, stage_number, received_on, acknowledgement_due,
                        response_due, original_response_due, case_feedback_type, case_directorate_id)
                    values (?, ?, 1, ?, ?, ?, ?, 'complaint', ?)""")) {
                p.setLong(1, authorityId);
                p.setLong(2, caseId);
                p.setObject(3, received);
                p.setObject(4, received.plusDays(3));
                p.setObject(5, received.plusDays(28));
                p.setObject(6, received.plusDays(28));
                p.setLong(7, directorateId);
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement("""
                    insert into case_event (authority_id, case_id, occurred_at, actor, action, to_status, stage_number, summary)
                    values (?, ?, current_timestamp, 'Load', 'logged', 'received', 1, 'Logged')""")) {
                p.setLong(1, authorityId);
                p.setLong(2, caseId);
                p.executeUpdate();
            }
            c.commit();
            return true;
        };
        measure("create-jdbc-c" + concurrency, concurrency, requests, insert);
    }

    // ---- staff pages with a session ----------------------------------------------------------------------------

    static void pages(String base, String user, String password, int concurrency, int requests, String[] paths)
            throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
        String signIn = http.send(HttpRequest.newBuilder(URI.create(base + "/staff/sign-in")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(signIn);
        if (!csrf.find()) {
            csrf = Pattern.compile("value=\"([^\"]+)\"\\s+name=\"_csrf\"").matcher(signIn);
            csrf.find();
        }
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(base + "/staff/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (signedIn.uri().getPath().startsWith("/staff/sign-in")) {
            throw new IllegalStateException("could not sign in as " + user);
        }
        for (String labelled : paths) {
            String label = labelled.substring(0, labelled.indexOf('='));
            URI uri = URI.create(base + labelled.substring(labelled.indexOf('=') + 1));
            Call get = n -> {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
                return r.statusCode() == 200 && !r.uri().getPath().startsWith("/staff/sign-in");
            };
            measure(label, concurrency, requests, get);
        }
    }

    // ---- the peer: Request Tracker 5 through REST2 ---------------------------------------------------------------

    static void rtCreate(String base, String token, int concurrency, int requests) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        int offset = (int) (System.nanoTime() % 1_000_000);
        Call post = n -> {
            String body = """
                    {"Queue":"General","Subject":"Load test ticket %d","Content":"The bins in Mill Lane were not collected on Tuesday","Requestor":"load%d@example.com"}"""
                    .formatted(offset + n, offset + n);
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/REST/2.0/ticket"))
                    .header("Authorization", "token " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 201 && n == 0) {
                System.err.println("RT answered " + r.statusCode() + ": " + r.body());
            }
            return r.statusCode() == 201;
        };
        measure("rt5-create-c" + concurrency, concurrency, requests, post);
    }

    static void rtGet(String base, String token, int concurrency, int requests, String[] paths) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        for (String labelled : paths) {
            String label = labelled.substring(0, labelled.indexOf('='));
            URI uri = URI.create(base + labelled.substring(labelled.indexOf('=') + 1));
            Call get = n -> http.send(HttpRequest.newBuilder(uri).header("Authorization", "token " + token).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
            measure(label, concurrency, requests, get);
        }
    }
}
