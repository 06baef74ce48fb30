package org.redress.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redress.TestCouncil;
import org.redress.organisation.Authorities;
import org.redress.organisation.AuthorityType;
import org.redress.organisation.BankHolidayRegion;
import org.redress.organisation.CouncilService;
import org.redress.organisation.CouncilStructure;
import org.redress.organisation.Role;
import org.redress.organisation.Scope;
import org.redress.organisation.StaffAccounts;
import org.redress.organisation.StaffUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The procedures administration pages: each form saves when right, shows its problems when not. */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = {"redress.demo-data=false",
        "spring.datasource.url=${SPRING_DATASOURCE_URL:jdbc:h2:mem:redress-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1}"})
class ProcedurePagesIT {

    @Autowired
    StaffAccounts staffAccounts;

    @Autowired
    MockMvc mvc;

    @Autowired
    Authorities authorities;

    @Autowired
    CouncilStructure structure;

    @Autowired
    Procedures procedures;

    long council;
    StaffUser admin;

    @BeforeEach
    void aCouncilWithAnAdministrator() {
        String code = "Q" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        council = authorities.create(code, "Test council " + code, AuthorityType.COUNTY,
                BankHolidayRegion.ENGLAND_AND_WALES).id();
        admin = staff(Role.ADMINISTRATOR);
    }

    @Test
    void listsTheProceduresTheirStagesServicesAndSuspensions() throws Exception {
        CouncilService olderPeople = service("Older People");
        procedures.setServiceProcedure(council, olderPeople.id(), "adult_social_care");
        procedures.addSuspension(council, LocalDate.parse("2021-01-05"), LocalDate.parse("2021-02-19"),
                "Third national lockdown");

        mvc.perform(get("/staff/admin/procedures").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Complaint Handling Code")))
                .andExpect(content().string(containsString("Stage 3: review panel")))
                .andExpect(content().string(containsString("Date agreed with the complainant, up to 6 months")))
                .andExpect(content().string(containsString("Older People")))
                .andExpect(content().string(containsString("Adult social care statutory procedure")))
                .andExpect(content().string(containsString("Third national lockdown")))
                .andExpect(content().string(containsString("19 February 2021")));
    }

    @Test
    void changesAStagesDayCounts() throws Exception {
        mvc.perform(get("/staff/admin/procedures/corporate/stages/1").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"20\"")));

        mvc.perform(post("/staff/admin/procedures/corporate/stages/1").with(user(admin)).with(csrf())
                        .param("acknowledgeWithinWorkingDays", "5").param("respondWithinWorkingDays", "15")
                        .param("maxExtensionWorkingDays", "10"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/staff/admin/procedures"))
                .andExpect(flash().attribute("saved",
                        "Time limits of Stage 1 of the Corporate complaints procedure saved"));

        assertThat(procedures.policy(council, "corporate").stage(1).orElseThrow())
                .isEqualTo(new StageRule(1, "Stage 1", 5, 15, ClockStart.RECEIPT, 10, null, false));
    }

    @Test
    void showsAStagesProblemsAtTheirFieldsAndSavesNothing() throws Exception {
        mvc.perform(post("/staff/admin/procedures/corporate/stages/1").with(user(admin)).with(csrf())
                        .param("acknowledgeWithinWorkingDays", "ten").param("respondWithinWorkingDays", "0")
                        .param("maxExtensionWorkingDays", "10"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("id=\"acknowledgeWithinWorkingDays-error\"")))
                .andExpect(content().string(containsString("Enter a whole number, like 10")))
                .andExpect(content().string(containsString("value=\"ten\"")))
                .andExpect(content().string(containsString("id=\"respondWithinWorkingDays-error\"")))
                .andExpect(content().string(containsString("The response must be due within 1 to 260 working days")));

        assertThat(procedures.policy(council, "corporate")).isEqualTo(DefaultPolicies.CORPORATE);
    }

    @Test
    void answersNotFoundForAStageTheProcedureDoesNotHave() throws Exception {
        mvc.perform(get("/staff/admin/procedures/corporate/stages/3").with(user(admin)))
                .andExpect(status().isNotFound());
    }

    @Test
    void choosesTheCouncilsDefault() throws Exception {
        mvc.perform(post("/staff/admin/procedures/default").with(user(admin)).with(csrf())
                        .param("code", "complaint_handling_code"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/staff/admin/procedures"));

        assertThat(procedures.defaultProcedure(council)).isEqualTo("complaint_handling_code");
    }

    @Test
    void asksForADefaultWhenNoneIsChosen() throws Exception {
        mvc.perform(post("/staff/admin/procedures/default").with(user(admin)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"code-error\"")))
                .andExpect(content().string(containsString("Select a procedure")));

        assertThat(procedures.defaultProcedure(council)).isEqualTo("corporate");
    }

    @Test
    void setsAServicesProcedureAndPutsItBackOnTheDefault() throws Exception {
        CouncilService olderPeople = service("Older People");

        mvc.perform(post("/staff/admin/procedures/services/{id}", olderPeople.id()).with(user(admin)).with(csrf())
                        .param("code", "adult_social_care"))
                .andExpect(status().is3xxRedirection());
        assertThat(procedures.procedureFor(council, olderPeople.id())).isEqualTo("adult_social_care");

        mvc.perform(get("/staff/admin/procedures/services/{id}", olderPeople.id()).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("currently the Corporate complaints procedure")));

        mvc.perform(post("/staff/admin/procedures/services/{id}", olderPeople.id()).with(user(admin)).with(csrf())
                        .param("code", "default"))
                .andExpect(status().is3xxRedirection());
        assertThat(procedures.serviceProcedures(council)).isEmpty();
    }

    @Test
    void addsAndRemovesASuspension() throws Exception {
        mvc.perform(post("/staff/admin/procedures/suspensions").with(user(admin)).with(csrf())
                        .param("firstDay.day", "5").param("firstDay.month", "1").param("firstDay.year", "2021")
                        .param("lastDay.day", "19").param("lastDay.month", "2").param("lastDay.year", "2021")
                        .param("description", "Third national lockdown"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/staff/admin/procedures"));

        Suspension added = procedures.suspensions(council).get(0);
        assertThat(added.firstDay()).isEqualTo(LocalDate.parse("2021-01-05"));
        assertThat(added.lastDay()).isEqualTo(LocalDate.parse("2021-02-19"));

        mvc.perform(post("/staff/admin/procedures/suspensions/{id}/remove", added.id()).with(user(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(procedures.suspensions(council)).isEmpty();
    }

    @Test
    void showsASuspensionsProblemsAtTheirFields() throws Exception {
        mvc.perform(post("/staff/admin/procedures/suspensions").with(user(admin)).with(csrf())
                        .param("firstDay.day", "19").param("firstDay.month", "2").param("firstDay.year", "2021")
                        .param("lastDay.day", "5").param("lastDay.month", "1").param("lastDay.year", "2021")
                        .param("description", " "))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"lastDay-error\"")))
                .andExpect(content().string(containsString("The last day must be the same as or after the first day")))
                .andExpect(content().string(containsString("id=\"description-error\"")))
                .andExpect(content().string(containsString("Enter why targets are suspended")));

        mvc.perform(post("/staff/admin/procedures/suspensions").with(user(admin)).with(csrf())
                        .param("firstDay.day", "5").param("firstDay.month", "").param("firstDay.year", "2021")
                        .param("description", "Lockdown"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("The date must include a month")))
                .andExpect(content().string(containsString("Enter a date")));

        assertThat(procedures.suspensions(council)).isEmpty();
    }

    @Test
    void isOnlyForAdministrators() throws Exception {
        StaffUser officer = staff(Role.INVESTIGATING_OFFICER);

        mvc.perform(get("/staff/admin/procedures").with(user(officer))).andExpect(status().isForbidden());
        mvc.perform(post("/staff/admin/procedures/default").with(user(officer)).with(csrf())
                        .param("code", "children_act"))
                .andExpect(status().isForbidden());
        assertThat(procedures.defaultProcedure(council)).isEqualTo("corporate");
    }

    private CouncilService service(String name) {
        long directorate = structure.addDirectorate(council, "Directorate of " + name).id();
        return structure.addService(council, directorate, name);
    }

    /** A real account: a session's sign-in is checked against the account on every request. */
    private StaffUser staff(Role role) {
        String username = "user-" + UUID.randomUUID();
        staffAccounts.create(council, new StaffAccounts.Details(username, "Test User", null, Set.of(role),
                Scope.WHOLE_COUNCIL), TestCouncil.PASSWORD);
        return (StaffUser) staffAccounts.loadUserByUsername(username);
    }
}
