package org.redress.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.casework.Cases.aComplaint;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.redress.TestCouncil;
import org.redress.organisation.StaffUser;
import org.redress.platform.EditConflict;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import com.jayway.jsonpath.JsonPath;

/**
 * Two officers save one case at once: the first save stands, the second is told someone else changed the case and
 * nothing of theirs overwrites it. Runs on H2 and, in the database tests, on PostgreSQL.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ConcurrentEditIT {

    static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    @Autowired MockMvc mvc;
    @Autowired Casework casework;

    @Autowired TestCouncil council;

    private FeedbackCase complaint() {
        return casework.log(council.feedbackTeam, aComplaint().receivedOn("2021-03-01").by(Channel.LETTER)
                .about(council.highways.id()).describedAs("Grass verge not cut").build());
    }

    private List<String> notes(FeedbackCase c) {
        return casework.file(council.feedbackTeam, c.reference()).timeline().stream()
                .filter(e -> e.action() == CaseAction.NOTE_ADDED).map(CaseEvent::summary).toList();
    }

    private String versionOnTheNoteForm(StaffUser officer, FeedbackCase c) throws Exception {
        String page = mvc.perform(get("/staff/cases/{r}/note", c.reference()).with(user(officer)))
                .andReturn().getResponse().getContentAsString();
        Matcher version = VERSION.matcher(page);
        assertThat(version.find()).as("the form carries the case's version").isTrue();
        return version.group(1);
    }

    private MockHttpServletResponse saveNote(StaffUser officer, FeedbackCase c, String version, String text)
            throws Exception {
        return mvc.perform(post("/staff/cases/{r}/note", c.reference()).with(user(officer)).with(csrf())
                .param("version", version).param("text", text)).andReturn().getResponse();
    }

    @Test
    void theSecondOfficerToSaveThePageIsToldOfTheConflictKeepsWhatTheyTypedAndOverwritesNothing() throws Exception {
        FeedbackCase c = complaint();
        String seenByFirst = versionOnTheNoteForm(council.feedbackTeam, c);
        String seenBySecond = versionOnTheNoteForm(council.highwaysOfficer, c);

        MockHttpServletResponse first = saveNote(council.feedbackTeam, c, seenByFirst, "Called the customer");
        MockHttpServletResponse second = saveNote(council.highwaysOfficer, c, seenBySecond, "Verge to be cut on Friday");

        assertThat(first.getStatus()).isEqualTo(302);
        assertThat(second.getStatus()).isEqualTo(409);
        String page = second.getContentAsString();
        assertThat(page).contains("govuk-error-summary")
                .contains(HtmlUtils.htmlEscape("Someone else changed this case while you were editing it."))
                .contains("Verge to be cut on Friday");
        assertThat(notes(c)).containsExactly("Called the customer");

        // Having seen the conflict, saving the kept text again goes through on top of the first change.
        Matcher latest = VERSION.matcher(page);
        assertThat(latest.find()).isTrue();
        assertThat(saveNote(council.highwaysOfficer, c, latest.group(1), "Verge to be cut on Friday").getStatus())
                .isEqualTo(302);
        assertThat(notes(c)).containsExactlyInAnyOrder("Called the customer", "Verge to be cut on Friday");
    }

    private int versionFromTheApi(StaffUser officer, FeedbackCase c) throws Exception {
        String json = mvc.perform(get("/api/v1/cases/{r}", c.reference())
                .with(httpBasic(officer.getUsername(), TestCouncil.PASSWORD))).andReturn().getResponse().getContentAsString();
        return JsonPath.read(json, "$.version");
    }

    private MockHttpServletResponse noteByApi(StaffUser officer, FeedbackCase c, int version, String text) throws Exception {
        return mvc.perform(post("/api/v1/cases/{r}/notes", c.reference())
                .with(httpBasic(officer.getUsername(), TestCouncil.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":%d,\"note\":\"%s\"}".formatted(version, text))).andReturn().getResponse();
    }

    @Test
    void theSecondApiSaveWithTheSameVersionGets409NamingTheVersionAndOverwritesNothing() throws Exception {
        FeedbackCase c = complaint();
        int seenByFirst = versionFromTheApi(council.feedbackTeam, c);
        int seenBySecond = versionFromTheApi(council.highwaysOfficer, c);

        MockHttpServletResponse first = noteByApi(council.feedbackTeam, c, seenByFirst, "Called the customer");
        MockHttpServletResponse second = noteByApi(council.highwaysOfficer, c, seenBySecond, "Verge to be cut on Friday");

        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(second.getStatus()).isEqualTo(409);
        assertThat(second.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat((String) JsonPath.read(second.getContentAsString(), "$.errors[0].field")).isEqualTo("version");
        assertThat((String) JsonPath.read(second.getContentAsString(), "$.detail")).contains("changed by someone else");
        assertThat(notes(c)).containsExactly("Called the customer");
        assertThat(versionFromTheApi(council.feedbackTeam, c)).isEqualTo(seenByFirst + 1);
    }

    @Test
    void savesAtTheSameMomentFromOneVersionLetExactlyOneThrough() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                FeedbackCase c = complaint();
                int version = c.version();
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<FeedbackCase>> saves = new ArrayList<>();
                for (StaffUser officer : List.of(council.feedbackTeam, council.highwaysOfficer)) {
                    Callable<FeedbackCase> save = () -> {
                        together.await();
                        return casework.addNote(officer, c.reference(), version, "Note by " + officer.getUsername());
                    };
                    saves.add(pool.submit(save));
                }
                int saved = 0;
                int conflicts = 0;
                for (Future<FeedbackCase> save : saves) {
                    try {
                        save.get();
                        saved++;
                    } catch (ExecutionException e) {
                        assertThat(e.getCause()).isInstanceOf(EditConflict.class);
                        conflicts++;
                    }
                }
                assertThat(saved).as("round %d", round).isEqualTo(1);
                assertThat(conflicts).as("round %d", round).isEqualTo(1);
                assertThat(notes(c)).as("round %d", round).hasSize(1);
            }
        } finally {
            pool.shutdown();
        }
    }
}
