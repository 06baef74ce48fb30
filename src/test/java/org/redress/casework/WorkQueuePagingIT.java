package org.redress.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.redress.casework.Cases.aComplaint;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redress.TestCouncil;
import org.redress.platform.InvalidInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Next and previous go by (due date, id): every case shows exactly once, however many share a due date. */
@SpringBootTest
@AutoConfigureMockMvc
class WorkQueuePagingIT {

    private static final Pattern CASE_LINK = Pattern.compile("href=\"/staff/cases/([A-Z0-9]+)\"");
    private static final Pattern NEXT_LINK = Pattern.compile("href=\"([^\"]+)\" rel=\"next\"");

    @Autowired WorkQueue queue;
    @Autowired Casework casework;
    @Autowired MockMvc mvc;

    @Autowired TestCouncil council;
    List<String> logged = new ArrayList<>();

    @BeforeEach
    void aQueueOfThreePagesWithManyCasesDueOnTheSameDay() {
        // 57 open cases received on three days: each day's cases share a due date, so pages split inside a tie.
        for (int i = 0; i < 57; i++) {
            logged.add(log(LocalDate.of(2021, 3, 1 + i % 3)).reference());
        }
    }

    private FeedbackCase log(LocalDate receivedOn) {
        return casework.log(council.feedbackTeam, aComplaint().receivedOn(receivedOn).by(Channel.EMAIL)
                .about(council.highways.id()).describedAs("Bins not collected").build());
    }

    private static List<String> references(WorkQueue.Page page) {
        return page.rows().stream().map(CaseSummary::reference).toList();
    }

    @Test
    void pagingForwardThenBackSeesEveryCaseOnceInDueDateOrder() {
        List<WorkQueue.Page> pages = new ArrayList<>();
        WorkQueue.Page page = queue.queue(council.feedbackTeam, WorkQueue.View.SCOPE, WorkQueue.Filter.NONE,
                WorkQueue.Position.FIRST);
        pages.add(page);
        while (page.hasNext()) {
            page = queue.queue(council.feedbackTeam, WorkQueue.View.SCOPE, WorkQueue.Filter.NONE,
                    new WorkQueue.Position(page.page() + 1, page.next(), null));
            pages.add(page);
        }
        List<String> forward = pages.stream().flatMap(p -> references(p).stream()).toList();
        assertThat(pages).extracting(p -> p.rows().size()).containsExactly(25, 25, 7);
        assertThat(pages).extracting(WorkQueue.Page::page).containsExactly(1, 2, 3);
        assertThat(forward).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(logged);
        List<CaseSummary> rows = pages.stream().flatMap(p -> p.rows().stream()).toList();
        for (int i = 1; i < rows.size(); i++) {
            CaseSummary before = rows.get(i - 1);
            CaseSummary after = rows.get(i);
            assertThat(before.responseDue().isBefore(after.responseDue())
                    || before.responseDue().equals(after.responseDue()) && before.id() < after.id())
                    .as("%s before %s", before.reference(), after.reference()).isTrue();
        }
        assertThat(pages.get(0).hasPrevious()).isFalse();

        List<String> backward = new ArrayList<>(references(page));
        while (page.hasPrevious()) {
            page = queue.queue(council.feedbackTeam, WorkQueue.View.SCOPE, WorkQueue.Filter.NONE,
                    new WorkQueue.Position(page.page() - 1, null, page.previous()));
            backward.addAll(0, references(page));
        }
        assertThat(backward).isEqualTo(forward);
        assertThat(page.page()).isEqualTo(1);
    }

    @Test
    void aCaseLoggedWhilePagingDoesNotPushAnotherOntoTheNextPageTwice() {
        WorkQueue.Page first = queue.queue(council.feedbackTeam, WorkQueue.View.SCOPE, WorkQueue.Filter.NONE,
                WorkQueue.Position.FIRST);
        log(LocalDate.of(2021, 2, 1));    // due before everything on the first page
        WorkQueue.Page second = queue.queue(council.feedbackTeam, WorkQueue.View.SCOPE, WorkQueue.Filter.NONE,
                new WorkQueue.Position(2, first.next(), null));
        assertThat(references(second)).doesNotContainAnyElementsOf(references(first)).hasSize(25);
    }

    @Test
    void searchPagesNewestFirstTheSameWay() {
        List<String> seen = new ArrayList<>();
        WorkQueue.Page page = queue.search(council.feedbackTeam, "bins", WorkQueue.Position.FIRST);
        seen.addAll(references(page));
        while (page.hasNext()) {
            page = queue.search(council.feedbackTeam, "bins", new WorkQueue.Position(page.page() + 1, page.next(), null));
            seen.addAll(references(page));
        }
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(logged);
        assertThat(page.rows().get(page.rows().size() - 1).receivedOn()).isEqualTo(LocalDate.of(2021, 3, 1));
    }

    @Test
    void aCursorThatDoesNotParseIsRefusedNamingTheParameter() {
        assertThatThrownBy(() -> WorkQueue.Position.of(2, "yesterday", null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.getMessage()).contains("after"));
    }

    @Test
    void theWorkQueuePagesNextLinksLeadThroughEveryCaseOnce() throws Exception {
        List<String> seen = new ArrayList<>();
        String url = "/staff?view=scope";
        int pages = 0;
        while (url != null) {
            String html = mvc.perform(get(url).with(user(council.feedbackTeam)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            pages++;
            Matcher cases = CASE_LINK.matcher(html);
            while (cases.find()) {
                seen.add(cases.group(1));
            }
            Matcher next = NEXT_LINK.matcher(html);
            url = next.find() ? next.group(1).replace("&amp;", "&") : null;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(logged);
    }

    @Test
    void theApiHandsBackCursorsAndRefusesABadOne() throws Exception {
        String body = mvc.perform(get("/api/v1/cases").param("view", "scope").with(user(council.feedbackTeam)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher next = Pattern.compile("\"next\":\"([^\"]+)\"").matcher(body);
        assertThat(next.find()).isTrue();
        mvc.perform(get("/api/v1/cases").param("view", "scope").param("page", "2").param("after", next.group(1))
                        .with(user(council.feedbackTeam)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/cases").param("view", "scope").param("after", "not-a-cursor")
                        .with(user(council.feedbackTeam)))
                .andExpect(status().isBadRequest());
    }
}
