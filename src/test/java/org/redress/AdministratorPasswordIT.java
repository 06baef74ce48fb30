package org.redress;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The administrator's password across restarts of a real server: generated and printed on the first start only,
 * kept by every later start, and reset only when {@code REDRESS_ADMIN_PASSWORD} asks for it.
 */
class AdministratorPasswordIT {

    static final Pattern PRINTED = Pattern.compile("password: (\\S+)");
    static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    @TempDir
    Path dataDir;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private int signIn(AppProcess app, String username, String password) throws Exception {
        String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(app.uri("/api/v1/services")).header("Authorization", "Basic " + basic)
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void aRestartWithoutTheSettingKeepsThePasswordPrintedOnTheFirstStartAndNeverPrintsItAgain() throws Exception {
        Files.createDirectories(Path.of("target"));
        String username = "first-" + RUN;
        Map<String, String> env = AppProcess.environment(dataDir, username, "not-used");
        env.remove("REDRESS_ADMIN_PASSWORD");

        Path firstLog = Path.of("target", "admin-password-first-" + RUN + ".log");
        String printed;
        try (AppProcess first = AppProcess.start(env, firstLog)) {
            Matcher password = PRINTED.matcher(Files.readString(firstLog));
            assertThat(password.find()).as("the first start prints the password; see " + firstLog).isTrue();
            assertThat(Files.readString(firstLog)).as("the address to sign in at, whole, so it can be clicked")
                    .contains("Sign in at http://localhost:" + first.port + "/staff/sign-in");
            printed = password.group(1);
            assertThat(signIn(first, username, printed)).isEqualTo(200);
        }

        Path secondLog = Path.of("target", "admin-password-second-" + RUN + ".log");
        try (AppProcess second = AppProcess.start(env, secondLog)) {
            assertThat(signIn(second, username, printed)).as("the password that worked before").isEqualTo(200);
            assertThat(Files.readString(secondLog)).doesNotContain(printed).doesNotContainPattern(PRINTED);
        }

        String chosen = "chosen-on-purpose-" + RUN;
        env.put("REDRESS_ADMIN_PASSWORD", chosen);
        Path thirdLog = Path.of("target", "admin-password-third-" + RUN + ".log");
        try (AppProcess third = AppProcess.start(env, thirdLog)) {
            assertThat(signIn(third, username, chosen)).as("REDRESS_ADMIN_PASSWORD resets it").isEqualTo(200);
            assertThat(signIn(third, username, printed)).isEqualTo(401);
            assertThat(Files.readString(thirdLog)).doesNotContain(chosen).doesNotContain(printed);
        }
    }
}
