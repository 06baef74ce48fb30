package org.redress.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redress.casework.HistoricCase.HistoricPayment;
import org.redress.casework.HistoricCase.HistoricRemedy;
import org.redress.casework.HistoricCase.HistoricStage;
import org.redress.organisation.Authorities;
import org.redress.organisation.AuthorityType;
import org.redress.organisation.BankHolidayRegion;
import org.redress.organisation.CouncilService;
import org.redress.organisation.CouncilStructure;
import org.redress.organisation.Role;
import org.redress.organisation.Scope;
import org.redress.organisation.StaffAccounts;
import org.redress.platform.FieldProblem;
import org.redress.platform.InvalidInput;
import org.redress.procedure.ClockStart;
import org.redress.procedure.ProcedureKind;
import org.redress.procedure.ProcedurePolicy;
import org.redress.procedure.Procedures;
import org.redress.procedure.StageRule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.AopTestUtils;

/**
 * The bulk loader on a real database. Only the list of the council's procedures is stubbed: the loader checks
 * procedure codes against it and needs nothing else from the procedure module (the dates come with the records).
 */
@SpringBootTest
class HistoricCasesIT {

    private static final AtomicInteger COUNCILS = new AtomicInteger();
    private static final int MANY = 3_500;

    @Autowired HistoricCases loader;
    @Autowired CaseRepository repository;
    @Autowired Authorities authorities;
    @Autowired CouncilStructure structure;
    @Autowired StaffAccounts staff;
    @Autowired JdbcClient db;
    @Autowired DataSource dataSource;
    @MockitoBean Procedures procedures;

    long authorityId;
    long directorateId;
    CouncilService highways;
    CouncilService libraries;
    long officerId;

    @BeforeEach
    void aCouncilWithTwoServicesAndAnOfficer() {
        String code = "HIST" + COUNCILS.incrementAndGet() + "T" + System.nanoTime() % 100_000;
        authorityId = authorities.create(code, "Historic Test Council", AuthorityType.COUNTY,
                BankHolidayRegion.ENGLAND_AND_WALES).id();
        directorateId = structure.addDirectorate(authorityId, "Growth, Environment and Transport").id();
        highways = structure.addService(authorityId, directorateId, "Highways");
        libraries = structure.addService(authorityId, directorateId, "Libraries");
        officerId = staff.create(authorityId, new StaffAccounts.Details(code.toLowerCase() + ".officer", "Olu Officer",
                null, EnumSet.of(Role.INVESTIGATING_OFFICER), Scope.directorate(directorateId)),
                "a-long-enough-password").id();
        StageRule stage1 = new StageRule(1, "Stage 1", 3, 20, ClockStart.RECEIPT, 0, null, false);
        StageRule stage2 = new StageRule(2, "Stage 2", 3, 20, ClockStart.RECEIPT, 0, null, true);
        when(procedures.policies(anyLong())).thenReturn(List.of(new ProcedurePolicy("corporate",
                "Corporate procedure", ProcedureKind.CORPORATE, List.of(stage1, stage2), "the Ombudsman")));
    }

    @Test
    void loadsThousandsOfCasesIntoEveryTable() {
        List<HistoricCase> cases = new ArrayList<>();
        for (int i = 0; i < MANY; i++) {
            cases.add(sample(i));
        }

        HistoricCases.LoadResult result = loader.load(authorityId, "Data migration", cases);

        // sample(i): every 5th a compliment, every 7th complaint escalated, every 10th tagged, every 4th a remedy...
        int compliments = count(i -> i % 5 == 0);
        int complaints = MANY - compliments;
        int escalated = count(i -> i % 5 != 0 && i % 7 == 0);
        int remedies = count(i -> i % 5 != 0 && i % 4 == 1);
        int payments = count(i -> i % 5 != 0 && i % 50 == 3);
        int covid = count(i -> i % 10 == 3);
        int lockdown = count(i -> i % 20 == 3);
        assertThat(result.cases()).isEqualTo(MANY);
        assertThat(result.stages()).isEqualTo(MANY + escalated);
        assertThat(result.reasons()).isEqualTo(complaints + count(i -> i % 5 != 0 && i % 3 == 0));
        assertThat(result.tags()).isEqualTo(covid + lockdown);
        assertThat(result.remedies()).isEqualTo(remedies);
        assertThat(result.payments()).isEqualTo(payments);
        assertThat(result.events()).isEqualTo(MANY);

        assertThat(rows("feedback_case")).isEqualTo(MANY);
        assertThat(rows("case_stage")).isEqualTo(MANY + escalated);
        assertThat(rows("case_reason")).isEqualTo(result.reasons());
        assertThat(rows("case_tag")).isEqualTo(covid + lockdown);
        assertThat(rows("tag")).isEqualTo(2);
        assertThat(rows("remedy_action")).isEqualTo(remedies);
        assertThat(rows("payment")).isEqualTo(payments);
        assertThat(rows("case_event")).isEqualTo(MANY);
        assertThat(db.sql("select count(*) from feedback_case c where c.authority_id = ? and not exists "
                + "(select 1 from case_event e where e.case_id = c.id)").param(authorityId).query(Long.class).single())
                .isZero();
        assertThat(db.sql("select count(*) from feedback_case where authority_id = ? and feedback_type = 'compliment'")
                .param(authorityId).query(Long.class).single()).isEqualTo(compliments);
        assertThat(db.sql("select sum(amount) from payment where authority_id = ?").param(authorityId)
                .query(BigDecimal.class).single()).isEqualByComparingTo(new BigDecimal("123.45").multiply(
                        BigDecimal.valueOf(payments)));
    }

    @Test
    void writesEachFieldOfACaseAsGiven() {
        HistoricCase escalated = sample(21); // a complaint taken to stage 2, with a late stage 1 and a remedy
        HistoricCase compliment = sample(10);
        HistoricCase paid = sample(53);

        loader.load(authorityId, "Data migration", List.of(escalated, compliment, paid));

        Map<String, Object> row = db.sql("select * from feedback_case where authority_id = ? and reference = 'OLD-21'")
                .param(authorityId).query().singleRow();
        assertThat(row).containsEntry("feedback_type", "complaint").containsEntry("channel", "email")
                .containsEntry("status", "closed").containsEntry("current_stage", 2)
                .containsEntry("directorate_id", directorateId).containsEntry("service_id", highways.id())
                .containsEntry("procedure_code", "corporate").containsEntry("customer_name", "Customer 21")
                .containsEntry("customer_email", "customer21@example.org").containsEntry("assigned_to", officerId);
        assertThat(date(row.get("received_on"))).isEqualTo(received(21));
        assertThat(date(row.get("closed_on"))).isEqualTo(received(21).plusDays(70));
        long caseId = ((Number) row.get("id")).longValue();

        FeedbackCase loaded = repository.findById(authorityId, caseId).orElseThrow();
        Stage first = loaded.stage(1);
        assertThat(first.receivedOn()).isEqualTo(received(21));
        assertThat(first.acknowledgementDue()).isEqualTo(received(21).plusDays(3));
        assertThat(first.acknowledgedOn()).isEqualTo(received(21).plusDays(1));
        assertThat(first.responseDue()).isEqualTo(received(21).plusDays(28));
        assertThat(first.originalResponseDue()).isEqualTo(received(21).plusDays(28));
        assertThat(first.respondedOn()).isEqualTo(received(21).plusDays(30));
        assertThat(first.outcome()).isEqualTo(Outcome.NOT_UPHELD);
        assertThat(first.delayReason()).isEqualTo("workload");
        assertThat(first.handlerId()).isEqualTo(officerId);
        Stage second = loaded.stage(2);
        assertThat(second.receivedOn()).isEqualTo(received(21).plusDays(40));
        assertThat(second.responseDue()).isEqualTo(received(21).plusDays(68));
        assertThat(second.respondedOn()).isEqualTo(received(21).plusDays(60));
        assertThat(second.outcome()).isEqualTo(Outcome.PARTLY_UPHELD);
        assertThat(second.delayReason()).isNull();
        assertThat(second.escalationReason()).isEqualTo("Still unhappy");
        assertThat(db.sql("select reason_key from case_reason where case_id = ? order by reason_key").param(caseId)
                .query(String.class).list())
                .containsExactly("issues_with_service/delay_in_doing_something", "staff_conduct");

        Map<String, Object> event = db.sql("select * from case_event where case_id = ?").param(caseId).query()
                .singleRow();
        assertThat(event).containsEntry("action", "logged").containsEntry("actor", "Data migration")
                .containsEntry("to_status", "closed").containsEntry("stage_number", 2)
                .containsEntry("summary", "Imported from earlier records");
        assertThat((String) event.get("details")).contains("\"status\":\"closed\"");

        Map<String, Object> thanks = db.sql("select c.*, s.acknowledged_on, s.responded_on, s.outcome from feedback_case c "
                + "join case_stage s on s.case_id = c.id where c.authority_id = ? and c.reference = 'OLD-10'")
                .param(authorityId).query().singleRow();
        assertThat(thanks).containsEntry("feedback_type", "compliment").containsEntry("status", "closed")
                .containsEntry("service_id", libraries.id()).containsEntry("responded_on", null)
                .containsEntry("outcome", null);
        assertThat(db.sql("select t.label from case_tag ct join tag t on t.id = ct.tag_id "
                + "join feedback_case c on c.id = ct.case_id where c.reference = 'OLD-53' and c.authority_id = ?")
                .param(authorityId).query(String.class).list()).containsExactly("Covid");
        Map<String, Object> payment = db.sql("select p.* from payment p join feedback_case c on c.id = p.case_id "
                + "where c.reference = 'OLD-53' and c.authority_id = ?").param(authorityId).query().singleRow();
        assertThat((BigDecimal) payment.get("amount")).isEqualByComparingTo("123.45");
        assertThat(payment).containsEntry("payment_kind", "compensation").containsEntry("source", "ombudsman")
                .containsEntry("directorate_id", directorateId);
        Map<String, Object> remedy = db.sql("select r.* from remedy_action r join feedback_case c on c.id = r.case_id "
                + "where c.reference = 'OLD-53' and c.authority_id = ?").param(authorityId).query().singleRow();
        assertThat(remedy).containsEntry("action_kind", "formal_apology").containsEntry("follow_up", true)
                .containsEntry("stage_number", 1);
        assertThat(date(remedy.get("due_on"))).isEqualTo(received(53).plusDays(40));
    }

    @Test
    void givesCasesWithoutAReferenceTheNextOnesAsLoggedCasesGet() {
        HistoricCase unnamed = withReference(sample(1), null);

        loader.load(authorityId, "Data migration", List.of(unnamed, withReference(sample(2), null)));

        List<String> references = db.sql("select reference from feedback_case where authority_id = ? order by id")
                .param(authorityId).query(String.class).list();
        String next = repository.nextReference();
        assertThat(references).hasSize(2).allMatch(r -> r.matches("FB\\d{7}"));
        assertThat(references.get(0)).isLessThan(references.get(1));
        assertThat(references.get(1)).isLessThan(next);
    }

    @Test
    void rejectsTheWholeLoadWhenOneRecordIsWrongAndWritesNothing() {
        List<HistoricCase> cases = new ArrayList<>();
        for (int i = 0; i < 2_600; i++) {
            cases.add(sample(i));
        }
        HistoricCase good = sample(2_501);
        HistoricStage s = good.stages().get(0);
        // "closed" complaint whose stage 1 has no response date
        cases.set(2_501, withStages(good, List.of(new HistoricStage(1, null, s.acknowledgementDue(),
                s.acknowledgedOn(), s.responseDue(), null, 0, null, null, null, null, null))));

        assertThatThrownBy(() -> loader.load(authorityId, "Data migration", cases))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("cases[2501].status"));

        assertThat(rows("feedback_case")).isZero();
        assertThat(rows("case_stage")).isZero();
        assertThat(rows("case_event")).isZero();
        assertThat(rows("tag")).isZero();
    }

    @Test
    void namesEveryRecordAndFieldThatIsWrong() {
        HistoricCase compliment = sample(10);
        HistoricStage c = compliment.stages().get(0);
        HistoricCase complaint = sample(1);
        HistoricStage s = complaint.stages().get(0);
        List<HistoricCase> cases = List.of(
                sample(0),
                withStages(compliment, List.of(new HistoricStage(1, null, c.acknowledgementDue(), c.acknowledgedOn(),
                        c.responseDue(), null, 0, null, Outcome.UPHELD, null, null, null))),
                withStages(complaint, List.of(new HistoricStage(1, null, s.acknowledgementDue(), s.acknowledgedOn(),
                        s.responseDue(), null, 0, s.responseDue().minusDays(2), Outcome.UPHELD, "workload", null,
                        null))),
                new HistoricCase(null, FeedbackType.COMPLAINT, Channel.PHONE, CaseStatus.RECEIVED, received(1), null,
                        999_999, "nonsense", null, null, List.of("no_such_reason"), null, null, null,
                        complaint.stages(), null, null),
                withReference(sample(4), "OLD-0"));

        assertThatThrownBy(() -> loader.load(authorityId, "Data migration", cases))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly(
                                "cases[1].stages[0].outcome",
                                "cases[3].serviceId", "cases[3].procedureCode", "cases[3].reasons[0]", "cases[3].status",
                                "cases[4].reference"));
        assertThat(rows("feedback_case")).isZero();
    }

    @Test
    void keepsADelayReasonOnAResponseRedressCountsOnTimeAndWarnsOfIt() {
        HistoricCase complaint = sample(1);
        HistoricStage s = complaint.stages().get(0);
        HistoricCase early = withStages(complaint, List.of(new HistoricStage(1, null, s.acknowledgementDue(),
                s.acknowledgedOn(), s.responseDue(), null, 0, s.responseDue().minusDays(2), Outcome.UPHELD, "workload",
                null, null)));

        HistoricCases.LoadResult result = loader.load(authorityId, "Data migration", List.of(early));

        assertThat(result.warnings()).extracting(HistoricFinding::name).containsExactly("cases[0].stages[0].delayReason");
        assertThat(result.warnings().get(0).message()).contains("not late by Redress's count");
        assertThat(db.sql("select s.delay_reason from case_stage s join feedback_case c on c.id = s.case_id"
                + " where c.authority_id = ? and c.reference = 'OLD-1'").param(authorityId).query(String.class)
                .single()).isEqualTo("workload");
    }

    @Test
    void keepsALateResponseWithoutADelayReasonAndWarnsOfIt() {
        HistoricCase complaint = sample(1);
        HistoricStage s = complaint.stages().get(0);
        HistoricCase late = withStages(complaint, List.of(new HistoricStage(1, null, s.acknowledgementDue(),
                s.acknowledgedOn(), s.responseDue(), null, 0, s.responseDue().plusDays(3), Outcome.UPHELD, null,
                null, null)));
        late = new HistoricCase(late.reference(), late.type(), late.channel(), late.status(), late.receivedOn(),
                late.directorateId(), late.serviceId(), late.procedureCode(), late.description(), late.customer(),
                late.reasons(), late.tags(), late.assignedTo(), s.responseDue().plusDays(3), late.stages(),
                late.remedies(), late.payments());

        HistoricCases.LoadResult result = loader.load(authorityId, "Data migration", List.of(late));

        assertThat(result.warnings()).extracting(HistoricFinding::name).containsExactly("cases[0].stages[0].delayReason");
        assertThat(result.warnings().get(0).message()).contains("late by Redress's count");
        assertThat(rows("case_stage")).isEqualTo(1);
    }

    @Test
    void refusesAReferenceAlreadyInUse() {
        loader.load(authorityId, "Data migration", List.of(sample(0)));

        assertThatThrownBy(() -> loader.load(authorityId, "Data migration", List.of(sample(1), sample(0))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::message)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("cases[1].reference",
                                "Record 1: reference is already the reference of a case: OLD-0")));
        assertThat(rows("feedback_case")).isEqualTo(1);
    }

    @Test
    void writesTheSameRowsWithCopyOnPostgresqlAsWithBatchedInserts() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            assumeTrue("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName()),
                    "COPY is PostgreSQL's; elsewhere both are batched inserts");
        }
        List<HistoricCase> copied = new ArrayList<>();
        List<HistoricCase> inserted = new ArrayList<>();
        for (int i = 0; i < 2_100; i++) { // over two chunks, so ids and tags carry from one chunk to the next
            copied.add(sample(i));
            inserted.add(withReference(sample(i), "NEW-" + i));
        }
        copied.add(withDescription(sample(1_000_001), AWKWARD_TEXT));
        inserted.add(withReference(withDescription(sample(1_000_001), AWKWARD_TEXT), "NEW-1000001"));

        loader.load(authorityId, "Data migration", copied);
        HistoricCases target = AopTestUtils.getTargetObject(loader);
        target.useBatchedInserts();
        try {
            loader.load(authorityId, "Data migration", inserted);
        } finally {
            target.useTheDatabasesOwnWay();
        }

        for (String table : List.of("feedback_case", "case_stage", "case_reason", "case_tag", "remedy_action",
                "payment", "case_event")) {
            List<String> byCopy = rowsOfCases(table, "OLD-");
            assertThat(byCopy).as(table).isNotEmpty().isEqualTo(rowsOfCases(table, "NEW-"));
        }
    }

    @Test
    void keepsTabsLineBreaksBackslashesAndAccentsAsGiven() {
        loader.load(authorityId, "Data migration", List.of(withDescription(sample(1), AWKWARD_TEXT)));

        assertThat(db.sql("select description from feedback_case where authority_id = ? and reference = 'OLD-1'")
                .param(authorityId).query(String.class).single()).isEqualTo(AWKWARD_TEXT);
    }

    /** Every character COPY's text format treats specially, and some that are not ASCII. */
    private static final String AWKWARD_TEXT = "Line one\nline two\twith a tab, a \\ backslash, \\N, \\. and a \r"
            + " return; Siân's café £5 \u2014 \"quoted\", comma,";

    /**
     * The rows of the table belonging to the council's cases whose reference starts with the prefix, each as text
     * without its ids, times it was written and the prefix, sorted.
     */
    private List<String> rowsOfCases(String table, String prefix) {
        String sql = table.equals("feedback_case")
                ? "select t.* from feedback_case t where t.authority_id = ? and t.reference like ?"
                : "select t.*, c.reference from " + table + " t join feedback_case c on c.id = t.case_id"
                        + " where c.authority_id = ? and c.reference like ?";
        return db.sql(sql).params(authorityId, prefix + "%").query().listOfRows().stream()
                .map(row -> {
                    Map<String, Object> kept = new java.util.TreeMap<>(row);
                    List.of("id", "case_id", "created_at", "updated_at", "occurred_at").forEach(kept::remove);
                    kept.put("reference", ((String) kept.get("reference")).substring(prefix.length()));
                    return kept.toString();
                })
                .sorted().toList();
    }

    // ---- test data -----------------------------------------------------------------------------------------------

    private static LocalDate received(int i) {
        return LocalDate.of(2019, 4, 1).plusDays(i % 700);
    }

    /**
     * Record i: every 5th a closed compliment (Libraries), the rest complaints (Highways) closed at stage 1, every
     * 7th of them escalated and closed at stage 2; every 10th tagged Covid, every 20th also Lockdown; every 4th with
     * a remedy, every 50th with a payment.
     */
    private HistoricCase sample(int i) {
        LocalDate on = received(i);
        if (i % 5 == 0) {
            HistoricStage only = new HistoricStage(1, null, on.plusDays(3), on.plusDays(2), on.plusDays(28), null, 0,
                    null, null, null, null, null);
            return new HistoricCase("OLD-" + i, FeedbackType.COMPLIMENT, Channel.ONLINE, CaseStatus.CLOSED, on, null,
                    libraries.id(), "corporate", "Thanks to the library staff", null, List.of(), tags(i), null,
                    on.plusDays(2), List.of(only), List.of(), List.of());
        }
        boolean late = i % 7 == 0;
        HistoricStage first = new HistoricStage(1, on, on.plusDays(3), on.plusDays(1), on.plusDays(28), null, 0,
                on.plusDays(late ? 30 : 20), i % 7 == 0 ? Outcome.NOT_UPHELD : Outcome.UPHELD,
                late ? "workload" : null, officerId, null);
        List<HistoricStage> stages = new ArrayList<>(List.of(first));
        if (i % 7 == 0) {
            stages.add(new HistoricStage(2, on.plusDays(40), on.plusDays(43), on.plusDays(41), on.plusDays(68), null,
                    0, on.plusDays(60), Outcome.PARTLY_UPHELD, null, officerId, "Still unhappy"));
        }
        List<String> reasons = i % 3 == 0
                ? List.of("staff_conduct", "issues_with_service/delay_in_doing_something")
                : List.of(i < 350 ? "service_failure" : "policy_and_procedure");
        List<HistoricRemedy> remedies = i % 4 == 1
                ? List.of(new HistoricRemedy(1, RemedyKind.FORMAL_APOLOGY, true, on.plusDays(40), on.plusDays(35)))
                : List.of();
        List<HistoricPayment> payments = i % 50 == 3
                ? List.of(new HistoricPayment(PaymentKind.COMPENSATION, new BigDecimal("123.45"), on.plusDays(60), null,
                        PaymentSource.OMBUDSMAN))
                : List.of();
        return new HistoricCase("OLD-" + i, FeedbackType.COMPLAINT, Channel.EMAIL, CaseStatus.CLOSED, on,
                directorateId, highways.id(), "corporate", "The road outside number " + i + " is broken",
                new Contact("Customer " + i, "customer" + i + "@example.org", null, null), reasons, tags(i), officerId,
                stages.get(stages.size() - 1).respondedOn().plusDays(10), stages, remedies, payments);
    }

    private static List<String> tags(int i) {
        return i % 20 == 3 ? List.of("Covid", "Lockdown", "covid") : i % 10 == 3 ? List.of("Covid") : List.of();
    }

    private static HistoricCase withStages(HistoricCase c, List<HistoricStage> stages) {
        return new HistoricCase(c.reference(), c.type(), c.channel(), c.status(), c.receivedOn(), c.directorateId(),
                c.serviceId(), c.procedureCode(), c.description(), c.customer(), c.reasons(), c.tags(), c.assignedTo(),
                c.closedOn(), stages, c.remedies(), c.payments());
    }

    private static HistoricCase withDescription(HistoricCase c, String description) {
        return new HistoricCase(c.reference(), c.type(), c.channel(), c.status(), c.receivedOn(), c.directorateId(),
                c.serviceId(), c.procedureCode(), description, c.customer(), c.reasons(), c.tags(), c.assignedTo(),
                c.closedOn(), c.stages(), c.remedies(), c.payments());
    }

    private static HistoricCase withReference(HistoricCase c, String reference) {
        return new HistoricCase(reference, c.type(), c.channel(), c.status(), c.receivedOn(), c.directorateId(),
                c.serviceId(), c.procedureCode(), c.description(), c.customer(), c.reasons(), c.tags(), c.assignedTo(),
                c.closedOn(), c.stages(), c.remedies(), c.payments());
    }

    private static int count(java.util.function.IntPredicate which) {
        return (int) java.util.stream.IntStream.range(0, MANY).filter(which).count();
    }

    private long rows(String table) {
        return db.sql("select count(*) from " + table + " where authority_id = ?").param(authorityId)
                .query(Long.class).single();
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
