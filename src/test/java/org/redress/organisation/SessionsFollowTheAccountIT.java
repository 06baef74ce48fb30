package org.redress.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.Set;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redress.TestCouncil;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Open sessions, kept in the database as on a real server, follow their account: what an administrator changes
 * applies on the session's very next request, without waiting for it to end.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SessionsFollowTheAccountIT {

    @Autowired MockMvc mvc;
    @Autowired StaffAccounts staff;
    @Autowired JdbcClient db;

    @Autowired TestCouncil council;
    StaffMember administrator;

    @BeforeEach
    void council() {
        administrator = staff.create(council.authority.id(), new StaffAccounts.Details(council.prefix + ".admin",
                "Administrator", null, EnumSet.of(Role.ADMINISTRATOR), Scope.WHOLE_COUNCIL), TestCouncil.PASSWORD);
    }

    /** Signs in through the sign-in form and returns the session cookie. */
    private Cookie signIn(String username, String password) throws Exception {
        Cookie session = mvc.perform(formLogin("/staff/sign-in").user(username).password(password))
                .andExpect(redirectedUrl("/staff")).andReturn().getResponse().getCookie("SESSION");
        assertThat(session).as("session cookie").isNotNull();
        return session;
    }

    private void changeAdministrator(Set<Role> roles, boolean active) {
        StaffMember now = staff.get(council.authority.id(), administrator.id());
        staff.update(council.authority.id(), now.id(), now.version(), new StaffAccounts.Details(now.username(),
                now.displayName(), now.email(), roles, now.scope()), active);
    }

    private boolean exists(String username) {
        return staff.findByUsername(username).isPresent();
    }

    @Test
    void aDeactivatedAdministratorsOpenSessionCanNoLongerCreateStaff() throws Exception {
        Cookie session = signIn(administrator.username(), TestCouncil.PASSWORD);
        mvc.perform(get("/staff/admin/staff/new").cookie(session)).andExpect(status().isOk());

        changeAdministrator(EnumSet.of(Role.ADMINISTRATOR), false);

        String newcomer = council.prefix + ".newcomer";
        mvc.perform(post("/staff/admin/staff/new").cookie(session).with(csrf()).accept(MediaType.TEXT_HTML)
                        .param("username", newcomer).param("displayName", "Newcomer").param("roles", "administrator")
                        .param("scopeKind", "whole_council").param("password", "a-long-and-unusual-phrase"))
                .andExpect(redirectedUrl("/staff/sign-in"));
        assertThat(exists(newcomer)).isFalse();
        mvc.perform(get("/staff").cookie(session).accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/staff/sign-in"));
    }

    @Test
    void aDemotedAdministratorLosesTheAdministrationPagesOnTheNextRequest() throws Exception {
        Cookie session = signIn(administrator.username(), TestCouncil.PASSWORD);
        mvc.perform(get("/staff/admin").cookie(session)).andExpect(status().isOk());

        changeAdministrator(EnumSet.of(Role.REPORT_VIEWER), true);

        mvc.perform(get("/staff/admin").cookie(session)).andExpect(status().isForbidden());
        // Still signed in, with the role they now hold.
        mvc.perform(get("/staff/reports/dashboard").cookie(session)).andExpect(status().isOk());
    }

    @Test
    void aNewPasswordEndsTheAccountsOtherSessionsButNotTheOneThatSetIt() throws Exception {
        Cookie setting = signIn(administrator.username(), TestCouncil.PASSWORD);
        Cookie elsewhere = signIn(administrator.username(), TestCouncil.PASSWORD);
        StaffMember now = staff.get(council.authority.id(), administrator.id());

        mvc.perform(post("/staff/admin/staff/{id}", now.id()).cookie(setting).with(csrf())
                        .param("displayName", now.displayName()).param("roles", "administrator")
                        .param("scopeKind", "whole_council").param("active", "true")
                        .param("version", String.valueOf(now.version())).param("password", "a-long-and-unusual-phrase"))
                .andExpect(redirectedUrl("/staff/admin/staff"));

        mvc.perform(get("/staff/admin").cookie(setting)).andExpect(status().isOk());
        mvc.perform(get("/staff/admin").cookie(elsewhere).accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/staff/sign-in"));
    }

    @Test
    void aPasswordResetByAnAdministratorEndsTheOfficersSessions() throws Exception {
        Cookie session = signIn(council.viewer.getUsername(), TestCouncil.PASSWORD);
        mvc.perform(get("/staff").cookie(session)).andExpect(status().isOk());

        staff.setPassword(council.authority.id(), council.viewer.staffId(), "a-long-and-unusual-phrase");

        mvc.perform(get("/staff").cookie(session).accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/staff/sign-in"));
    }

    @Test
    void aNarrowerScopeAppliesToAnOpenSession() throws Exception {
        Cookie session = signIn(council.careOfficer.getUsername(), TestCouncil.PASSWORD);
        StaffMember officer = staff.get(council.authority.id(), council.careOfficer.staffId());
        staff.update(council.authority.id(), officer.id(), officer.version(), new StaffAccounts.Details(
                officer.username(), officer.displayName(), officer.email(), officer.roles(),
                Scope.service(council.highways.id())), true);
        StaffUser seen = (StaffUser) new StaffSessions(staff).current(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                        council.careOfficer, null, council.careOfficer.getAuthorities())).orElseThrow().getPrincipal();
        assertThat(seen.scope()).isEqualTo(Scope.service(council.highways.id()));
        mvc.perform(get("/staff").cookie(session)).andExpect(status().isOk());
    }
}
