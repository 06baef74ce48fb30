package org.redress.ombudsman;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.redress.casework.Cases.aComplaint;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.redress.TestCouncil;
import org.redress.casework.Casework;
import org.redress.casework.Channel;
import org.redress.casework.FeedbackCase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class OmbudsmanPagesIT {

    @Autowired MockMvc mvc;
    @Autowired OmbudsmanCases cases;
    @Autowired ObjectProvider<TestCouncil> councils;
    @Autowired Casework casework;

    @Autowired TestCouncil council;

    private OmbudsmanCase upheld() {
        return cases.record(council.feedbackTeam, new CaseDetails("19 020 328", null,
                OmbudsmanCategory.HIGHWAYS_AND_TRANSPORT, council.highwaysDirectorate.id(), null,
                LocalDate.of(2020, 9, 1), LocalDate.of(2021, 1, 15), OmbudsmanDecision.UPHELD, null, true, false,
                "Miss X complains the Council used her email address to log a pothole report."));
    }

    @Test
    void theFeedbackTeamRecordsACaseFromTheFormAndSeesItInTheList() throws Exception {
        mvc.perform(post("/staff/ombudsman/new").with(user(council.feedbackTeam)).with(csrf())
                        .param("ombudsmanReference", "20 001 234").param("category", "housing")
                        .param("directorateId", String.valueOf(council.careDirectorate.id()))
                        .param("receivedOn.day", "1").param("receivedOn.month", "6").param("receivedOn.year", "2020"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/staff/ombudsman/*"));

        mvc.perform(get("/staff/ombudsman").param("year", "2020").with(user(council.feedbackTeam)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("20 001 234")))
                .andExpect(content().string(containsString("Not yet decided")));
    }

    @Test
    void showsEveryProblemAtItsFieldKeepingWhatWasTyped() throws Exception {
        mvc.perform(post("/staff/ombudsman/new").with(user(council.feedbackTeam)).with(csrf())
                        .param("ombudsmanReference", "19-020").param("decision", "upheld")
                        .param("decisionSummary", "Typed words kept")
                        .param("receivedOn.day", "31").param("receivedOn.month", "2").param("receivedOn.year", "2021"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("Enter the Ombudsman&#39;s reference as 8 digits")))
                .andExpect(content().string(containsString("The date must be a real date")))
                .andExpect(content().string(containsString("href=\"#receivedOn\"")))
                .andExpect(content().string(containsString("Typed words kept")));
    }

    @Test
    void aSummaryNamingThePeopleOnTheCaseIsRefusedAndRewrittenWithLettersForTheOfficerToCheck() throws Exception {
        FeedbackCase linked = casework.log(council.feedbackTeam, aComplaint().receivedOn("2020-05-04")
                .by(Channel.LETTER).about(council.highways.id()).describedAs("The footway is unsafe")
                .from("Jane Smith", null).representedBy("Robert Brown", "Son").build());
        String summary = "Mrs Jane Smith, represented by her son Mr Brown, complains the council did not mend the "
                + "footway. Mrs J.S. fell.";
        long before = cases.list(council.feedbackTeam, new OmbudsmanCases.Filter(2020, null, null, null)).size();

        mvc.perform(newCase(linked.reference(), summary))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("href=\"#decisionSummary\"")))
                .andExpect(content().string(containsString("names Jane Smith")))
                .andExpect(content().string(containsString("names Robert Brown")));

        String rewritten = "Mrs X, represented by her son Mr Y, complains the council did not mend the footway. Mrs X fell.";
        mvc.perform(newCase(linked.reference(), summary).param("letters", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nothing is saved yet")))
                .andExpect(content().string(containsString(rewritten)))
                .andExpect(content().string(not(containsString("govuk-error-summary"))));
        assertThat(cases.list(council.feedbackTeam, new OmbudsmanCases.Filter(2020, null, null, null))).hasSize((int) before);

        mvc.perform(newCase(linked.reference(), rewritten)).andExpect(status().is3xxRedirection());
        assertThat(cases.list(council.feedbackTeam, new OmbudsmanCases.Filter(2020, null, null, null))).hasSize((int) before + 1);
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder newCase(String caseReference,
            String summary) {
        return post("/staff/ombudsman/new").with(user(council.feedbackTeam)).with(csrf())
                .param("ombudsmanReference", "20 004 567").param("caseReference", caseReference)
                .param("category", "highways_and_transport")
                .param("receivedOn.day", "1").param("receivedOn.month", "9").param("receivedOn.year", "2020")
                .param("decision", "upheld").param("decidedOn.day", "1").param("decidedOn.month", "2")
                .param("decidedOn.year", "2021").param("decisionSummary", summary);
    }

    @Test
    void aReportViewerReadsButIsOfferedNoChangeAndCannotPostOne() throws Exception {
        OmbudsmanCase c = upheld();

        mvc.perform(get("/staff/ombudsman/" + c.id()).with(user(council.viewer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("19 020 328")))
                .andExpect(content().string(not(containsString("Change details"))));
        mvc.perform(get("/staff/ombudsman/new").with(user(council.viewer))).andExpect(status().isForbidden());
        mvc.perform(post("/staff/ombudsman/" + c.id() + "/edit").with(user(council.viewer)).with(csrf())
                        .param("version", String.valueOf(c.version())).param("ombudsmanReference", "19 020 329"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/staff/ombudsman/" + c.id() + "/recommendations/new").with(user(council.viewer)).with(csrf())
                        .param("version", String.valueOf(c.version())).param("type", "apology"))
                .andExpect(status().isForbidden());
    }

    @Test
    void anInvestigatingOfficerHasNoOmbudsmanPages() throws Exception {
        OmbudsmanCase c = upheld();
        mvc.perform(get("/staff/ombudsman").with(user(council.highwaysOfficer))).andExpect(status().isForbidden());
        mvc.perform(get("/staff/ombudsman/" + c.id()).with(user(council.highwaysOfficer))).andExpect(status().isForbidden());
    }

    @Test
    void anotherCouncilsCaseIsNotFound() throws Exception {
        OmbudsmanCase c = upheld();
        TestCouncil other = councils.getObject();
        mvc.perform(get("/staff/ombudsman/" + c.id()).with(user(other.feedbackTeam))).andExpect(status().isNotFound());
    }

    @Test
    void addsARecommendationAndRecordsItsCompliance() throws Exception {
        OmbudsmanCase c = upheld();
        mvc.perform(post("/staff/ombudsman/" + c.id() + "/recommendations/new").with(user(council.feedbackTeam)).with(csrf())
                        .param("version", String.valueOf(c.version())).param("type", "apology")
                        .param("dueOn.day", "15").param("dueOn.month", "2").param("dueOn.year", "2021"))
                .andExpect(status().is3xxRedirection());
        Recommendation r = cases.recommendations(council.feedbackTeam, c.id()).get(0);
        mvc.perform(post("/staff/ombudsman/" + c.id() + "/recommendations/" + r.id() + "/compliance")
                        .with(user(council.feedbackTeam)).with(csrf())
                        .param("version", String.valueOf(c.version() + 1)).param("compliance", "complied")
                        .param("date.day", "1").param("date.month", "3").param("date.year", "2021"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/staff/ombudsman/" + c.id()).with(user(council.feedbackTeam)))
                .andExpect(content().string(containsString("Complied")))
                .andExpect(content().string(containsString("Compliance recorded")));
        // A stale version is refused with a plain message and nothing changes.
        mvc.perform(post("/staff/ombudsman/" + c.id() + "/recommendations/" + r.id() + "/done")
                        .with(user(council.feedbackTeam)).with(csrf())
                        .param("version", String.valueOf(c.version())).param("date.day", "1").param("date.month", "3")
                        .param("date.year", "2021"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("changed by someone else")));
    }
}
