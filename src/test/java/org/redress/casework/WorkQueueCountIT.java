package org.redress.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redress.TestCouncil;
import org.redress.casework.HistoricCase.HistoricStage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Lists stop counting past {@value WorkQueue#COUNT_LIMIT} cases: the page says "more than 1,000", the API says the
 * total is a lower bound, and the cursors still lead through every case.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WorkQueueCountIT {

    private static final int CASES = WorkQueue.COUNT_LIMIT + 30;

    @Autowired WorkQueue queue;
    @Autowired HistoricCases historic;
    @Autowired MockMvc mvc;

    @Autowired TestCouncil council;

    @BeforeEach
    void moreOpenCasesAboutASinkholeThanAreCounted() {
        LocalDate received = LocalDate.of(2021, 3, 1);
        historic.load(council.authority.id(), "Test import", IntStream.range(0, CASES)
                .mapToObj(i -> new HistoricCase(null, FeedbackType.COMPLAINT, Channel.EMAIL, CaseStatus.RECEIVED,
                        received.plusDays(i % 20), null, council.highways.id(), "corporate",
                        "A sinkhole has opened in Mill Lane", null, List.of(), List.of(), null, null,
                        List.of(new HistoricStage(1, null, null, null, received.plusDays(28 + i % 20), null, 0, null,
                                null, null, null, null)),
                        List.of(), List.of()))
                .toList());
    }

    @Test
    void theQueueAndSearchSayThereAreMoreThanAThousand() throws Exception {
        WorkQueue.Page open = queue.queue(council.feedbackTeam, WorkQueue.View.SCOPE, WorkQueue.Filter.NONE,
                WorkQueue.Position.FIRST);
        assertThat(open.total()).isEqualTo(1_000);
        assertThat(open.totalIsLowerBound()).isTrue();
        WorkQueue.Page found = queue.search(council.feedbackTeam, "sinkhole", WorkQueue.Position.FIRST);
        assertThat(found.total()).isEqualTo(1_000);
        assertThat(found.totalIsLowerBound()).isTrue();

        mvc.perform(get("/staff").param("view", "scope").with(user(council.feedbackTeam)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("More than 1,000 cases")))
                .andExpect(content().string(containsString(">Page 1<")));
        mvc.perform(get("/staff/search").param("q", "sinkhole").with(user(council.feedbackTeam)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("More than 1,000 cases match \u2018sinkhole\u2019")));
        mvc.perform(get("/api/v1/cases/search").param("q", "sinkhole").with(user(council.feedbackTeam)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1_000))
                .andExpect(jsonPath("$.totalIsLowerBound").value(true));
    }

    @Test
    void aCountUnderTheLimitIsExact() throws Exception {
        WorkQueue.Page compliments = queue.queue(council.feedbackTeam, WorkQueue.View.SCOPE,
                new WorkQueue.Filter(FeedbackType.COMPLIMENT, null, null), WorkQueue.Position.FIRST);
        assertThat(compliments.total()).isZero();
        assertThat(compliments.totalIsLowerBound()).isFalse();
        mvc.perform(get("/api/v1/cases/search").param("q", "no such words").with(user(council.feedbackTeam)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0))
                .andExpect(jsonPath("$.totalIsLowerBound").value(false));
    }

    @Test
    void theCursorsStillLeadThroughEveryCasePastTheLimit() {
        Set<String> seen = new HashSet<>();
        List<WorkQueue.Page> pages = new ArrayList<>();
        WorkQueue.Page page = queue.queue(council.feedbackTeam, WorkQueue.View.SCOPE, WorkQueue.Filter.NONE,
                WorkQueue.Position.FIRST);
        pages.add(page);
        while (page.hasNext()) {
            page = queue.queue(council.feedbackTeam, WorkQueue.View.SCOPE, WorkQueue.Filter.NONE,
                    new WorkQueue.Position(page.page() + 1, page.next(), null));
            pages.add(page);
        }
        pages.forEach(p -> p.rows().forEach(r -> assertThat(seen.add(r.reference())).isTrue()));
        assertThat(seen).hasSize(CASES);
        assertThat(pages).hasSize((CASES + WorkQueue.PAGE_SIZE - 1) / WorkQueue.PAGE_SIZE);
    }
}
