package org.redress.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Headers and malformed requests over real HTTP, through Tomcat's own parsing and error pages. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebSecurityIT {

    @LocalServerPort int port;

    @ParameterizedTest
    @ValueSource(strings = {"/staff/search?t=%%%", "/feedback/track?x=%zz", "/?a=%", "/api/v1/services?x=%G1",
            "/staff/sign-in?%%=1", "/feedback?q=%E0%A4%A"})
    void badPercentEncodingIsAPlain400Page(String path) throws Exception {
        Answer answer = send("GET " + path + " HTTP/1.1", "Accept: text/html");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("There is a problem with the request");
    }

    @Test
    void badPercentEncodingInAFormBodyIsA400() throws Exception {
        Answer answer = send("POST /feedback/track HTTP/1.1", "Accept: text/html",
                "Content-Type: application/x-www-form-urlencoded", "Content-Length: 7", "", "a=%%%zz");
        assertThat(answer.status()).isEqualTo(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/staff/sign-in", "/accessibility", "/feedback", "/css/redress.css", "/favicon.svg",
            "/feedback/no-such-topic", "/no-such-page", "/staff/search?t=%%%", "/api/v1/services",
            "/api/v1/no-such-thing", "/actuator/health", "/error", "/govuk/no-such-file.js"})
    void everyAnswerCarriesTheStrictHeaders(String path) throws Exception {
        Answer answer = send("GET " + path + " HTTP/1.1", "Accept: text/html");
        String csp = answer.header("Content-Security-Policy");
        assertThat(csp).as(path).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(answer.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
        assertThat(answer.header("Referrer-Policy")).as(path).isNotNull();
        assertThat(answer.header("X-Frame-Options")).as(path).isEqualTo("DENY");
        assertThat(answer.status()).as(path).isLessThan(500);
    }

    @Test
    void errorPagesAreHtmlWithTheCsp() throws Exception {
        Answer notFound = send("GET /feedback/no-such-topic HTTP/1.1", "Accept: text/html");
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.body()).contains("Page not found");
        assertThat(notFound.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/staff/sign-in", "/api/v1/services"})
    void hstsOnlyOnceTheRequestCameOverTls(String path) throws Exception {
        assertThat(send("GET " + path + " HTTP/1.1").header("Strict-Transport-Security")).as(path).isNull();
        String hsts = send("GET " + path + " HTTP/1.1", "X-Forwarded-Proto: https").header("Strict-Transport-Security");
        assertThat(hsts).as(path).contains("max-age=").contains("includeSubDomains");
    }

    /** java.net.URI refuses malformed escapes, so requests go over a plain socket exactly as written. */
    Answer send(String requestLine, String... lines) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            StringBuilder request = new StringBuilder(requestLine).append("\r\nHost: localhost\r\nConnection: close\r\n");
            boolean body = false;
            for (String line : lines) {
                body |= line.isEmpty();
                request.append(line).append(body && !line.isEmpty() ? "" : "\r\n");
            }
            if (!body) {
                request.append("\r\n");
            }
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            String text = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Answer(Integer.parseInt(text.substring(9, 12)), text);
        }
    }

    record Answer(int status, String text) {
        String header(String name) {
            String head = text.substring(0, Math.max(0, text.indexOf("\r\n\r\n")));
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                    return line.substring(colon + 1).strip();
                }
            }
            return null;
        }

        String body() {
            return text.substring(text.indexOf("\r\n\r\n") + 4);
        }
    }
}
