package org.redress.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.redress.casework.Cases.aComplaint;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.redress.TestCouncil;
import org.redress.organisation.Role;
import org.redress.organisation.Scope;
import org.redress.organisation.StaffAccounts;
import org.redress.organisation.StaffUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Every staff view of a case page or a case through the API is recorded; administrators see who looked. */
@SpringBootTest
@AutoConfigureMockMvc
class CaseViewsIT {

    @Autowired MockMvc mvc;
    @Autowired Casework casework;
    @Autowired CaseViews views;
    @Autowired StaffAccounts staff;
    @Autowired TestCouncil council;

    @Test
    void recordsWhoViewedWhichCaseAndShowsItToAdministratorsOnly() throws Exception {
        FeedbackCase c = casework.log(council.feedbackTeam, aComplaint().receivedOn("2021-03-01").by(Channel.EMAIL)
                .about(council.highways.id()).describedAs("Blocked drain").build());
        FeedbackCase other = casework.log(council.feedbackTeam, aComplaint().receivedOn("2021-03-01").by(Channel.EMAIL)
                .about(council.highways.id()).describedAs("Another case").build());
        String adminName = council.prefix + ".admin";
        staff.create(council.authority.id(), new StaffAccounts.Details(adminName, "Audit Admin", null,
                EnumSet.of(Role.ADMINISTRATOR), Scope.WHOLE_COUNCIL), TestCouncil.PASSWORD);
        StaffUser admin = (StaffUser) staff.loadUserByUsername(adminName);

        mvc.perform(get("/staff/cases/{r}", c.reference()).with(user(council.highwaysOfficer))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/cases/{r}", c.reference()).with(user(council.viewer))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/cases/{r}/events", c.reference()).with(user(council.feedbackTeam))).andExpect(status().isOk());
        // Out of scope: nothing shown, so nothing recorded as seen.
        mvc.perform(get("/staff/cases/{r}", c.reference()).with(user(council.careOfficer))).andExpect(status().isNotFound());
        mvc.perform(get("/staff/cases/{r}", other.reference()).with(user(council.viewer))).andExpect(status().isOk());

        assertThat(views.of(council.authority.id(), c.id(), 100)).extracting(CaseViews.View::staffName, CaseViews.View::what)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Officer feedback", "API: timeline"),
                        org.assertj.core.groups.Tuple.tuple("Officer viewer", "API: case"),
                        org.assertj.core.groups.Tuple.tuple("Officer highways", "case page"));

        mvc.perform(get("/staff/cases/{r}", c.reference()).with(user(admin)))
                .andExpect(content().string(containsString("Viewed by")))
                .andExpect(content().string(containsString("Officer highways")))
                .andExpect(content().string(containsString("API: timeline")))
                .andExpect(content().string(not(containsString("Officer care"))));
        mvc.perform(get("/staff/cases/{r}", c.reference()).with(user(council.feedbackTeam)))
                .andExpect(content().string(not(containsString("Viewed by"))));
        assertThat(views.of(council.authority.id(), c.id(), 100)).hasSize(5);
        assertThat(views.of(council.authority.id(), other.id(), 100)).hasSize(1);
    }
}
