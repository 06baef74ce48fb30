package org.redress.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redress.TestCouncil;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.util.unit.DataSize;

/**
 * A load test of the public form from one address: it sends form after form, each with files, until refused. What
 * it leaves in the database stays within the address's quotas, and a person at another address still gets through;
 * directly, and behind a trusted proxy that names the client in {@code X-Forwarded-For}.
 */
@SpringBootTest(properties = "spring.autoconfigure.exclude="
        + "org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration")
@AutoConfigureMockMvc
class PublicFormQuotaIT {

    static final int SUBMISSIONS = 3;
    static final int FILES = 5;
    static final long BYTES = 3_000;
    static final byte[] TEXT = ("Receipt line\n".repeat(70)).getBytes(StandardCharsets.US_ASCII);

    @Autowired MockMvc mvc;
    @Autowired IntakeProperties intake;
    @Autowired Topics topics;
    @Autowired JdbcClient db;

    @Autowired TestCouncil council;
    IntakeProperties before = new IntakeProperties();
    boolean viaProxy;
    int forged;

    @BeforeEach
    void quotas() {
        intake.setAuthorityCode(council.authority.code());
        before.setSubmissionsPerHour(intake.getSubmissionsPerHour());
        before.setAnswersPerHour(intake.getAnswersPerHour());
        before.setUploadFilesPerHour(intake.getUploadFilesPerHour());
        before.setUploadBytesPerHour(intake.getUploadBytesPerHour());
        intake.setSubmissionsPerHour(SUBMISSIONS);
        intake.setAnswersPerHour(200);
        intake.setUploadFilesPerHour(FILES);
        intake.setUploadBytesPerHour(DataSize.ofBytes(BYTES));
    }

    @AfterEach
    void restore() {
        intake.setSubmissionsPerHour(before.getSubmissionsPerHour());
        intake.setAnswersPerHour(before.getAnswersPerHour());
        intake.setUploadFilesPerHour(before.getUploadFilesPerHour());
        intake.setUploadBytesPerHour(before.getUploadBytesPerHour());
    }

    @Test
    void oneAddressSendingFormAfterFormStaysWithinItsQuotaAndAPersonElsewhereGetsThrough() throws Exception {
        floodThenAPersonElsewhere();
    }

    /**
     * The same behind the council's proxy (the loopback address, trusted by default): every request's peer is the
     * proxy and the client's address comes from {@code X-Forwarded-For}. The sender puts a different made-up address
     * in front of its own on every request; the proxy's appended hop is the one counted, so that does not help it.
     */
    @Test
    void behindATrustedProxyTheForwardedAddressHoldsItsQuotaWhateverElseTheHeaderSays() throws Exception {
        viaProxy = true;
        floodThenAPersonElsewhere();
    }

    private void floodThenAPersonElsewhere() throws Exception {
        String attacker = "198.51.100." + (council.authority.id() % 200 + 1);
        int refused = 0;
        for (int form = 0; form < 20; form++) {
            MockHttpSession session = new MockHttpSession();
            answerUpToFiles(attacker, session);
            int files = mvc.perform(from(attacker, multipart("/feedback/files")
                            .file(file("a.txt")).file(file("b.txt"))).session(session).with(csrf()))
                    .andReturn().getResponse().getStatus();
            refused += files == 429 ? 1 : 0;
            answerTheRest(attacker, session);
            int sent = send(attacker, session);
            refused += sent == 429 ? 1 : 0;
        }

        assertThat(refused).isGreaterThan(0);
        assertThat(count("feedback_case")).isLessThanOrEqualTo(SUBMISSIONS);
        assertThat(count("case_attachment") + count("intake_upload")).isLessThanOrEqualTo(FILES);
        assertThat(bytes("case_attachment") + bytes("intake_upload")).isLessThanOrEqualTo(BYTES);
        assertThat(stored("case_attachment") + stored("intake_upload")).isLessThanOrEqualTo(BYTES);

        String person = "203.0.113." + (council.authority.id() % 200 + 1);
        MockHttpSession session = new MockHttpSession();
        answerUpToFiles(person, session);
        assertThat(mvc.perform(from(person, multipart("/feedback/files").file(file("receipt.txt"))).session(session)
                .with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(302);
        answerTheRest(person, session);
        assertThat(send(person, session)).isEqualTo(302);
        assertThat(session.getAttribute(FeedbackPages.SUBMITTED)).isNotNull();
    }

    @Test
    void anAnswerThatFailsItsChecksIsNotKeptInTheSession() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String client = "192.0.2." + (council.authority.id() % 200 + 1);
        mvc.perform(from(client, post("/feedback/kind")).session(session).with(csrf()).param("kind", "complaint"));

        int status = mvc.perform(from(client, post("/feedback/details")).session(session).with(csrf())
                .param("whatHappened", "x".repeat(1_000_000))).andReturn().getResponse().getStatus();

        assertThat(status).isEqualTo(400);
        assertThat(((Answers) session.getAttribute(FeedbackPages.ANSWERS)).whatHappened).isNull();
    }

    private void answerUpToFiles(String client, MockHttpSession session) throws Exception {
        long topic = topics.list(council.authority.id()).get(0).id();
        answer(client, session, "/feedback/kind", "kind", "complaint");
        answer(client, session, "/feedback/about", "topicId", String.valueOf(topic));
        answer(client, session, "/feedback/details", "whatHappened", "Potholes");
        answer(client, session, "/feedback/outcome", "wantedOutcome", "Fill them");
    }

    private void answerTheRest(String client, MockHttpSession session) throws Exception {
        answer(client, session, "/feedback/behalf", "behalf", "no");
        answer(client, session, "/feedback/contact", "name", "Ada", "email", "ada@example.com", "contactBy", "email");
        mvc.perform(from(client, org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/feedback/check")).session(session));
    }

    private int send(String client, MockHttpSession session) throws Exception {
        String key = (String) session.getAttribute(FeedbackPages.KEY);
        return mvc.perform(from(client, post("/feedback/check")).session(session).with(csrf())
                .param("submissionKey", key == null ? "" : key)).andReturn().getResponse().getStatus();
    }

    private void answer(String client, MockHttpSession session, String path, String... fields) throws Exception {
        var request = from(client, post(path)).session(session).with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        mvc.perform(request);
    }

    private <B extends AbstractMockHttpServletRequestBuilder<B>> B from(String client, B request) {
        if (viaProxy) {
            // the peer stays the proxy (MockMvc's 127.0.0.1); the proxy appended the address it was sent from
            return request.header("X-Forwarded-For", "10.20." + (forged % 250) + "." + (forged++ % 200 + 1) + ", "
                    + client);
        }
        return request.with(r -> {
            r.setRemoteAddr(client);
            return r;
        });
    }

    private static MockMultipartFile file(String name) {
        return new MockMultipartFile("files", name, "text/plain", TEXT);
    }

    private long count(String table) {
        return db.sql("select count(*) from " + table + " where authority_id = ?").param(council.authority.id())
                .query(Long.class).single();
    }

    /** The bytes of files actually held, whatever the rows say their size is. */
    private long stored(String table) {
        return db.sql("select coalesce(sum(octet_length(content)), 0) from " + table + " where authority_id = ?")
                .param(council.authority.id()).query(Long.class).single();
    }

    private long bytes(String table) {
        return db.sql("select coalesce(sum(size_bytes), 0) from " + table + " where authority_id = ?")
                .param(council.authority.id()).query(Long.class).single();
    }
}
