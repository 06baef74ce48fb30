package org.redress.conduct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class ConductPagesIT {

    @Autowired MockMvc mvc;
    @Autowired ConductComplaints complaints;
    @Autowired ObjectProvider<TestCouncil> councils;

    @Autowired TestCouncil council;

    private ConductComplaint recorded() {
        return complaints.record(council.feedbackTeam, new NewComplaint(LocalDate.of(2020, 9, 1),
                "Councillor Example Person", "Another councillor", "Said to have shared confidential papers."));
    }

    @Test
    void theFeedbackTeamRecordsAComplaintThenTheDecisionAndSeesItCounted() throws Exception {
        String location = mvc.perform(post("/staff/conduct/new").with(user(council.feedbackTeam)).with(csrf())
                        .param("receivedOn.day", "3").param("receivedOn.month", "8").param("receivedOn.year", "2020")
                        .param("councillor", "Councillor Imaginary Name").param("complainant", "A resident")
                        .param("summary", "Said to have used offensive language online."))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/staff/conduct/*"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(user(council.feedbackTeam)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Councillor Imaginary Name")))
                .andExpect(content().string(containsString("Awaiting assessment")))
                .andExpect(content().string(containsString("Record the decision")));
        mvc.perform(get(location + "/decision").with(user(council.feedbackTeam)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dismissed by the Monitoring Officer")))
                .andExpect(content().string(not(containsString("Breach found"))));
        mvc.perform(post(location + "/decision").with(user(council.feedbackTeam)).with(csrf())
                        .param("version", "0").param("outcome", "dismissed")
                        .param("decidedOn.day", "1").param("decidedOn.month", "9").param("decidedOn.year", "2020"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/staff/conduct").param("year", "2020").with(user(council.feedbackTeam)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Councillor Imaginary Name")))
                .andExpect(content().string(containsString("1 conduct complaint received in 2020/21")))
                .andExpect(content().string(containsString(
                        "<td class=\"govuk-table__cell govuk-table__cell--numeric\">1</td>")));
        mvc.perform(get(location).with(user(council.feedbackTeam)))
                .andExpect(content().string(containsString("Concluded")))
                .andExpect(content().string(not(containsString("Record the decision"))));
    }

    @Test
    void showsEveryProblemAtItsFieldKeepingWhatWasTyped() throws Exception {
        mvc.perform(post("/staff/conduct/new").with(user(council.feedbackTeam)).with(csrf())
                        .param("receivedOn.day", "31").param("receivedOn.month", "2").param("receivedOn.year", "2021")
                        .param("summary", "Typed words kept"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("The date must be a real date")))
                .andExpect(content().string(containsString("href=\"#receivedOn\"")))
                .andExpect(content().string(containsString("Enter the name of the councillor complained about")))
                .andExpect(content().string(containsString("href=\"#complainant\"")))
                .andExpect(content().string(containsString("Typed words kept")));
        assertThat(complaints.list(council.feedbackTeam, null)).isEmpty();
    }

    @Test
    void aDecisionWithoutAnOutcomeIsShownBackAndNothingChanges() throws Exception {
        ConductComplaint c = recorded();
        mvc.perform(post("/staff/conduct/" + c.id() + "/decision").with(user(council.feedbackTeam)).with(csrf())
                        .param("version", "0")
                        .param("decidedOn.day", "1").param("decidedOn.month", "9").param("decidedOn.year", "2020"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Select the Monitoring Officer&#39;s decision")));
        assertThat(complaints.get(council.feedbackTeam, c.id()).outcome()).isNull();
    }

    @Test
    void aReportViewerReadsButIsOfferedNoChangeAndCannotPostOne() throws Exception {
        ConductComplaint c = recorded();
        mvc.perform(get("/staff/conduct").param("year", "2020").with(user(council.viewer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(c.reference())))
                .andExpect(content().string(not(containsString("Record a conduct complaint"))));
        mvc.perform(get("/staff/conduct/" + c.id()).with(user(council.viewer)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Record the decision"))));
        mvc.perform(get("/staff/conduct/new").with(user(council.viewer))).andExpect(status().isForbidden());
        mvc.perform(post("/staff/conduct/new").with(user(council.viewer)).with(csrf())
                .param("councillor", "x")).andExpect(status().isForbidden());
        mvc.perform(post("/staff/conduct/" + c.id() + "/decision").with(user(council.viewer)).with(csrf())
                        .param("version", "0").param("outcome", "no_action"))
                .andExpect(status().isForbidden());
    }

    @Test
    void anInvestigatingOfficerHasNoConductPages() throws Exception {
        ConductComplaint c = recorded();
        mvc.perform(get("/staff/conduct").with(user(council.highwaysOfficer))).andExpect(status().isForbidden());
        mvc.perform(get("/staff/conduct/" + c.id()).with(user(council.highwaysOfficer))).andExpect(status().isForbidden());
        mvc.perform(get("/staff/conduct/new").with(user(council.highwaysOfficer))).andExpect(status().isForbidden());
    }

    @Test
    void anotherCouncilsComplaintIsNotFound() throws Exception {
        ConductComplaint c = recorded();
        TestCouncil other = councils.getObject();
        mvc.perform(get("/staff/conduct/" + c.id()).with(user(other.feedbackTeam))).andExpect(status().isNotFound());
    }
}
