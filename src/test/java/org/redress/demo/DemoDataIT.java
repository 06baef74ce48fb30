package org.redress.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.redress.demo.SeedFigures.Dir;
import org.redress.organisation.Authorities;
import org.redress.organisation.Role;
import org.redress.organisation.StaffAccounts;
import org.redress.organisation.StaffMember;
import org.redress.procedure.Procedures;
import org.redress.procedure.StageClock;
import org.redress.ombudsman.AnnualFigures;
import org.redress.platform.FinancialYear;
import org.redress.reporting.AnnualFeedbackReport;
import org.redress.reporting.ReportTable;
import org.redress.ombudsman.OmbudsmanStatistics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo council on the test database, made once for the class (demo data is off in tests; the loader is called
 * directly, under a code and usernames of its own so it can run again on a kept database).
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoDataIT {

    private static final LocalDate FROM_2020 = LocalDate.of(2020, 4, 1);
    private static final LocalDate TO_2020 = LocalDate.of(2021, 3, 31);

    @Autowired DemoCouncil council;
    @Autowired Authorities authorities;
    @Autowired Procedures procedures;
    @Autowired StaffAccounts staff;
    @Autowired JdbcClient db;
    @Autowired Clock clock;
    @Autowired OmbudsmanStatistics ombudsman;
    @Autowired AnnualFeedbackReport reports;

    DemoCouncil.Summary made;
    long authorityId;
    String prefix;

    @BeforeAll
    void makeTheDemoCouncil() {
        try {
            procedures.policies(authorities.all().get(0).id());
        } catch (UnsupportedOperationException stub) {
            Assumptions.abort("The procedure module is still a stub: due dates cannot be computed yet");
        }
        String suffix = Long.toString(System.currentTimeMillis() % 10_000_000, 36);
        prefix = "demo" + suffix;
        made = council.create("DEMO" + suffix.toUpperCase(), prefix);
        authorityId = made.authorityId();
    }

    @Test
    void receivesTheReportsFeedbackPerDirectorateAndTypeIn2020() {
        Map<String, Long> counts = new HashMap<>();
        db.sql("""
                select d.name, c.feedback_type, count(*) as n from feedback_case c
                join directorate d on d.id = c.directorate_id
                where c.authority_id = ? and c.received_on between ? and ?
                group by d.name, c.feedback_type""")
                .params(authorityId, FROM_2020, TO_2020)
                .query(rs -> {
                    counts.put(rs.getString("name") + "/" + rs.getString("feedback_type"), rs.getLong("n"));
                });
        for (Dir d : Dir.values()) {
            assertThat(counts.get(d.title + "/complaint")).as(d.title).isEqualTo(SeedFigures.complaints(d, 2));
            assertThat(counts.get(d.title + "/comment")).as(d.title).isEqualTo(d.comments[2]);
            assertThat(counts.get(d.title + "/compliment")).as(d.title).isEqualTo(d.compliments[2]);
        }
        assertThat(counts.get(Dir.ASCH.title + "/complaint")).isEqualTo(754);
        assertThat(counts.get(Dir.CYPE.title + "/complaint")).isEqualTo(867);
        assertThat(counts.get(Dir.GET.title + "/complaint")).isEqualTo(3585);
        assertThat(counts.get(Dir.SCS.title + "/complaint")).isEqualTo(169);
        assertThat(total(counts, "complaint")).isEqualTo(5375);
        assertThat(total(counts, "member_enquiry")).isEqualTo(1216);
        assertThat(total(counts, "enquiry")).isEqualTo(16708);
        assertThat(total(counts, "informal_concern")).isEqualTo(242);
        assertThat(total(counts, "representation")).isEqualTo(3);
    }

    @Test
    void escalatesTheReportsStageTwoComplaintsIn2020() {
        Map<String, Long> stage2 = new HashMap<>();
        db.sql("""
                select d.name, count(*) as n from case_stage s join feedback_case c on c.id = s.case_id
                join directorate d on d.id = c.directorate_id
                where s.authority_id = ? and s.stage_number = 2 and s.received_on between ? and ?
                group by d.name""")
                .params(authorityId, FROM_2020, TO_2020)
                .query(rs -> {
                    stage2.put(rs.getString("name"), rs.getLong("n"));
                });
        for (Dir d : Dir.values()) {
            assertThat(stage2.get(d.title)).as(d.title).isEqualTo(d.stage2[2]);
        }
    }

    @Test
    void givesEveryCaseAnEventAndDueDatesFromItsProcedure() {
        assertThat(db.sql("select count(*) from feedback_case c where c.authority_id = ? and not exists "
                + "(select 1 from case_event e where e.case_id = c.id)").param(authorityId).query(Long.class).single())
                .isZero();
        assertThat((long) made.historicCases()).isEqualTo(db.sql("select count(*) from feedback_case where authority_id = ? "
                + "and received_on <= ?").params(authorityId, TO_2020).query(Long.class).single());
        List<Map<String, Object>> sample = db.sql("""
                select c.procedure_code, s.stage_number, s.received_on, s.response_due from case_stage s
                join feedback_case c on c.id = s.case_id
                where s.authority_id = ? and s.received_on between ? and ? order by s.id""")
                .params(authorityId, LocalDate.of(2020, 12, 20), LocalDate.of(2021, 1, 10)).query().listOfRows();
        assertThat(sample).hasSizeGreaterThan(50);
        for (Map<String, Object> row : sample.subList(0, 50)) {
            StageClock expected = procedures.startStage(authorityId, (String) row.get("procedure_code"),
                    ((Number) row.get("stage_number")).intValue(), date(row.get("received_on")));
            assertThat(date(row.get("response_due"))).isEqualTo(expected.responseDue());
        }
    }

    @Test
    void answersAboutEightyTwoPercentOfStageOneComplaintsInTimeIn2020() {
        Map<String, Object> row = db.sql("""
                select count(*) as answered,
                       sum(case when s.responded_on <= s.response_due then 1 else 0 end) as in_time,
                       sum(case when s.outcome = 'upheld' then 1 else 0 end) as upheld
                from case_stage s join feedback_case c on c.id = s.case_id
                where s.authority_id = ? and c.feedback_type = 'complaint' and s.stage_number = 1
                  and s.responded_on is not null and c.received_on between ? and ?""")
                .params(authorityId, FROM_2020, TO_2020).query().singleRow();
        double answered = ((Number) row.get("answered")).doubleValue();
        assertThat(100 * ((Number) row.get("in_time")).doubleValue() / answered).isBetween(78.0, 86.0);
        assertThat(100 * ((Number) row.get("upheld")).doubleValue() / answered).isBetween(14.0, 18.0);
    }

    @Test
    void paysTheReportsMoneyAndTagsCovidIn2020() {
        assertThat(db.sql("select sum(amount) from payment where authority_id = ? and paid_on between ? and ?")
                .params(authorityId, FROM_2020, TO_2020).query(BigDecimal.class).single())
                .isEqualByComparingTo("64966.05");
        assertThat(db.sql("""
                select count(*) from case_tag ct join tag t on t.id = ct.tag_id
                join feedback_case c on c.id = ct.case_id
                where c.authority_id = ? and t.tag_key = 'covid' and c.received_on between ? and ?""")
                .params(authorityId, FROM_2020, TO_2020).query(Long.class).single()).isEqualTo(1594);
    }

    @Test
    void table16ShowsTheReportsConductComplaintsInTheirYearsColumns() {
        ReportTable table16 = reports.build(authorityId, new FinancialYear(2020)).table("table-16").orElseThrow();
        assertThat(table16.columns()).containsExactly("2020/21", "2019/20", "2018/19");
        assertThat(table16.rows()).extracting(r -> r.label() + " " + r.values())
                .containsExactly("No action or resolved upon receipt; dismissed by the Monitoring Officer [8, 8, 12]",
                        "Action taken by party [0, 0, 0]");
    }

    @Test
    void recordsTheReportsOmbudsmanCasesAndDecisionsForThreeYears() {
        assertThat(ombudsman.receivedOverYears(authorityId, 2020, 3)).extracting(r -> r.year().name() + " "
                + r.byCategory().stream().map(c -> Long.toString(c.count())).toList() + " " + r.total())
                .containsExactly("2020/21 [56, 0, 4, 79, 5, 9, 1, 1, 1] 156",
                        "2019/20 [66, 0, 8, 112, 3, 23, 0, 4, 2] 218",
                        "2018/19 [56, 0, 11, 83, 8, 17, 0, 1, 3] 179");
        assertThat(ombudsman.decisionsOverYears(authorityId, 2020, 3)).extracting(r -> List.of(r.decisions().upheld(),
                r.decisions().notUpheld(), r.decisions().adviceGiven(), r.decisions().closedAfterInitialEnquiries(),
                r.decisions().incompleteOrInvalid(), r.decisions().referredBack(), r.decisions().total()))
                .containsExactly(List.of(40L, 14L, 0L, 49L, 9L, 40L, 152L), List.of(39L, 27L, 2L, 69L, 14L, 61L, 212L),
                        List.of(36L, 23L, 2L, 59L, 11L, 45L, 176L));
        AnnualFigures figures = ombudsman.forAuthority(authorityId, 2020);
        assertThat(figures.upholdRate()).isEqualTo(74);
        assertThat(figures.satisfactoryRemedy().numerator()).isEqualTo(5);
        assertThat(figures.satisfactoryRemedyRate()).isEqualTo(13);
        assertThat(figures.complianceOutcomes()).isPositive();
        assertThat(ombudsman.outcomesByDirectorate(authorityId, 2020)).extracting(d -> d.directorate() + " "
                + d.total().upheld() + "/" + d.total().notUpheld())
                .containsExactlyInAnyOrder("Adult Social Care and Health 20/6",
                        "Children, Young People and Education 19/8", "Growth, Environment and Transport 1/0",
                        "Strategic and Corporate Services 0/0");
    }

    @Test
    void comparesItselfWithSyntheticCountiesOutOfTheBox() {
        String code = authorities.get(authorityId).code();
        assertThat(db.sql("select count(*) from ombudsman_annual_data where authority_type = 'county'"
                + " and authority_code like 'SYN-%' and financial_year = 2020").query(Long.class).single())
                .as("the synthetic peers it ships with").isPositive();
        AnnualFigures own = ombudsman.forAuthority(authorityId, 2020);
        assertThat(db.sql("""
                select upheld, not_upheld, remedied_by_authority, compliance_outcomes, complied, received_total
                from ombudsman_annual_data where authority_code = ? and financial_year = 2020""").param(code)
                .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6))).single())
                .as("its own row, counted from its own Ombudsman cases")
                .containsExactly(own.upheld(), own.notUpheld(), own.remediedByAuthority(), own.complianceOutcomes(),
                        own.complied(), 156L);
    }

    @Test
    void leavesRecentCasesOpenWithTheDemoOfficersAndSomeOverdue() {
        LocalDate today = LocalDate.now(clock);
        assertThat(made.liveCases()).isEqualTo(LiveCases.COUNT);
        long recent = db.sql("select count(*) from feedback_case where authority_id = ? and received_on > ?")
                .params(authorityId, TO_2020).query(Long.class).single();
        assertThat(recent).isEqualTo(LiveCases.COUNT);
        long open = db.sql("select count(*) from feedback_case where authority_id = ? "
                + "and status in ('received', 'acknowledged', 'under_investigation')").param(authorityId)
                .query(Long.class).single();
        long overdue = db.sql("""
                select count(*) from feedback_case c
                join case_stage s on s.case_id = c.id and s.stage_number = c.current_stage
                where c.authority_id = ? and c.status in ('received', 'acknowledged', 'under_investigation')
                  and s.response_due < ?""").params(authorityId, today).query(Long.class).single();
        assertThat(open).isBetween(30L, 120L);
        assertThat(overdue).isPositive();
        List<String> assignees = db.sql("""
                select distinct s.username from feedback_case c join staff s on s.id = c.assigned_to
                where c.authority_id = ? and c.received_on > ?""").params(authorityId, TO_2020)
                .query(String.class).list();
        assertThat(assignees).contains(prefix + ".officer.highways", prefix + ".officer.asch", prefix + ".officer.cype");
        assertThat(db.sql("select count(*) from case_event e join feedback_case c on c.id = e.case_id "
                + "where c.authority_id = ? and c.received_on > ? and e.action = 'acknowledged'")
                .params(authorityId, TO_2020).query(Long.class).single()).isPositive();
    }

    @Test
    void makesDemoStaffWithTheirRolesAndScopes() {
        Map<String, StaffMember> members = new HashMap<>();
        staff.all(authorityId).forEach(m -> members.put(m.username(), m));
        assertThat(members).containsOnlyKeys(prefix + ".feedback", prefix + ".viewer", prefix + ".officer.asch",
                prefix + ".officer.cype", prefix + ".officer.highways", prefix + ".officer.scs");
        assertThat(members.get(prefix + ".feedback").roles()).containsExactly(Role.FEEDBACK_TEAM);
        assertThat(members.get(prefix + ".viewer").roles()).containsExactly(Role.REPORT_VIEWER);
        assertThat(members.get(prefix + ".officer.highways").scope().serviceId()).isNotNull();
        assertThat(members.get(prefix + ".officer.asch").scope().directorateId()).isNotNull();
        assertThat(procedures.procedureFor(authorityId, db.sql("select id from service where authority_id = ? "
                + "and name = 'Adult Social Care and Health'").param(authorityId).query(Long.class).single()))
                .isEqualTo(DemoCouncil.ADULTS_PROCEDURE);
    }

    private static long total(Map<String, Long> counts, String type) {
        return counts.entrySet().stream().filter(e -> e.getKey().endsWith("/" + type)).mapToLong(Map.Entry::getValue)
                .sum();
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
