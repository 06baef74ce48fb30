package org.redress;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two Redress servers on one database, as behind a load balancer (two processes; on the embedded database the
 * second reaches the first's H2 file through AUTO_SERVER). A session begun on one is good on the other, since
 * sessions live in the database, and cases logged on both at once get distinct references (one database
 * sequence). That a scheduled job runs once across instances is shown by {@code StaffRemindersIT}.
 */
class TwoInstancesIT {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    static final Pattern SESSION = Pattern.compile("SESSION=([^;]+)");
    static final Pattern REFERENCE = Pattern.compile("\"reference\"\\s*:\\s*\"([^\"]+)\"");

    @TempDir
    static Path dataDir;

    static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    static final String ADMIN = "two-" + RUN;
    static final String PASSWORD = "two-instances-password-" + RUN;

    static AppProcess a;
    static AppProcess b;
    static long serviceId;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startTwoServers() throws Exception {
        Files.createDirectories(Path.of("target"));
        Map<String, String> env = AppProcess.environment(dataDir, ADMIN, PASSWORD);
        a = AppProcess.start(env, Path.of("target", "two-instances-a-" + RUN + ".log"));
        b = AppProcess.start(env, Path.of("target", "two-instances-b-" + RUN + ".log"));
        serviceId = AppProcess.prepare(dataDir, ADMIN, PASSWORD, "Two instances " + RUN);
    }

    @AfterAll
    static void stopThem() throws Exception {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    private HttpResponse<String> get(URI uri, String session) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "text/html");
        if (session != null) {
            request.header("Cookie", "SESSION=" + session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(URI uri, String session, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(uri).header("Accept", "text/html")
                .header("Cookie", "SESSION=" + session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String session(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().map(SESSION::matcher).filter(Matcher::find)
                .map(m -> m.group(1)).reduce((first, last) -> last).orElseThrow();
    }

    private static String csrf(HttpResponse<String> page) {
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).as("the page's form carries a CSRF token").isTrue();
        return token.group(1);
    }

    /** Signs in through server A's sign-in page and returns the session cookie it set. */
    private String signInOnA() throws Exception {
        HttpResponse<String> page = get(a.uri("/staff/sign-in"), null);
        String session = session(page);
        HttpResponse<String> signedIn = post(a.uri("/staff/sign-in"), session,
                Map.of("username", ADMIN, "password", PASSWORD, "_csrf", csrf(page)));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/staff");
        return session(signedIn);
    }

    @Test
    void aSessionBegunOnOneServerIsSignedInOnTheOther() throws Exception {
        String session = signInOnA();

        HttpResponse<String> onB = get(b.uri("/staff"), session);
        assertThat(onB.statusCode()).isEqualTo(200);
        assertThat(onB.body()).as("the staff page, signed in").contains("/staff/sign-out");

        HttpResponse<String> withoutIt = get(b.uri("/staff"), null);
        assertThat(withoutIt.statusCode()).as("server B asks a stranger to sign in").isEqualTo(302);
        assertThat(withoutIt.headers().firstValue("Location").orElseThrow()).endsWith("/staff/sign-in");
    }

    @Test
    void signingOutOnOneServerEndsTheSessionOnTheOther() throws Exception {
        String session = signInOnA();
        HttpResponse<String> pageOnB = get(b.uri("/staff"), session);

        HttpResponse<String> signedOut = post(b.uri("/staff/sign-out"), session, Map.of("_csrf", csrf(pageOnB)));
        assertThat(signedOut.statusCode()).isEqualTo(302);

        HttpResponse<String> onA = get(a.uri("/staff"), session);
        assertThat(onA.statusCode()).isEqualTo(302);
        assertThat(onA.headers().firstValue("Location").orElseThrow()).endsWith("/staff/sign-in");
    }

    @Test
    void casesLoggedOnBothServersAtOnceGetDistinctReferences() throws Exception {
        int threadsPerServer = 4;
        int casesPerThread = 15;
        CyclicBarrier together = new CyclicBarrier(threadsPerServer * 2);
        ExecutorService pool = Executors.newFixedThreadPool(threadsPerServer * 2);
        String basic = "Basic " + Base64.getEncoder().encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        String body = """
                {"type":"complaint","channel":"phone","receivedOn":"2021-03-01","serviceId":%d,
                 "description":"Logged on two servers","customer":{"name":"Ms C"}}""".formatted(serviceId);
        try {
            List<Future<List<String>>> batches = new ArrayList<>();
            for (AppProcess server : List.of(a, b)) {
                for (int t = 0; t < threadsPerServer; t++) {
                    batches.add(pool.submit(() -> {
                        together.await();
                        List<String> references = new ArrayList<>();
                        for (int i = 0; i < casesPerThread; i++) {
                            HttpResponse<String> created = http.send(HttpRequest.newBuilder(server.uri("/api/v1/cases"))
                                    .header("Authorization", basic).header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                                    HttpResponse.BodyHandlers.ofString());
                            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
                            Matcher reference = REFERENCE.matcher(created.body());
                            assertThat(reference.find()).isTrue();
                            references.add(reference.group(1));
                        }
                        return references;
                    }));
                }
            }
            List<String> all = new ArrayList<>();
            for (Future<List<String>> batch : batches) {
                all.addAll(batch.get());
            }
            assertThat(all).hasSize(threadsPerServer * 2 * casesPerThread);
            assertThat(new HashSet<>(all)).as("no reference given twice").hasSameSizeAs(all);
        } finally {
            pool.shutdown();
        }
    }
}
