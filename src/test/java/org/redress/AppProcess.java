package org.redress;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Redress as a separate operating-system process on a free port, started from the test's own class path with only
 * the shipped configuration ({@code application.yml}, not the tests' one), so it can be killed like a real server.
 */
public final class AppProcess implements AutoCloseable {

    /** The exit status Java reports for a process ended by SIGKILL (128 + 9). */
    public static final int KILLED_BY_SIGKILL = 137;

    public final int port;
    public final Process process;
    public final Path log;

    private AppProcess(int port, Process process, Path log) {
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** Starts the application with these environment variables (on top of the test's own) and waits until healthy. */
    public static AppProcess start(Map<String, String> environment, Path log) throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"),
                "org.redress.RedressApplication",
                "--spring.config.location=classpath:/application.yml"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("SERVER_PORT", String.valueOf(port));
        AppProcess app = new AppProcess(port, builder.start(), log);
        app.awaitHealthy(Duration.ofMinutes(3));
        return app;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Ends the process with SIGKILL (no shutdown hooks, no flushing) and returns its exit status. */
    public int kill() throws InterruptedException {
        process.destroyForcibly();
        return process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private void awaitHealthy(Duration limit) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant until = Instant.now().plus(limit);
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Redress stopped while starting; see " + log);
            }
            try {
                HttpResponse<String> health = client.send(HttpRequest.newBuilder(uri("/actuator/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("UP")) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        process.destroyForcibly();
        throw new IllegalStateException("Redress did not become healthy in " + limit + "; see " + log);
    }

    /** Whether the tests were given PostgreSQL (SPRING_DATASOURCE_URL); else the servers use the embedded H2 file. */
    public static boolean onPostgres() {
        String url = System.getenv("SPRING_DATASOURCE_URL");
        return url != null && url.startsWith("jdbc:postgresql:");
    }

    /**
     * What a server needs to start on the shared database, with this administrator. The embedded database is the
     * shipped default URL in {@code dataDir}, plus AUTO_SERVER so that a second server and this test can open it
     * while the first runs; on PostgreSQL the server inherits SPRING_DATASOURCE_URL.
     */
    public static Map<String, String> environment(Path dataDir, String admin, String password) {
        Map<String, String> env = new HashMap<>();
        env.put("REDRESS_DATA_DIR", dataDir.toAbsolutePath().toString());
        env.put("REDRESS_DEMO_DATA", "false");
        env.put("REDRESS_ADMIN_USERNAME", admin);
        env.put("REDRESS_ADMIN_PASSWORD", password);
        // Cheap hashes, as in the other tests: at the production cost, and with hashes upgraded to it on sign-in,
        // checking the password on each of thousands of Basic-authenticated calls would be all these tests time.
        env.put("REDRESS_SIGN_IN_PASSWORD_STRENGTH", "4");
        if (!onPostgres()) {
            env.put("SPRING_DATASOURCE_URL", h2Url(dataDir));
            env.put("SPRING_DATASOURCE_USERNAME", "sa");
            env.put("SPRING_DATASOURCE_PASSWORD", "");
        }
        return env;
    }

    /** A connection to the servers' database, for the test to prepare and check. */
    public static Connection connect(Path dataDir) throws SQLException {
        if (onPostgres()) {
            return DriverManager.getConnection(System.getenv("SPRING_DATASOURCE_URL"),
                    System.getenv("SPRING_DATASOURCE_USERNAME"),
                    System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", ""));
        }
        return DriverManager.getConnection(h2Url(dataDir), "sa", "");
    }

    /**
     * A service to log against, in the administrator's council, and a cheap password hash for the administrator:
     * bcrypt's default cost on every one of thousands of Basic-authenticated calls would make a test time bcrypt.
     * Returns the service's id.
     */
    public static long prepare(Path dataDir, String admin, String password, String name) throws SQLException {
        try (Connection db = connect(dataDir)) {
            long authorityId;
            try (PreparedStatement s = db.prepareStatement("select authority_id from staff where username = ?")) {
                s.setString(1, admin);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("The administrator was not created at start-up");
                    }
                    authorityId = rs.getLong(1);
                }
            }
            try (PreparedStatement s = db.prepareStatement("update staff set password_hash = ? where username = ?")) {
                s.setString(1, "{bcrypt}" + new BCryptPasswordEncoder(4).encode(password));
                s.setString(2, admin);
                s.executeUpdate();
            }
            long directorateId = insert(db, "insert into directorate (authority_id, name) values (?, ?)",
                    authorityId, name);
            return insert(db, "insert into service (authority_id, directorate_id, name) values (?, ?, ?)",
                    authorityId, directorateId, name);
        }
    }

    private static long insert(Connection db, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql, new String[] {"id"})) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static String h2Url(Path dataDir) {
        YamlPropertiesFactoryBean shipped = new YamlPropertiesFactoryBean();
        shipped.setResources(new ClassPathResource("application.yml"));
        return shipped.getObject().getProperty("spring.datasource.url")
                .replace("${redress.data-dir}", dataDir.toAbsolutePath().toString()) + ";AUTO_SERVER=TRUE";
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
