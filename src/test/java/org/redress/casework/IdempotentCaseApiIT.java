package org.redress.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.redress.TestCouncil;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/** {@code Idempotency-Key} on {@code POST /api/v1/cases}: a retried or doubled call logs one case. */
@SpringBootTest
@AutoConfigureMockMvc
class IdempotentCaseApiIT {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient db;

    @Autowired TestCouncil council;

    private MockHttpServletResponse send(String key, String body) throws Exception {
        var request = post("/api/v1/cases").with(httpBasic(council.feedbackTeam.getUsername(), TestCouncil.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private String complaint(String description) {
        return """
                {"type":"complaint","channel":"phone","receivedOn":"2020-12-17","serviceId":%d,
                 "description":"%s","customer":{"name":"Mr B","email":"b@example.com"}}"""
                .formatted(council.highways.id(), description);
    }

    private long cases() {
        return db.sql("select count(*) from feedback_case where authority_id = ?").param(council.authority.id())
                .query(Long.class).single();
    }

    private static String reference(MockHttpServletResponse response) throws Exception {
        return JsonPath.read(response.getContentAsString(), "$.reference");
    }

    @Test
    void aRetryWithTheSameKeyAndBodyGetsTheFirstAnswerAndNoSecondCase() throws Exception {
        String key = UUID.randomUUID().toString();
        MockHttpServletResponse first = send(key, complaint("Bin not collected"));
        MockHttpServletResponse retry = send(key, complaint("Bin not collected"));

        assertThat(first.getStatus()).isEqualTo(201);
        assertThat(first.getHeader("Idempotent-Replayed")).isEqualTo("false");
        assertThat(retry.getStatus()).isEqualTo(201);
        assertThat(retry.getHeader("Idempotent-Replayed")).isEqualTo("true");
        assertThat(reference(retry)).isEqualTo(reference(first));
        assertThat(retry.getHeader("Location")).isEqualTo(first.getHeader("Location"));
        assertThat(retry.getContentAsString()).isEqualTo(first.getContentAsString());
        assertThat(cases()).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedWith422AndLogsNothing() throws Exception {
        String key = UUID.randomUUID().toString();
        send(key, complaint("Bin not collected"));
        MockHttpServletResponse other = send(key, complaint("Pothole on the High Street"));

        assertThat(other.getStatus()).isEqualTo(422);
        assertThat(other.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat((String) JsonPath.read(other.getContentAsString(), "$.errors[0].field")).isEqualTo("Idempotency-Key");
        assertThat((String) JsonPath.read(other.getContentAsString(), "$.detail")).contains("different request");
        assertThat(cases()).isEqualTo(1);
    }

    @Test
    void withoutAKeyEachCallLogsACase() throws Exception {
        send(null, complaint("Bin not collected"));
        send(null, complaint("Bin not collected"));
        assertThat(cases()).isEqualTo(2);
    }

    @Test
    void aRejectedRequestLeavesItsKeyFreeForTheCorrectedOne() throws Exception {
        String key = UUID.randomUUID().toString();
        MockHttpServletResponse rejected = send(key, complaint(""));
        MockHttpServletResponse corrected = send(key, complaint("Bin not collected"));

        assertThat(rejected.getStatus()).isEqualTo(400);
        assertThat(corrected.getStatus()).isEqualTo(201);
        assertThat(cases()).isEqualTo(1);
    }

    @Test
    void aKeyTooLongIsNamedAsTheProblem() throws Exception {
        MockHttpServletResponse response = send("k".repeat(201), complaint("Bin not collected"));
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat((String) JsonPath.read(response.getContentAsString(), "$.errors[0].field")).isEqualTo("Idempotency-Key");
        assertThat(cases()).isZero();
    }

    @Test
    void callsSentAtTheSameMomentWithOneKeyLogOneCaseAndAllGetItsReference() throws Exception {
        String key = UUID.randomUUID().toString();
        int callers = 8;
        CyclicBarrier together = new CyclicBarrier(callers);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<MockHttpServletResponse>> calls = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                calls.add(pool.submit(() -> {
                    together.await();
                    return send(key, complaint("Bin not collected"));
                }));
            }
            List<String> references = new ArrayList<>();
            for (Future<MockHttpServletResponse> call : calls) {
                MockHttpServletResponse response = call.get();
                assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
                references.add(reference(response));
            }
            assertThat(references).hasSize(callers).containsOnly(references.get(0));
        } finally {
            pool.shutdown();
        }
        assertThat(cases()).isEqualTo(1);
    }
}
