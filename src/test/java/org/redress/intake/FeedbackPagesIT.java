package org.redress.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redress.TestCouncil;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The form over HTTP: a resend makes no second case, robots and floods are turned away, CSRF is required. */
// These tests hold the person's answers in a MockHttpSession and read it back, so the container's session is used
// here rather than the database's (the browser tests and TwoInstancesIT go through the sessions kept in the database).
@SpringBootTest(properties = "spring.autoconfigure.exclude="
        + "org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration")
@AutoConfigureMockMvc
class FeedbackPagesIT {

    private static final AtomicInteger CLIENT = new AtomicInteger();

    @Autowired MockMvc mvc;
    @Autowired IntakeProperties intake;
    @Autowired Topics topics;
    @Autowired JdbcClient db;

    @Autowired TestCouncil council;
    String client;

    @BeforeEach
    void council() {
        intake.setAuthorityCode(council.authority.code());
        client = "192.0.2." + (CLIENT.incrementAndGet() % 250 + 1) + "-" + council.prefix;
    }

    MockHttpServletRequestBuilder from(MockHttpServletRequestBuilder request) {
        return request.with(r -> {
            r.setRemoteAddr(client);
            return r;
        });
    }

    /** Answers every question in a fresh session and returns it, with its submission key, on the check page. */
    MockHttpSession answered() throws Exception {
        MockHttpSession session = new MockHttpSession();
        long topic = topics.list(council.authority.id()).get(0).id();
        answer(session, "/feedback/kind", "kind", "complaint");
        answer(session, "/feedback/about", "topicId", String.valueOf(topic));
        answer(session, "/feedback/details", "whatHappened", "Potholes");
        answer(session, "/feedback/outcome", "wantedOutcome", "Fill them");
        answer(session, "/feedback/behalf", "behalf", "no");
        answer(session, "/feedback/contact", "name", "Ada", "email", "ada@example.com", "contactBy", "email");
        mvc.perform(from(get("/feedback/check")).session(session)).andExpect(status().isOk());
        return session;
    }

    void answer(MockHttpSession session, String path, String... fields) throws Exception {
        MockHttpServletRequestBuilder request = from(post(path)).session(session).with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    String key(MockHttpSession session) {
        return (String) session.getAttribute(FeedbackPages.KEY);
    }

    @Test
    void sendingTheSameFormAgainAfterItWentThroughShowsTheSameConfirmationAndMakesNoSecondCase() throws Exception {
        MockHttpSession session = answered();
        String key = key(session);

        mvc.perform(from(post("/feedback/check")).session(session).with(csrf()).param("submissionKey", key))
                .andExpect(redirectedUrl("/feedback/confirmation"));
        Object first = session.getAttribute(FeedbackPages.SUBMITTED);
        // Back and resend: the same key again, even from a session that has lost its answers.
        mvc.perform(from(post("/feedback/check")).session(new MockHttpSession()).with(csrf()).param("submissionKey", key))
                .andExpect(redirectedUrl("/feedback/confirmation"));
        mvc.perform(from(post("/feedback/check")).session(session).with(csrf()).param("submissionKey", key))
                .andExpect(redirectedUrl("/feedback/confirmation"));

        assertThat(session.getAttribute(FeedbackPages.SUBMITTED)).isEqualTo(first);
        assertThat(cases()).isEqualTo(1);
    }

    @Test
    void aFormWithTheHiddenFieldFilledInIsNotSent() throws Exception {
        MockHttpSession session = answered();

        mvc.perform(from(post("/feedback/check")).session(session).with(csrf()).param("submissionKey", key(session))
                .param("website", "http://spam.example")).andExpect(status().isBadRequest());

        assertThat(cases()).isZero();
    }

    @Test
    void aClientThatSendsTooMuchIsAskedToWaitWithA429AndKeepsItsAnswers() throws Exception {
        intake.setSubmissionsPerHour(2);
        try {
            for (int i = 0; i < 2; i++) {
                MockHttpSession session = answered();
                mvc.perform(from(post("/feedback/check")).session(session).with(csrf()).param("submissionKey", key(session)))
                        .andExpect(redirectedUrl("/feedback/confirmation"));
            }
            MockHttpSession third = answered();
            mvc.perform(from(post("/feedback/check")).session(third).with(csrf()).param("submissionKey", key(third)))
                    .andExpect(status().isTooManyRequests()).andExpect(header().string("Retry-After", "3600"));
            assertThat(third.getAttribute(FeedbackPages.ANSWERS)).isNotNull();
            assertThat(cases()).isEqualTo(2);
        } finally {
            intake.setSubmissionsPerHour(20);
        }
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
        MockHttpSession session = answered();

        mvc.perform(from(post("/feedback/check")).session(session).param("submissionKey", key(session)))
                .andExpect(status().isForbidden());
        assertThat(cases()).isZero();
    }

    @Test
    void aBadAnswerIsA400WithTheFormShownAgainAsTyped() throws Exception {
        String page = mvc.perform(from(post("/feedback/contact")).with(csrf()).param("name", "Ada")
                        .param("email", "not-an-email").param("contactBy", "email"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Enter an email address in the correct format, like name@example.com")
                .contains("value=\"not-an-email\"").contains("<title>Error: Your contact details");
    }

    @Test
    void theCheckPageSendsSomeoneWhoSkippedAQuestionBackToIt() throws Exception {
        MockHttpSession session = new MockHttpSession();
        answer(session, "/feedback/kind", "kind", "compliment");

        mvc.perform(from(get("/feedback/check")).session(session)).andExpect(redirectedUrl("/feedback/about"));
        mvc.perform(from(get("/feedback/nonsense")).session(session)).andExpect(status().isNotFound());
    }

    private long cases() {
        return db.sql("select count(*) from feedback_case where authority_id = ?").param(council.authority.id())
                .query(Long.class).single();
    }
}
