package org.redress.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redress.TestCouncil;
import org.redress.calendar.Calendars;
import org.redress.calendar.WorkingCalendar;
import org.redress.casework.CaseStatus;
import org.redress.casework.Channel;
import org.redress.casework.FeedbackType;
import org.redress.casework.HistoricCase;
import org.redress.casework.HistoricCase.HistoricStage;
import org.redress.casework.HistoricCases;
import org.redress.casework.Outcome;
import org.redress.organisation.Authorities;
import org.redress.organisation.CouncilService;
import org.redress.organisation.CouncilStructure;
import org.redress.organisation.StaffAccounts;
import org.redress.platform.FinancialYear;
import org.redress.procedure.ProcedureClock;
import org.redress.procedure.Procedures;
import org.redress.reporting.ComplaintHandlingReport.Clocks;
import org.redress.reporting.ComplaintHandlingReport.DirectorateFigures;
import org.redress.reporting.ComplaintHandlingReport.Provision;
import org.redress.reporting.ComplaintHandlingReport.ServiceFigures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/**
 * Generates two years of complaints under the Complaint Handling Code from a fixed seed (with corporate complaints
 * and comments beside them, which the Code's figures leave out), loads them, and checks every figure of the
 * 2025/26 JSON against counts this test makes itself by walking the generated records, with its own count of
 * working days for what was in time. The history straddles the year's edges: receipt on 31 March and 1 April,
 * stage 2 asked for on the day stage 1 was answered, acknowledgements over Christmas, extensions at each cap.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ComplaintHandlingReportIT {

    static final long SEED = 20_260_401L;
    static final int CASES = 900;
    static final FinancialYear YEAR = new FinancialYear(2025);
    static final String CODE = "complaint_handling_code";
    static final LocalDate[] EDGES = {LocalDate.of(2025, 3, 31), LocalDate.of(2025, 4, 1),
            LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 1), LocalDate.of(2025, 12, 24),
            LocalDate.of(2024, 2, 29), LocalDate.of(2026, 3, 20)};

    @Autowired MockMvc mvc;
    @Autowired Authorities authorities;
    @Autowired CouncilStructure structure;
    @Autowired StaffAccounts staff;
    @Autowired HistoricCases loader;
    @Autowired Procedures procedures;
    @Autowired Calendars calendars;
    @Autowired ComplaintHandlingFigures figures;

    TestCouncil council;
    long authorityId;
    List<CouncilService> services;
    List<Long> handlers;
    WorkingCalendar calendar;

    @BeforeEach
    void aCouncilWithThreeDirectoratesAndFourServices() {
        council = TestCouncil.create(authorities, structure, staff);
        authorityId = council.authority.id();
        long resources = structure.addDirectorate(authorityId, "Resources").id();
        structure.addService(authorityId, resources, "Revenues and Benefits");
        structure.addService(authorityId, council.highwaysDirectorate.id(), "Street Lighting");
        services = structure.services(authorityId);
        handlers = List.of(council.highwaysOfficer.staffId(), council.secondHighwaysOfficer.staffId(),
                council.careOfficer.staffId());
        calendar = calendars.forAuthority(authorityId);
    }

    @Test
    void everyFigureMatchesTheFiguresCountedFromTheGeneratedHistory() throws Exception {
        List<HistoricCase> history = generate(new Random(SEED));
        loader.load(authorityId, "Generator", history);
        Expected expected = new Expected(history);

        ComplaintHandlingReport report = figures.build(authorityId, YEAR);

        assertThat(report.financialYear()).isEqualTo("2025/26");
        assertThat(report.stage1()).isEqualTo(expected.council(1));
        assertThat(report.stage2()).isEqualTo(expected.council(2));
        assertThat(report.refused().total()).isZero();
        assertThat(report.refused().byReason()).isEmpty();
        // the history exercises what it claims to: no figure of either stage is a zero or the whole
        for (Clocks c : List.of(report.stage1(), report.stage2())) {
            assertThat(c.acknowledgedInTime()).isPositive().isLessThan(c.acknowledged());
            assertThat(c.acknowledged()).isLessThan(c.received());
            assertThat(c.respondedInTime()).isPositive().isLessThan(c.responded());
            assertThat(c.extended()).isPositive().isLessThan(c.responded());
        }

        Map<String, Clocks> got = new LinkedHashMap<>();
        for (DirectorateFigures d : report.directorates()) {
            got.put("d" + d.directorateId() + "/1", d.stage1());
            got.put("d" + d.directorateId() + "/2", d.stage2());
            for (ServiceFigures s : d.services()) {
                got.put("d" + d.directorateId() + "s" + s.serviceId() + "/1", s.stage1());
                got.put("d" + d.directorateId() + "s" + s.serviceId() + "/2", s.stage2());
            }
        }
        assertThat(got).isEqualTo(expected.byDirectorateAndService());
        assertThat(report.directorates()).hasSize(3);

        Map<String, String> evidence = new LinkedHashMap<>();
        for (Provision p : report.selfAssessment()) {
            assertThat(p.complies()).as(p.provision()).isNull();
            assertThat(p.commentary()).as(p.provision()).isEmpty();
            if (p.evidence() != null) {
                evidence.put(p.requirement(), p.evidence());
            }
        }
        Clocks one = expected.council(1);
        Clocks two = expected.council(2);
        assertThat(evidence.values()).containsExactlyInAnyOrder(
                expectedShare("stage 1 complaints acknowledged within 5 working days", one.acknowledgedInTime(),
                        one.received()),
                expectedShare("stage 1 responses sent within 10 working days of acknowledgement or by the extended "
                        + "date", one.respondedInTime(), one.responded()),
                expectedShare("stage 1 responses extended", one.extended(), one.responded()),
                expectedShare("stage 2 requests acknowledged within 5 working days", two.acknowledgedInTime(),
                        two.received()),
                expectedShare("stage 2 responses by someone other than the stage 1 handler",
                        expected.differentHandlers, expected.knownHandlers),
                expectedShare("stage 2 responses sent within 20 working days of acknowledgement or by the extended "
                        + "date", two.respondedInTime(), two.responded()),
                expectedShare("stage 2 responses extended", two.extended(), two.responded()));
        assertThat(expected.differentHandlers).isPositive().isLessThan(expected.knownHandlers);

        String json = mvc.perform(get("/api/v1/reports/complaint-handling?year=2025")
                        .with(httpBasic(council.viewer.getUsername(), TestCouncil.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(json, "$.financialYear")).isEqualTo("2025/26");
        for (int stage = 1; stage <= 2; stage++) {
            Clocks want = expected.council(stage);
            String at = "$.stage" + stage + ".";
            assertThat(((Number) JsonPath.read(json, at + "received")).longValue()).isEqualTo(want.received());
            assertThat(((Number) JsonPath.read(json, at + "acknowledged")).longValue()).isEqualTo(want.acknowledged());
            assertThat(((Number) JsonPath.read(json, at + "acknowledgedInTime")).longValue())
                    .isEqualTo(want.acknowledgedInTime());
            assertThat(((Number) JsonPath.read(json, at + "responded")).longValue()).isEqualTo(want.responded());
            assertThat(((Number) JsonPath.read(json, at + "respondedInTime")).longValue())
                    .isEqualTo(want.respondedInTime());
            assertThat(((Number) JsonPath.read(json, at + "extended")).longValue()).isEqualTo(want.extended());
        }
        assertThat(((Number) JsonPath.read(json, "$.refused.total")).longValue()).isZero();
        assertThat((Map<?, ?>) JsonPath.read(json, "$.refused.byReason")).isEmpty();
        List<Map<String, Object>> rows = JsonPath.read(json, "$.selfAssessment");
        assertThat(rows).hasSize(report.selfAssessment().size()).allSatisfy(r -> {
            assertThat(r).containsOnlyKeys("provision", "requirement", "complies", "evidence", "commentary");
            assertThat(r.get("complies")).isNull();
        });
    }

    @Test
    void theApiAndPageRefuseAYearOutsideTheRecordsWithA400NamingIt() throws Exception {
        for (String year : List.of("?year=1989", "?year=2200", "?year=twenty", "")) {
            mvc.perform(get("/api/v1/reports/complaint-handling" + year)
                            .with(httpBasic(council.viewer.getUsername(), TestCouncil.PASSWORD)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("year"));
        }
        mvc.perform(get("/api/v1/reports/complaint-handling?year=2025")).andExpect(status().isUnauthorized());
        mvc.perform(get("/staff/reports/complaint-handling?year=1066").with(user(council.viewer)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose a financial year from 1990")));
    }

    @Test
    void thePageShowsTheFiguresAndTheSelfAssessment() throws Exception {
        loader.load(authorityId, "Generator", generate(new Random(SEED)));
        ComplaintHandlingReport report = figures.build(authorityId, YEAR);

        mvc.perform(get("/staff/reports/complaint-handling?year=2025").with(user(council.viewer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Complaint Handling Code 2025/26")))
                .andExpect(content().string(containsString(report.selfAssessment().get(2).evidence())))
                .andExpect(content().string(containsString("Revenues and Benefits")));
        mvc.perform(get("/staff/reports/annual?year=2025").with(user(council.viewer)))
                .andExpect(content().string(containsString("/staff/reports/complaint-handling?year=2025")));
    }

    private static String expectedShare(String what, long part, long whole) {
        long percent = Math.round(100.0 * part / whole); // the test's own rounding: half up, all positive
        return String.format(java.util.Locale.UK, "%s: %d%% (%,d of %,d)", what, percent, part, whole);
    }

    // ---- the generator ---------------------------------------------------------------------------------------------

    private List<HistoricCase> generate(Random random) {
        LocalDate first = LocalDate.of(2024, 10, 1);
        int span = (int) (LocalDate.of(2026, 6, 30).toEpochDay() - first.toEpochDay());
        ProcedureClock code = procedures.clock(authorityId, CODE);
        ProcedureClock corporate = procedures.clock(authorityId, "corporate");
        List<HistoricCase> cases = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            CouncilService service = services.get(random.nextInt(services.size()));
            LocalDate received = random.nextInt(8) == 0 ? EDGES[random.nextInt(EDGES.length)]
                    : first.plusDays(random.nextInt(span));
            if (random.nextInt(10) == 0) {
                HistoricStage ack = new HistoricStage(1, null, null, received, received, null, 0, null, null, null,
                        null, null);
                cases.add(new HistoricCase(null, FeedbackType.COMMENT, Channel.EMAIL, CaseStatus.CLOSED, received,
                        service.directorateId(), service.id(), CODE, null, null, null, null, null, received,
                        List.of(ack), null, null));
                continue;
            }
            boolean underCode = random.nextInt(6) > 0;
            String procedure = underCode ? CODE : "corporate";
            ProcedureClock clock = underCode ? code : corporate;
            List<HistoricStage> stages = new ArrayList<>();
            HistoricStage one = stage(random, clock, procedure, 1, received, received);
            stages.add(one);
            if (one.respondedOn() != null && random.nextInt(3) == 0) {
                LocalDate asked = random.nextInt(4) == 0 ? one.respondedOn()
                        : one.respondedOn().plusDays(random.nextInt(25));
                stages.add(stage(random, clock, procedure, 2, asked, received));
            }
            HistoricStage last = stages.get(stages.size() - 1);
            CaseStatus status = last.respondedOn() != null ? CaseStatus.CLOSED
                    : last.acknowledgedOn() != null ? CaseStatus.ACKNOWLEDGED : CaseStatus.RECEIVED;
            cases.add(new HistoricCase(null, FeedbackType.COMPLAINT, Channel.EMAIL, status, received,
                    service.directorateId(), service.id(), procedure, null, null, null, null, null,
                    status == CaseStatus.CLOSED ? last.respondedOn() : null, stages, null, null));
        }
        return cases;
    }

    /** One stage: acknowledged (mostly, sometimes late), perhaps extended (up to the cap), mostly answered. */
    private HistoricStage stage(Random random, ProcedureClock clock, String procedure, int number, LocalDate start,
            LocalDate caseReceived) {
        LocalDate acknowledgementDue = clock.start(number, start).acknowledgementDue();
        LocalDate acknowledged = random.nextInt(10) == 0 ? null : start.plusDays(random.nextInt(10));
        LocalDate due = acknowledged == null ? clock.start(number, start).responseDue()
                : clock.responseDueOnAcknowledgement(number, start, acknowledged);
        LocalDate original = due;
        int cap = procedure.equals(CODE) ? (number == 1 ? 10 : 20) : 20;
        if (random.nextInt(6) == 0) {
            int days = random.nextInt(3) == 0 ? cap : 1 + random.nextInt(cap);
            due = procedures.extend(authorityId, procedure, number, original, original, days);
        }
        LocalDate responded = random.nextInt(8) == 0 ? null
                : (acknowledged == null ? start : acknowledged).plusDays(random.nextInt(number == 1 ? 24 : 40));
        Long handler = random.nextInt(8) == 0 ? null : handlers.get(random.nextInt(handlers.size()));
        return new HistoricStage(number, number == 1 ? null : start, acknowledgementDue, acknowledged, due,
                original, 0, responded, responded == null ? null : Outcome.values()[random.nextInt(3)], null,
                handler, number == 1 ? null : "Not happy with the answer");
    }

    // ---- the test's own counts -------------------------------------------------------------------------------------

    /** Counts by walking the generated records, with due dates from this test's own count of working days. */
    final class Expected {
        final Map<String, long[]> counts = new LinkedHashMap<>();
        long knownHandlers;
        long differentHandlers;

        Expected(List<HistoricCase> history) {
            for (HistoricCase c : history) {
                if (c.type() != FeedbackType.COMPLAINT || !c.procedureCode().equals(CODE)) {
                    continue;
                }
                for (HistoricStage s : c.stages()) {
                    LocalDate start = s.number() == 1 ? c.receivedOn() : s.receivedOn();
                    long[] figure = new long[6];
                    if (YEAR.contains(start)) {
                        figure[0] = 1;
                        figure[1] = s.acknowledgedOn() != null ? 1 : 0;
                        figure[2] = s.acknowledgedOn() != null
                                && !s.acknowledgedOn().isAfter(workingDaysAfter(start, 5)) ? 1 : 0;
                    }
                    if (s.respondedOn() != null && YEAR.contains(s.respondedOn())) {
                        int period = s.number() == 1 ? 10 : 20;
                        LocalDate from = s.acknowledgedOn() != null ? s.acknowledgedOn()
                                : workingDaysAfter(start, 5);
                        LocalDate due = workingDaysAfter(from, period);
                        int extension = s.originalResponseDue().equals(s.responseDue()) ? 0
                                : workingDaysBetween(s.originalResponseDue(), s.responseDue());
                        due = workingDaysAfter(due, extension);
                        figure[3] = 1;
                        figure[4] = s.respondedOn().isAfter(due) ? 0 : 1;
                        figure[5] = extension > 0 ? 1 : 0;
                        if (s.number() == 2) {
                            Long first = c.stages().get(0).handlerId();
                            if (first != null && s.handlerId() != null) {
                                knownHandlers++;
                                differentHandlers += first.equals(s.handlerId()) ? 0 : 1;
                            }
                        }
                    }
                    if (figure[0] + figure[3] == 0) {
                        continue;
                    }
                    add("council/" + s.number(), figure);
                    add("d" + c.directorateId() + "/" + s.number(), figure);
                    add("d" + c.directorateId() + "s" + c.serviceId() + "/" + s.number(), figure);
                }
            }
        }

        private void add(String key, long[] figure) {
            long[] sum = counts.computeIfAbsent(key, k -> new long[6]);
            for (int i = 0; i < 6; i++) {
                sum[i] += figure[i];
            }
        }

        Clocks council(int stage) {
            return clocks(counts.get("council/" + stage));
        }

        /** Every directorate and service with a figure, both stages each (a stage with none reads as zeros). */
        Map<String, Clocks> byDirectorateAndService() {
            Map<String, Clocks> all = new LinkedHashMap<>();
            for (String key : counts.keySet()) {
                if (key.startsWith("council/")) {
                    continue;
                }
                String where = key.substring(0, key.indexOf('/'));
                all.put(where + "/1", clocks(counts.get(where + "/1")));
                all.put(where + "/2", clocks(counts.get(where + "/2")));
            }
            return all;
        }

        private static Clocks clocks(long[] c) {
            return c == null ? new Clocks(0, 0, 0, 0, 0, 0) : new Clocks(c[0], c[1], c[2], c[3], c[4], c[5]);
        }
    }

    /** The day {@code days} working days after {@code from}, counted a day at a time. */
    private LocalDate workingDaysAfter(LocalDate from, int days) {
        LocalDate day = from;
        for (int counted = 0; counted < days; ) {
            day = day.plusDays(1);
            if (calendar.isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    private int workingDaysBetween(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            n += calendar.isWorkingDay(day) ? 1 : 0;
        }
        return n;
    }
}
