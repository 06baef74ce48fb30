package org.redress.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.EnumSet;

import jakarta.servlet.http.Cookie;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.redress.TestCouncil;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Hosting many councils: the service operator adds a council with its first administrator through the API or a
 * page, lists and suspends councils; nobody else may, and a suspended council's staff are shut out.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CouncilsIT {

    static final String ADMIN_PASSWORD = "second-council-first-password";

    @Autowired MockMvc mvc;
    @Autowired Authorities authorities;
    @Autowired StaffAccounts staff;
    @Autowired ApiTokens tokens;

    @Autowired TestCouncil council;
    String operator;
    String councilAdmin;

    @BeforeEach
    void council() {
        operator = council.prefix + ".operator";
        staff.create(council.authority.id(), new StaffAccounts.Details(operator, "Operator", null,
                EnumSet.of(Role.SERVICE_OPERATOR, Role.ADMINISTRATOR), Scope.WHOLE_COUNCIL), TestCouncil.PASSWORD);
        councilAdmin = council.prefix + ".admin";
        staff.create(council.authority.id(), new StaffAccounts.Details(councilAdmin, "Administrator", null,
                EnumSet.of(Role.ADMINISTRATOR), Scope.WHOLE_COUNCIL), TestCouncil.PASSWORD);
    }

    private String newCouncil(String code, String adminUsername) {
        return """
                {"name": "Second Council %s", "code": "%s", "type": "district", "region": "england-and-wales",
                 "administrator": {"username": "%s", "email": "first@example.gov.uk", "password": "%s"}}"""
                .formatted(code, code, adminUsername, ADMIN_PASSWORD);
    }

    /** Adds a second council through the API as the operator and returns its code. */
    private String secondCouncil() throws Exception {
        String code = council.prefix.toUpperCase() + "B";
        mvc.perform(post("/api/v1/councils").with(httpBasic(operator, TestCouncil.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(newCouncil(code, code.toLowerCase() + ".first")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.code").value(code));
        return code;
    }

    @Test
    void theOperatorAddsACouncilWhoseFirstAdministratorThenRunsIt() throws Exception {
        String code = secondCouncil();
        String first = code.toLowerCase() + ".first";
        mvc.perform(get("/api/v1/councils").with(httpBasic(operator, TestCouncil.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", hasItem(code)));
        // The new administrator signs in to an empty council of their own, and sees none of the first one.
        mvc.perform(get("/api/v1/services").with(httpBasic(first, ADMIN_PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$").isEmpty());
        StaffUser firstAdmin = (StaffUser) staff.loadUserByUsername(first);
        assertThat(firstAdmin.authorityId()).isNotEqualTo(council.authority.id());
        assertThat(firstAdmin.roles()).containsExactly(Role.ADMINISTRATOR);
        mvc.perform(get("/staff/admin/staff/{id}", council.highwaysOfficer.staffId()).with(user(firstAdmin)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/staff/admin/staff").with(user(firstAdmin)))
                .andExpect(content().string(Matchers.not(Matchers.containsString(council.highwaysOfficer.getUsername()))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"code": "ZZ1", "type": "district", "region": "england-and-wales", "administrator": {"username": "zz1.a", "password": "second-council-first-password"}} | name
            {"name": "X", "code": "a b", "type": "district", "region": "england-and-wales", "administrator": {"username": "zz2.a", "password": "second-council-first-password"}} | code
            {"name": "X", "code": "ZZ3", "type": "parish", "region": "england-and-wales", "administrator": {"username": "zz3.a", "password": "second-council-first-password"}} | type
            {"name": "X", "code": "ZZ4", "type": "district", "region": "mars", "administrator": {"username": "zz4.a", "password": "second-council-first-password"}} | region
            {"name": "X", "code": "ZZ5", "type": "district", "region": "england-and-wales"} | administrator
            {"name": "X", "code": "ZZ6", "type": "district", "region": "england-and-wales", "administrator": {"username": "zz6.a", "password": "short"}} | administrator.password
            {"name": "X", "code": "ZZ7", "type": "district", "region": "england-and-wales", "administrator": {"password": "second-council-first-password"}} | administrator.username
            """)
    void aBadCouncilIsRefusedNamingTheField(String body, String field) throws Exception {
        mvc.perform(post("/api/v1/councils").with(httpBasic(operator, TestCouncil.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem(field)));
        assertThat(authorities.findByCode(body.replaceAll(".*\"code\": \"([^\"]*)\".*", "$1"))).isEmpty();
    }

    @Test
    void aCodeOrUsernameAlreadyTakenIsRefusedAndNothingIsMade() throws Exception {
        String code = secondCouncil();
        mvc.perform(post("/api/v1/councils").with(httpBasic(operator, TestCouncil.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(newCouncil(code.toLowerCase(), "someone.new")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("code"));
        String third = council.prefix.toUpperCase() + "C";
        mvc.perform(post("/api/v1/councils").with(httpBasic(operator, TestCouncil.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(newCouncil(third, councilAdmin)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("administrator.username"));
        assertThat(authorities.findByCode(third)).isEmpty();
    }

    @Test
    void nobodyButTheServiceOperatorMayListOrAddCouncils() throws Exception {
        String code = council.prefix.toUpperCase() + "D";
        String token = tokens.create(council.feedbackTeam, "Councils", Duration.ofDays(1));
        for (var as : java.util.List.of(httpBasic(councilAdmin, TestCouncil.PASSWORD),
                httpBasic(council.viewer.getUsername(), TestCouncil.PASSWORD))) {
            mvc.perform(post("/api/v1/councils").with(as).contentType(MediaType.APPLICATION_JSON)
                    .content(newCouncil(code, "nobody.x"))).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/councils").with(as)).andExpect(status().isForbidden());
        }
        mvc.perform(post("/api/v1/councils").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(newCouncil(code, "nobody.x")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/staff/operator/councils").with(httpBasic(councilAdmin, TestCouncil.PASSWORD)))
                .andExpect(status().isForbidden());
        assertThat(authorities.findByCode(code)).isEmpty();
    }

    @Test
    void theOperatorsPagesAddAndListCouncils() throws Exception {
        StaffUser op = (StaffUser) staff.loadUserByUsername(operator);
        String code = council.prefix.toUpperCase() + "E";
        mvc.perform(get("/staff/admin").with(user(op)))
                .andExpect(content().string(Matchers.containsString("/staff/operator/councils")));
        mvc.perform(post("/staff/operator/councils/new").with(user(op)).with(csrf())
                        .param("name", "Paged Council").param("code", code).param("type", "unitary")
                        .param("region", "england-and-wales").param("username", code.toLowerCase() + ".first")
                        .param("password", "x"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("at least 12 characters")));
        mvc.perform(post("/staff/operator/councils/new").with(user(op)).with(csrf())
                        .param("name", "Paged Council").param("code", code).param("type", "unitary")
                        .param("region", "england-and-wales").param("username", code.toLowerCase() + ".first")
                        .param("password", ADMIN_PASSWORD))
                .andExpect(redirectedUrl("/staff/operator/councils"));
        mvc.perform(get("/staff/operator/councils").with(user(op)))
                .andExpect(content().string(Matchers.containsString("Paged Council")));
    }

    @Test
    void aSuspendedCouncilsStaffCanNeitherSignInNorUseTheApiUntilItIsReinstated() throws Exception {
        String code = secondCouncil();
        String first = code.toLowerCase() + ".first";
        StaffUser firstAdmin = (StaffUser) staff.loadUserByUsername(first);
        String token = tokens.create(firstAdmin, "Script", Duration.ofDays(1));
        Cookie session = mvc.perform(formLogin("/staff/sign-in").user(first).password(ADMIN_PASSWORD))
                .andExpect(redirectedUrl("/staff")).andReturn().getResponse().getCookie("SESSION");
        StaffUser op = (StaffUser) staff.loadUserByUsername(operator);

        mvc.perform(post("/staff/operator/councils/{code}/suspend", code).with(user(op)).with(csrf()))
                .andExpect(redirectedUrl("/staff/operator/councils"));

        mvc.perform(get("/api/v1/services").with(httpBasic(first, ADMIN_PASSWORD))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/services").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
        mvc.perform(formLogin("/staff/sign-in").user(first).password(ADMIN_PASSWORD))
                .andExpect(redirectedUrl("/staff/sign-in?error"));
        mvc.perform(get("/staff").cookie(session).accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/staff/sign-in"));
        // Other councils go on as before.
        mvc.perform(get("/api/v1/services").with(httpBasic(councilAdmin, TestCouncil.PASSWORD))).andExpect(status().isOk());

        mvc.perform(post("/staff/operator/councils/{code}/reinstate", code).with(user(op)).with(csrf()))
                .andExpect(redirectedUrl("/staff/operator/councils"));
        mvc.perform(get("/api/v1/services").with(httpBasic(first, ADMIN_PASSWORD))).andExpect(status().isOk());
    }

    @Test
    void aStaffScopeCanNameOnlyTheCouncilsOwnDirectoratesAndServices() throws Exception {
        String code = secondCouncil();
        StaffUser firstAdmin = (StaffUser) staff.loadUserByUsername(code.toLowerCase() + ".first");
        String username = code.toLowerCase() + ".officer";
        mvc.perform(post("/staff/admin/staff/new").with(user(firstAdmin)).with(csrf())
                        .param("username", username).param("displayName", "Officer").param("roles", "report_viewer")
                        .param("scopeKind", "directorate")
                        .param("scopeDirectorateId", String.valueOf(council.careDirectorate.id()))
                        .param("password", ADMIN_PASSWORD))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("Select one of the council&#39;s directorates")));
        mvc.perform(post("/staff/admin/staff/new").with(user(firstAdmin)).with(csrf())
                        .param("username", username).param("displayName", "Officer").param("roles", "report_viewer")
                        .param("scopeKind", "service").param("scopeServiceId", String.valueOf(council.highways.id()))
                        .param("password", ADMIN_PASSWORD))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("Select one of the council&#39;s services")));
        assertThat(staff.findByUsername(username)).isEmpty();
    }

    @Test
    void theOperatorCannotSuspendTheirOwnCouncil() throws Exception {
        StaffUser op = (StaffUser) staff.loadUserByUsername(operator);
        mvc.perform(post("/staff/operator/councils/{code}/suspend", council.authority.code()).with(user(op)).with(csrf()))
                .andExpect(redirectedUrl("/staff/operator/councils"));
        mvc.perform(get("/api/v1/services").with(httpBasic(operator, TestCouncil.PASSWORD))).andExpect(status().isOk());
    }
}
