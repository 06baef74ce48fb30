package org.redress.casework;

import static org.hamcrest.Matchers.containsString;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class CasePagesIT {

    @Autowired MockMvc mvc;
    @Autowired Casework casework;

    @Autowired TestCouncil council;

    private FeedbackCase complaint() {
        return casework.log(council.feedbackTeam, aComplaint().receivedOn("2021-03-01").by(Channel.LETTER)
                .about(council.highways.id()).describedAs("Grass verge not cut").build());
    }

    @Test
    void namesTheCallersCouncilInThePageHeader() throws Exception {
        mvc.perform(get("/staff").with(user(council.feedbackTeam)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "govuk-service-navigation__text\">" + council.authority.name() + "</span>")));
    }

    @Test
    void logsACaseFromTheFormAndShowsItsPage() throws Exception {
        mvc.perform(post("/staff/cases/new").with(user(council.feedbackTeam)).with(csrf())
                        .param("type", "complaint").param("channel", "phone")
                        .param("receivedOn.day", "1").param("receivedOn.month", "3").param("receivedOn.year", "2021")
                        .param("serviceId", String.valueOf(council.highways.id()))
                        .param("description", "Streetlight out on Mill Lane")
                        .param("customer.name", "Ms C Jones"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/staff/cases/FB*"));
    }

    @Test
    void showsEveryProblemInTheSummaryAndAtTheFieldKeepingWhatWasTyped() throws Exception {
        mvc.perform(post("/staff/cases/new").with(user(council.feedbackTeam)).with(csrf())
                        .param("type", "complaint")
                        .param("receivedOn.day", "31").param("receivedOn.month", "2").param("receivedOn.year", "2021")
                        .param("description", "Typed words kept")
                        .param("customer.email", "not-an-email"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("The date must be a real date")))
                .andExpect(content().string(containsString("href=\"#receivedOn\"")))
                .andExpect(content().string(containsString("Typed words kept")));
        mvc.perform(post("/staff/cases/new").with(user(council.feedbackTeam)).with(csrf())
                        .param("type", "complaint").param("channel", "phone")
                        .param("receivedOn.day", "1").param("receivedOn.month", "3").param("receivedOn.year", "2021")
                        .param("description", "x").param("customer.email", "not-an-email"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Select the service it is about")))
                .andExpect(content().string(containsString("id=\"customer-email-error\"")))
                .andExpect(content().string(containsString("value=\"not-an-email\"")));
    }

    @Test
    void refusesAnIllegalMoveWithAnErrorSummary() throws Exception {
        FeedbackCase c = complaint();
        casework.withdraw(council.feedbackTeam, c.reference(), null, LocalDate.of(2021, 3, 2), null);
        mvc.perform(post("/staff/cases/{r}/respond", c.reference()).with(user(council.feedbackTeam)).with(csrf())
                        .param("date.day", "3").param("date.month", "3").param("date.year", "2021")
                        .param("outcome", "upheld"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("has been withdrawn, so it cannot be responded to.")));
    }

    @Test
    void hidesCasesOutsideAnOfficersScope() throws Exception {
        FeedbackCase c = complaint();
        mvc.perform(get("/staff/cases/{r}", c.reference()).with(user(council.careOfficer)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/staff/cases/{r}/acknowledge", c.reference()).with(user(council.careOfficer)).with(csrf())
                        .param("date.day", "2").param("date.month", "3").param("date.year", "2021"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/staff/cases/{r}", c.reference()).with(user(council.highwaysOfficer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Grass verge not cut")));
    }

    @Test
    void showsReasonsByTheirNamesAndDatesInPlainEnglish() throws Exception {
        FeedbackCase c = casework.log(council.feedbackTeam, aComplaint().receivedOn("2021-03-01").by(Channel.EMAIL)
                .about(council.highways.id()).describedAs("Bins")
                .withReasons("issues_with_service/failure_to_do_something").build());
        mvc.perform(get("/staff/cases/{r}", c.reference()).with(user(council.feedbackTeam)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Issues with service: failure to do something")))
                .andExpect(content().string(containsString("response due 29 March 2021")));
    }

    @Test
    void rejectsAFormWithoutItsCsrfToken() throws Exception {
        FeedbackCase c = complaint();
        mvc.perform(post("/staff/cases/{r}/note", c.reference()).with(user(council.feedbackTeam)).param("text", "hi"))
                .andExpect(status().isForbidden());
    }

    @Test
    void keepsAdministrationToAdministrators() throws Exception {
        mvc.perform(get("/staff/admin/staff").with(user(council.feedbackTeam))).andExpect(status().isForbidden());
    }
}
