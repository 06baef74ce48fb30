package org.redress.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redress.TestCouncil;
import org.redress.casework.FeedbackType;
import org.redress.casework.HistoricCases;
import org.redress.casework.Outcome;
import org.redress.reporting.ReportDashboard.Dashboard;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The dashboard on 15 January 2021 (quarter 4 of 2020/21): this year so far against 1 April 2019 to 15 January 2020,
 * open and overdue cases now, timeliness this quarter, top reasons; whole council and one directorate.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(DashboardIT.FifteenthOfJanuary2021.class)
class DashboardIT {

    @TestConfiguration
    static class FifteenthOfJanuary2021 {
        @Bean
        @Primary
        Clock fifteenthOfJanuary2021Clock() {
            return Clock.fixed(Instant.parse("2021-01-15T12:00:00Z"), ZoneId.of("Europe/London"));
        }
    }

    @Autowired MockMvc mvc;
    @Autowired HistoricCases loader;
    @Autowired ReportDashboard dashboards;

    @Autowired TestCouncil council;

    @BeforeEach
    void casesEitherSideOfTheSameDayLastYear() {
        long highways = council.highways.id();
        long get = council.highwaysDirectorate.id();
        long care = council.adultCare.id();
        long asch = council.careDirectorate.id();
        loader.load(council.authority.id(), "Test", List.of(
                // open, due 29 December: overdue
                Histories.aCase(FeedbackType.COMPLAINT, highways, get).receivedOn(LocalDate.of(2020, 12, 1)).build(),
                // open, due 11 February: not yet
                Histories.aCase(FeedbackType.COMPLAINT, highways, get).receivedOn(LocalDate.of(2021, 1, 14)).build(),
                // answered late this quarter
                Histories.aCase(FeedbackType.COMPLAINT, care, asch).receivedOn(LocalDate.of(2020, 5, 1))
                        .reasons("staff_conduct").responded(LocalDate.of(2021, 1, 5), Outcome.UPHELD).build(),
                // last year, before the same day: counted as last year to date
                Histories.aCase(FeedbackType.COMPLAINT, highways, get).receivedOn(LocalDate.of(2020, 1, 10))
                        .reasons("staff_conduct").responded(LocalDate.of(2020, 1, 20), Outcome.NOT_UPHELD).build(),
                // last year, after the same day: not counted
                Histories.aCase(FeedbackType.COMPLAINT, highways, get).receivedOn(LocalDate.of(2020, 2, 1))
                        .responded(LocalDate.of(2020, 2, 5), Outcome.NOT_UPHELD).build(),
                Histories.aCase(FeedbackType.COMPLIMENT, highways, get).receivedOn(LocalDate.of(2021, 1, 15)).build()));
    }

    @Test
    void comparesThisYearSoFarWithTheSamePointLastYearAndCountsWhatIsOverdueNow() {
        Dashboard board = dashboards.build(council.authority.id(), null);

        assertThat(board.quarter()).isEqualTo(4);
        assertThat(board.received().row("Complaint").values()).containsExactly(3L, 1L, 2L, 200);
        assertThat(board.received().row("Compliment").values()).containsExactly(1L, 0L, 1L, null);
        assertThat(board.received().row("Total").values()).containsExactly(4L, 1L, 3L, 300);
        assertThat(board.open().row("Growth, Environment and Transport: Highways").values()).containsExactly(2L, 1L);
        assertThat(board.open().row("Adult Social Care and Health: Adult Social Care").values())
                .containsExactly(0L, 0L);
        assertThat(board.timeliness().row("Adult Social Care and Health").values()).containsExactly(1L, 0L, 0, 85);
        assertThat(board.timeliness().row("Growth, Environment and Transport").values())
                .containsExactly(0L, 0L, null, 85);
        assertThat(board.timeliness().row("Whole council").values()).containsExactly(1L, 0L, 0, 85);
        assertThat(board.reasons().rows()).extracting(ReportRow::label).containsExactly("Staff conduct");
        assertThat(board.reasons().row("Staff conduct").values()).containsExactly(1L, 1L);
    }

    @Test
    void oneDirectorateShowsOnlyItsOwnFigures() {
        Dashboard board = dashboards.build(council.authority.id(), council.careDirectorate.id());

        assertThat(board.received().row("Complaint").values()).containsExactly(1L, 0L, 1L, null);
        assertThat(board.open().rows()).extracting(ReportRow::label)
                .containsExactly("Adult Social Care and Health: Adult Social Care", "Total");
    }

    @Test
    void thePageLinksIntoTheWorkQueueAndRefusesAnUnknownDirectorate() throws Exception {
        mvc.perform(get("/staff/reports/dashboard").with(user(council.viewer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Feedback received this year so far")))
                .andExpect(content().string(containsString("/staff?view=overdue&amp;serviceId=" + council.highways.id())));
        mvc.perform(get("/staff/reports/dashboard?directorate=" + council.careDirectorate.id()).with(user(council.viewer)))
                .andExpect(status().isOk());
        mvc.perform(get("/staff/reports/dashboard?directorate=abc").with(user(council.viewer)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/staff/reports/dashboard?directorate=999999999").with(user(council.viewer)))
                .andExpect(status().isBadRequest());
    }
}
