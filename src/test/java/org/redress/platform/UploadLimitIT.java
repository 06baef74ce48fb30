package org.redress.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Over real HTTP: an upload bigger than the multipart limit gets the "too big" page with 413, not a 500 or a CSRF
 * refusal, and nothing of it is kept.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.servlet.multipart.max-request-size=1MB", "spring.servlet.multipart.max-file-size=1MB",
        "redress.attachments.max-request-size=1MB", "redress.requests.max-body-size=1MB"})
class UploadLimitIT {

    @LocalServerPort int port;
    @Autowired JdbcClient db;

    @Test
    void anUploadOverTheLimitIsAnsweredWith413AndThePlainPageAndNothingIsSaved() throws Exception {
        long before = db.sql("select count(*) from intake_upload").query(Long.class).single();
        byte[] pdf = Arrays.copyOf("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 2 * 1024 * 1024);
        String boundary = "redress-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"scan.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[head.length + pdf.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(pdf, 0, body, head.length, pdf.length);
        System.arraycopy(tail, 0, body, head.length + pdf.length, tail.length);

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder()
                .uri(URI.create("http://localhost:" + port + "/feedback/files"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("The files you chose are too big").contains("govuk-template");
        assertThat(db.sql("select count(*) from intake_upload").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aJsonBodySentInChunksIsCutOffAtTheLimitWith413() throws Exception {
        byte[] json = ("{\"description\":\"" + "y".repeat(3 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);

        // A body from a stream has no declared length: the client sends it in chunks.
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder()
                .uri(URI.create("http://localhost:" + port + "/api/v1/cases"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        "admin:test-sign-in-secret".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(json))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("body");
    }

    @Test
    void anUploadSentInChunksToThePublicFormIsRefused() throws Exception {
        long before = db.sql("select count(*) from intake_upload").query(Long.class).single();
        byte[] body = ("--b\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.txt\"\r\n\r\n"
                + "x".repeat(2 * 1024 * 1024) + "\r\n--b--\r\n").getBytes(StandardCharsets.US_ASCII);

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder()
                .uri(URI.create("http://localhost:" + port + "/feedback/files"))
                .header("Content-Type", "multipart/form-data; boundary=b")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isBetween(400, 499);
        assertThat(db.sql("select count(*) from intake_upload").query(Long.class).single()).isEqualTo(before);
    }
}
