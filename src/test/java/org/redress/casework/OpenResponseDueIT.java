package org.redress.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.casework.Cases.feedback;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.redress.TestCouncil;
import org.redress.casework.HistoricCase.HistoricStage;
import org.redress.procedure.Procedures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The work queue sorts and filters on {@code feedback_case.open_response_due} (V17), a copy of the current stage's
 * response due date kept while the case is open. After every kind of step a case can take, the copy must still be
 * the current stage's date when the case is open and null when it is not, and the queue must show the case exactly
 * while it is open. The annual report counts stages and reasons by the copies of their case's type, directorate and
 * dates on each stage and reason row (V19), which must match the case after every step too.
 */
@SpringBootTest
class OpenResponseDueIT {

    @Autowired Casework casework;
    @Autowired WorkQueue queue;
    @Autowired HistoricCases historic;
    @Autowired Procedures procedures;
    @Autowired JdbcClient db;

    @Autowired TestCouncil council;

    private FeedbackCase log(FeedbackType type, LocalDate receivedOn, String procedure) {
        Cases.Builder feedback = feedback(type).receivedOn(receivedOn).by(Channel.EMAIL).about(council.highways.id())
                .underProcedure(procedure).describedAs("The pothole outside number 4 has not been fixed");
        if (type == FeedbackType.COMPLAINT) {
            feedback.withReasons("issues_with_service/failure_to_do_something");
        }
        return casework.log(council.feedbackTeam, feedback.build());
    }

    /** What the column holds, what it should hold, and whether the queue lists the case. */
    private void keptInStep(String reference, boolean open) {
        record Row(String status, LocalDate kept, LocalDate due) { }
        Row row = db.sql("""
                select c.status, c.open_response_due, st.response_due from feedback_case c
                join case_stage st on st.case_id = c.id and st.stage_number = c.current_stage
                where c.authority_id = ? and c.reference = ?""")
                .params(council.authority.id(), reference)
                .query((rs, n) -> new Row(rs.getString("status"), rs.getObject("open_response_due", LocalDate.class),
                        rs.getObject("response_due", LocalDate.class)))
                .single();
        copiedOntoEveryStage(reference);
        assertThat(CaseStatus.fromKey(row.status()).isOpen()).as("%s is open", reference).isEqualTo(open);
        assertThat(row.kept()).as("open_response_due of %s (%s)", reference, row.status())
                .isEqualTo(open ? row.due() : null);
        List<CaseSummary> listed = queue.queue(council.feedbackTeam, WorkQueue.View.SCOPE, WorkQueue.Filter.NONE,
                WorkQueue.Position.FIRST).rows();
        if (open) {
            assertThat(listed).filteredOn(r -> r.reference().equals(reference)).singleElement()
                    .satisfies(r -> assertThat(r.responseDue()).isEqualTo(row.due()));
        } else {
            assertThat(listed).extracting(CaseSummary::reference).doesNotContain(reference);
        }
    }

    /**
     * Each stage row of the case carries the case's type, directorate and closing date as the case has them, and each
     * reason row its type, directorate and date received.
     */
    private void copiedOntoEveryStage(String reference) {
        List<String> differing = db.sql("""
                select st.stage_number || ': ' || st.case_feedback_type || ' ' || st.case_directorate_id || ' '
                       || coalesce(cast(st.case_closed_on as varchar(10)), 'open') || ' on the stage, '
                       || c.feedback_type || ' ' || c.directorate_id || ' '
                       || coalesce(cast(c.closed_on as varchar(10)), 'open') || ' on the case'
                from feedback_case c join case_stage st on st.case_id = c.id
                where c.authority_id = ? and c.reference = ?
                  and (st.case_feedback_type <> c.feedback_type or st.case_directorate_id <> c.directorate_id
                       or coalesce(st.case_closed_on, date '1900-01-01') <> coalesce(c.closed_on, date '1900-01-01'))""")
                .params(council.authority.id(), reference).query(String.class).list();
        assertThat(differing).as("stages of %s whose copies differ from the case", reference).isEmpty();
        assertThat(db.sql("select count(*) from case_stage st join feedback_case c on c.id = st.case_id "
                + "where c.authority_id = ? and c.reference = ?").params(council.authority.id(), reference)
                .query(Long.class).single()).as("stages of %s", reference).isPositive();
        List<String> reasons = db.sql("""
                select r.reason_key || ': ' || r.case_feedback_type || ' ' || r.case_directorate_id || ' '
                       || cast(r.case_received_on as varchar(10)) || ' on the reason'
                from feedback_case c join case_reason r on r.case_id = c.id
                where c.authority_id = ? and c.reference = ?
                  and (r.case_feedback_type <> c.feedback_type or r.case_directorate_id <> c.directorate_id
                       or r.case_received_on <> c.received_on)""")
                .params(council.authority.id(), reference).query(String.class).list();
        assertThat(reasons).as("reasons of %s whose copies differ from the case", reference).isEmpty();
    }

    @Test
    void followsAComplaintThroughBothStagesAndBackOpenAfterClosing() {
        String ref = log(FeedbackType.COMPLAINT, LocalDate.of(2021, 1, 4), null).reference();
        keptInStep(ref, true);
        casework.assign(council.feedbackTeam, ref, null, council.highwaysOfficer.staffId());
        keptInStep(ref, true);
        casework.acknowledge(council.highwaysOfficer, ref, null, LocalDate.of(2021, 1, 5));
        keptInStep(ref, true);
        casework.extend(council.feedbackTeam, ref, null, 5, "Waiting for a contractor's report");
        keptInStep(ref, true);
        casework.startInvestigation(council.highwaysOfficer, ref, null);
        keptInStep(ref, true);
        casework.respond(council.highwaysOfficer, ref, null, LocalDate.of(2021, 1, 20), Outcome.UPHELD, null, null);
        keptInStep(ref, false);
        casework.escalate(council.feedbackTeam, ref, null, LocalDate.of(2021, 1, 29), "Still not fixed");
        keptInStep(ref, true);
        assertThat(casework.get(council.feedbackTeam, ref).currentStage()).isEqualTo(2);
        casework.respond(council.feedbackTeam, ref, null, LocalDate.of(2021, 2, 20), Outcome.NOT_UPHELD, null, null);
        keptInStep(ref, false);
        casework.close(council.feedbackTeam, ref, null, LocalDate.of(2021, 2, 22));
        keptInStep(ref, false);
    }

    @Test
    void opensAgainWhenTheCustomerAsksForStageTwoOfAClosedComplaint() {
        String ref = log(FeedbackType.COMPLAINT, LocalDate.of(2021, 3, 1), null).reference();
        casework.respond(council.feedbackTeam, ref, null, LocalDate.of(2021, 3, 10), Outcome.NOT_UPHELD, null, null);
        casework.close(council.feedbackTeam, ref, null, LocalDate.of(2021, 3, 11));
        keptInStep(ref, false);
        casework.escalateByCustomer(council.authority.id(), ref, LocalDate.of(2021, 3, 15), "Nothing has changed");
        keptInStep(ref, true);
    }

    @Test
    void movesWithASuspensionOfTargetsAndBackWhenItIsLifted() {
        String ref = log(FeedbackType.COMPLAINT, LocalDate.of(2021, 1, 4), null).reference();
        LocalDate before = casework.get(council.feedbackTeam, ref).current().responseDue();
        var suspension = procedures.addSuspension(council.authority.id(), LocalDate.of(2021, 1, 6),
                LocalDate.of(2021, 1, 12), "Third national lockdown");
        assertThat(casework.get(council.feedbackTeam, ref).current().responseDue()).isAfter(before);
        keptInStep(ref, true);
        procedures.removeSuspension(council.authority.id(), suspension.id());
        assertThat(casework.get(council.feedbackTeam, ref).current().responseDue()).isEqualTo(before);
        keptInStep(ref, true);
    }

    @Test
    void movesWhenAcknowledgementStartsTheClockAndWhenADateIsAgreed() {
        FeedbackCase code = log(FeedbackType.COMPLAINT, LocalDate.of(2024, 6, 3), "complaint_handling_code");
        casework.acknowledge(council.feedbackTeam, code.reference(), null, LocalDate.of(2024, 6, 7));
        assertThat(casework.get(council.feedbackTeam, code.reference()).current().responseDue())
                .isNotEqualTo(code.current().responseDue());
        keptInStep(code.reference(), true);

        FeedbackCase care = log(FeedbackType.COMPLAINT, LocalDate.of(2021, 1, 4), "adult_social_care");
        casework.agreeResponseDate(council.feedbackTeam, care.reference(), null, LocalDate.of(2021, 2, 15), false);
        assertThat(casework.get(council.feedbackTeam, care.reference()).current().responseDue())
                .isEqualTo(LocalDate.of(2021, 2, 15));
        keptInStep(care.reference(), true);
    }

    @Test
    void clearsWhenACaseIsWithdrawnResolvedUponReceiptOrAcknowledgedAndClosed() {
        String withdrawn = log(FeedbackType.COMPLAINT, LocalDate.of(2021, 3, 1), null).reference();
        casework.startInvestigation(council.feedbackTeam, withdrawn, null);
        casework.withdraw(council.feedbackTeam, withdrawn, null, LocalDate.of(2021, 3, 2), "Sorted out");
        keptInStep(withdrawn, false);

        String resolved = log(FeedbackType.COMPLAINT, LocalDate.of(2021, 3, 1), null).reference();
        casework.resolveUponReceipt(council.feedbackTeam, resolved, null, LocalDate.of(2021, 3, 1), "Put right");
        keptInStep(resolved, false);

        String compliment = log(FeedbackType.COMPLIMENT, LocalDate.of(2021, 3, 1), null).reference();
        keptInStep(compliment, true);
        casework.acknowledge(council.feedbackTeam, compliment, null, LocalDate.of(2021, 3, 2));
        keptInStep(compliment, true);
        casework.close(council.feedbackTeam, compliment, null, LocalDate.of(2021, 3, 3));
        keptInStep(compliment, false);
    }

    @Test
    void isWrittenForEarlierRecordsOpenAndFinished() {
        HistoricStage first = new HistoricStage(1, null, null, null, LocalDate.of(2021, 2, 1), null, 0,
                LocalDate.of(2021, 1, 20), Outcome.UPHELD, null, null, null);
        HistoricStage second = new HistoricStage(2, LocalDate.of(2021, 1, 29), null, null, LocalDate.of(2021, 2, 26),
                null, 0, null, null, null, null, "Still not fixed");
        HistoricCase open = record(council.prefix.toUpperCase() + "H1", CaseStatus.UNDER_INVESTIGATION, null,
                List.of(first, second));
        HistoricCase closed = record(council.prefix.toUpperCase() + "H2", CaseStatus.CLOSED, LocalDate.of(2021, 1, 25),
                List.of(first));
        historic.load(council.authority.id(), "Test import", List.of(open, closed));
        keptInStep(open.reference(), true);
        keptInStep(closed.reference(), false);
    }

    private HistoricCase record(String reference, CaseStatus status, LocalDate closedOn, List<HistoricStage> stages) {
        return new HistoricCase(reference, FeedbackType.COMPLAINT, Channel.LETTER, status, LocalDate.of(2021, 1, 4),
                null, council.highways.id(), "corporate", "Potholes in Mill Lane", null,
                List.of("issues_with_service/failure_to_do_something"), List.of(), null, closedOn, stages, List.of(),
                List.of());
    }
}
