package org.redress.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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
import org.redress.organisation.Role;
import org.redress.organisation.Scope;
import org.redress.organisation.StaffAccounts;
import org.redress.organisation.StaffUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The calendar administration page: list, add with checks, remove, and only for administrators. */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = {"redress.demo-data=false",
        "spring.datasource.url=${SPRING_DATASOURCE_URL:jdbc:h2:mem:redress-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1}"})
class CalendarPagesIT {

    @Autowired
    StaffAccounts staffAccounts;

    @Autowired
    MockMvc mvc;

    @Autowired
    Authorities authorities;

    @Autowired
    Calendars calendars;

    long council;
    StaffUser admin;

    @BeforeEach
    void aCouncilWithAnAdministrator() {
        String code = "W" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        council = authorities.create(code, "Test council " + code, AuthorityType.DISTRICT,
                BankHolidayRegion.SCOTLAND).id();
        admin = staff(Role.ADMINISTRATOR);
    }

    @Test
    void showsTheCouncilsDaysAndItsRegionsBankHolidays() throws Exception {
        calendars.addClosureDay(council, LocalDate.parse("2020-12-29"), "Christmas closure");
        int year = LocalDate.now().getYear();

        mvc.perform(get("/staff/admin/calendar").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tuesday 29 December 2020")))
                .andExpect(content().string(containsString("Christmas closure")))
                .andExpect(content().string(containsString("Scotland bank holidays in " + year)))
                .andExpect(content().string(containsString("Scotland bank holidays in " + (year + 1))))
                .andExpect(content().string(containsString("St Andrew")));
    }

    @Test
    void addsAClosureDayAndGoesBackToTheList() throws Exception {
        mvc.perform(post("/staff/admin/calendar/days").with(user(admin)).with(csrf())
                        .param("kind", "closed").param("date.day", "29").param("date.month", "12")
                        .param("date.year", "2020").param("description", "Christmas closure"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/staff/admin/calendar"))
                .andExpect(flash().attribute("saved", "Closure day added: 29 December 2020"));

        assertThat(calendars.closureDays(council))
                .containsExactly(new ClosureDay(LocalDate.parse("2020-12-29"), "Christmas closure"));
    }

    @Test
    void addsABankHolidayTheCouncilWorks() throws Exception {
        mvc.perform(post("/staff/admin/calendar/days").with(user(admin)).with(csrf())
                        .param("kind", "worked").param("date.day", "30").param("date.month", "11")
                        .param("date.year", "2020").param("description", "Open on St Andrew's Day"))
                .andExpect(status().is3xxRedirection());

        assertThat(calendars.forAuthority(council).isWorkingDay(LocalDate.parse("2020-11-30"))).isTrue();
    }

    @Test
    void showsTheFormAgainWithEachProblemAtItsField() throws Exception {
        mvc.perform(post("/staff/admin/calendar/days").with(user(admin)).with(csrf())
                        .param("kind", "closed").param("date.day", "30").param("date.month", "2")
                        .param("date.year", "2021").param("description", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("href=\"#date\"")))
                .andExpect(content().string(containsString("id=\"date-error\"")))
                .andExpect(content().string(containsString("The date must be a real date")))
                .andExpect(content().string(containsString("id=\"description-error\"")))
                .andExpect(content().string(containsString("Enter a description")))
                .andExpect(content().string(containsString("value=\"30\"")));

        assertThat(calendars.closureDays(council)).isEmpty();
    }

    @Test
    void refusesAWorkedDayThatIsNotABankHolidayOfTheRegion() throws Exception {
        mvc.perform(post("/staff/admin/calendar/days").with(user(admin)).with(csrf())
                        .param("kind", "worked").param("date.day", "5").param("date.month", "4")
                        .param("date.year", "2021").param("description", "Easter Monday"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("5 April 2021 is not a bank holiday in Scotland")));
    }

    @Test
    void removesADay() throws Exception {
        calendars.addClosureDay(council, LocalDate.parse("2020-12-29"), "Christmas closure");

        mvc.perform(post("/staff/admin/calendar/days/remove").with(user(admin)).with(csrf())
                        .param("date", "2020-12-29").param("kind", "closed"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/staff/admin/calendar"));

        assertThat(calendars.closureDays(council)).isEmpty();
    }

    @Test
    void isOnlyForAdministrators() throws Exception {
        StaffUser feedbackTeam = staff(Role.FEEDBACK_TEAM);

        mvc.perform(get("/staff/admin/calendar").with(user(feedbackTeam)))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString("Add a day"))));
        mvc.perform(post("/staff/admin/calendar/days").with(user(feedbackTeam)).with(csrf())
                        .param("kind", "closed").param("date.day", "29").param("date.month", "12")
                        .param("date.year", "2020").param("description", "Christmas closure"))
                .andExpect(status().isForbidden());
        assertThat(calendars.closureDays(council)).isEmpty();
    }

    @Test
    void refusesAFormWithoutItsCsrfToken() throws Exception {
        mvc.perform(post("/staff/admin/calendar/days").with(user(admin))
                        .param("kind", "closed").param("date.day", "29").param("date.month", "12")
                        .param("date.year", "2020").param("description", "Christmas closure"))
                .andExpect(status().isForbidden());
    }

    /** A real account: a session's sign-in is checked against the account on every request. */
    private StaffUser staff(Role role) {
        String username = "user-" + UUID.randomUUID();
        staffAccounts.create(council, new StaffAccounts.Details(username, "Test User", null, Set.of(role),
                Scope.WHOLE_COUNCIL), TestCouncil.PASSWORD);
        return (StaffUser) staffAccounts.loadUserByUsername(username);
    }
}
