package org.redress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing lost: 10,000 case submissions to the API, each with its own Idempotency-Key, from 32 threads; the server
 * is killed with SIGKILL after about 40% have been answered and started again on the same database. Every
 * submission that was answered 201 exists exactly once, no key made two cases, the rest failed visibly, and
 * retrying those with their keys makes each case at most once.
 *
 * <p>API only: the public form takes eight requests and a session per submission, which would make this test
 * measure the form rather than the commit; the form's double-submit key is the same mechanism (a unique key written
 * in the case's transaction). Runs on the shipped embedded database (H2 file) or, with SPRING_DATASOURCE_URL, on
 * PostgreSQL.
 */
class NothingLostIT {

    static final int SUBMISSIONS = 10_000;
    static final int THREADS = 32;
    static final int KILL_AFTER = SUBMISSIONS * 4 / 10;
    static final Pattern REFERENCE = Pattern.compile("\"reference\"\\s*:\\s*\"([^\"]+)\"");

    enum Outcome { ACKNOWLEDGED, CONNECTION_FAILED, SERVER_ERROR, OTHER_ANSWER }

    record Result(Outcome outcome, int status, String reference, String problem) {
    }

    @TempDir
    Path dataDir;

    final String run = UUID.randomUUID().toString().substring(0, 8);
    final String admin = "crash-" + run;
    final String password = "crash-test-password-" + run;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    @Test
    void everyAcknowledgedSubmissionSurvivesASigkillExactlyOnceAndRetriesWithTheirKeysMakeNoDuplicates()
            throws Exception {
        Map<String, String> env = AppProcess.environment(dataDir, admin, password);
        // The servers' output is kept with the build's files, to read when this test fails.
        Files.createDirectories(Path.of("target"));
        Path log = Path.of("target", "nothing-lost-" + run + ".log");
        long started = System.nanoTime();
        long serviceId;
        AppProcess first = AppProcess.start(env, log);
        Result[] results = new Result[SUBMISSIONS];
        AtomicInteger answered = new AtomicInteger();
        AtomicBoolean killed = new AtomicBoolean();
        int exitStatus;
        try {
            serviceId = AppProcess.prepare(dataDir, admin, password, "Crash test " + run);
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            int[] exit = new int[1];
            for (int i = 0; i < SUBMISSIONS; i++) {
                int n = i;
                pool.submit(() -> {
                    results[n] = submit(first, serviceId, n);
                    if (answered.incrementAndGet() >= KILL_AFTER && killed.compareAndSet(false, true)) {
                        try {
                            exit[0] = first.kill();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                });
            }
            pool.shutdown();
            assertThat(pool.awaitTermination(10, TimeUnit.MINUTES)).isTrue();
            exitStatus = exit[0];
        } finally {
            first.close();
        }
        assertThat(killed).isTrue();
        assertThat(first.process.supportsNormalTermination())
                .as("destroy() would have been SIGTERM, so destroyForcibly() is SIGKILL").isTrue();
        assertThat(exitStatus).as("the server was ended by SIGKILL").isEqualTo(AppProcess.KILLED_BY_SIGKILL);

        Map<Outcome, Integer> counts = new HashMap<>();
        for (Result r : results) {
            counts.merge(r.outcome(), 1, Integer::sum);
        }
        int acknowledged = counts.getOrDefault(Outcome.ACKNOWLEDGED, 0);
        assertThat(acknowledged).as("some were answered before the kill").isGreaterThanOrEqualTo(KILL_AFTER / 2);
        assertThat(counts.getOrDefault(Outcome.OTHER_ANSWER, 0)).as("no submission was refused: %s", firstProblem(results))
                .isZero();

        try (AppProcess second = AppProcess.start(env, log)) {
            Map<Integer, List<String>> afterCrash = cases();
            Map<String, String> keys = keys();
            List<Integer> lost = new ArrayList<>();
            for (int i = 0; i < SUBMISSIONS; i++) {
                if (results[i].outcome() == Outcome.ACKNOWLEDGED && !afterCrash.containsKey(i)) {
                    lost.add(i);
                }
            }
            assertThat(lost).as("%d of %d acknowledged submissions were lost in the crash; server output in %s",
                    lost.size(), acknowledged, log).isEmpty();
            for (int i = 0; i < SUBMISSIONS; i++) {
                if (results[i].outcome() == Outcome.ACKNOWLEDGED) {
                    assertThat(afterCrash.get(i)).as("acknowledged submission %d", i).containsExactly(results[i].reference());
                }
                List<String> found = afterCrash.getOrDefault(i, List.of());
                assertThat(found).as("submission %d made at most one case", i).hasSizeLessThanOrEqualTo(1);
                assertThat(keys.get(key(i))).as("the key of submission %d was kept with its case, and only then", i)
                        .isEqualTo(found.isEmpty() ? null : found.get(0));
            }
            int foundAfterCrash = afterCrash.size();
            System.out.printf("Nothing lost (%s): sent %d, acknowledged %d, found after the crash %d, lost 0%n",
                    database(), SUBMISSIONS, acknowledged, foundAfterCrash);

            // Retrying what failed, with the same keys: a case already made answers again, the rest are made now.
            int replayed = 0;
            long restarted = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<java.util.concurrent.Future<Result>> retries = new ArrayList<>();
            List<Integer> retried = new ArrayList<>();
            for (int i = 0; i < SUBMISSIONS; i++) {
                if (results[i].outcome() != Outcome.ACKNOWLEDGED) {
                    int n = i;
                    retried.add(n);
                    retries.add(pool.submit(() -> retry(second, serviceId, n)));
                }
            }
            pool.shutdown();
            for (int j = 0; j < retried.size(); j++) {
                int n = retried.get(j);
                Result retry = retries.get(j).get();
                assertThat(retry.outcome()).as("retry of %d: %s", n, retry.problem()).isEqualTo(Outcome.ACKNOWLEDGED);
                if (afterCrash.containsKey(n)) {
                    assertThat(retry.reference()).isEqualTo(afterCrash.get(n).get(0));
                    replayed++;
                }
            }
            Map<Integer, List<String>> atEnd = cases();
            assertThat(atEnd).hasSize(SUBMISSIONS);
            assertThat(atEnd.values()).allSatisfy(references -> assertThat(references).hasSize(1));

            System.out.printf("""
                    Nothing lost (%s): sent %d, acknowledged %d, failed visibly %d (connection %d, 5xx %d); \
                    found after the crash %d (%d committed but never answered); retried %d, of which %d answered \
                    from their key and %d made now; cases at the end %d, duplicates 0%n""",
                    database(), SUBMISSIONS, acknowledged, SUBMISSIONS - acknowledged,
                    counts.getOrDefault(Outcome.CONNECTION_FAILED, 0), counts.getOrDefault(Outcome.SERVER_ERROR, 0),
                    foundAfterCrash, foundAfterCrash - acknowledged, retried.size(), replayed,
                    retried.size() - replayed, atEnd.size());
            System.out.printf("Nothing lost: %d s to the kill and restart, %d s to retry; server output in %s%n",
                    (restarted - started) / 1_000_000_000, (System.nanoTime() - restarted) / 1_000_000_000, log);
            assertThat(replayed).isEqualTo(foundAfterCrash - acknowledged);
        }
    }

    /** What a client does with a key: send again until answered; the key makes that safe. */
    private Result retry(AppProcess app, long serviceId, int n) {
        Result result = submit(app, serviceId, n);
        for (int attempt = 1; attempt < 5 && result.outcome() != Outcome.ACKNOWLEDGED; attempt++) {
            result = submit(app, serviceId, n);
        }
        return result;
    }

    private Result submit(AppProcess app, long serviceId, int n) {
        String body = """
                {"type":"complaint","channel":"email","receivedOn":"2021-01-04","serviceId":%d,
                 "description":"%s","customer":{"name":"Resident %d"}}""".formatted(serviceId, description(n), n);
        HttpRequest request = HttpRequest.newBuilder(app.uri("/api/v1/cases"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((admin + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key(n))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            Matcher reference = REFERENCE.matcher(response.body());
            if (response.statusCode() == 201 && reference.find()) {
                return new Result(Outcome.ACKNOWLEDGED, 201, reference.group(1), null);
            }
            return new Result(response.statusCode() >= 500 ? Outcome.SERVER_ERROR : Outcome.OTHER_ANSWER,
                    response.statusCode(), null, response.body());
        } catch (IOException e) {
            return new Result(Outcome.CONNECTION_FAILED, 0, null, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(Outcome.CONNECTION_FAILED, 0, null, e.toString());
        }
    }

    private String description(int n) {
        return descriptionPrefix() + n;
    }

    /** What every description of this run begins with (the run id is random hex, and may begin with a digit). */
    private String descriptionPrefix() {
        return "Crash test " + run + " submission ";
    }

    private String key(int n) {
        return "crash-" + run + "-" + n;
    }

    private static String firstProblem(Result[] results) {
        for (Result r : results) {
            if (r.outcome() == Outcome.OTHER_ANSWER) {
                return r.status() + " " + r.problem();
            }
        }
        return "none";
    }

    /** The cases this run made, by submission number. */
    private Map<Integer, List<String>> cases() throws SQLException {
        Map<Integer, List<String>> found = new HashMap<>();
        String prefix = descriptionPrefix();
        try (Connection db = connect();
                PreparedStatement s = db.prepareStatement("select description, reference from feedback_case where description like ?")) {
            s.setString(1, prefix + "%");
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    int n = Integer.parseInt(rs.getString(1).substring(prefix.length()).strip());
                    found.computeIfAbsent(n, k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        return found;
    }

    /** This run's idempotency keys and the case each made. */
    private Map<String, String> keys() throws SQLException {
        Map<String, String> found = new HashMap<>();
        try (Connection db = connect(); Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("select idempotency_key, resource from idempotency_key "
                        + "where idempotency_key like 'crash-" + run + "-%'")) {
            while (rs.next()) {
                assertThat(found.put(rs.getString(1), rs.getString(2))).as("key %s once", rs.getString(1)).isNull();
            }
        }
        return found;
    }

    private String database() {
        return AppProcess.onPostgres() ? "PostgreSQL" : "H2 file";
    }

    private Connection connect() throws SQLException {
        return AppProcess.connect(dataDir);
    }

}
