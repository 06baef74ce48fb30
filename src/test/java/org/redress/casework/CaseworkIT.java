package org.redress.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.redress.casework.Cases.aComplaint;
import static org.redress.casework.Cases.aCompliment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.redress.TestCouncil;
import org.redress.platform.EditConflict;
import org.redress.platform.InvalidInput;
import org.redress.platform.NotFound;
import org.redress.platform.Refused;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest
class CaseworkIT {

    @Autowired Casework casework;
    @Autowired WorkQueue queue;
    @Autowired JdbcClient db;
    @Autowired org.redress.procedure.Procedures procedures;

    @Autowired TestCouncil council;

    private FeedbackCase complaint(LocalDate receivedOn, String procedure) {
        return casework.log(council.feedbackTeam, aComplaint().receivedOn(receivedOn).by(Channel.PHONE)
                .about(council.highways.id()).underProcedure(procedure)
                .describedAs("The pothole outside number 4 has not been fixed").wanting("Fix it")
                .from(new Contact("Mrs A Smith", "a.smith@example.com", "01632 960001", null))
                .withReasons("issues_with_service/failure_to_do_something").taggedAs("Potholes").build());
    }

    @Test
    void runsAComplaintThroughBothStagesAndRecordsEveryStepInTheTimeline() {
        // Monday 4 January 2021: 3 working days -> Thu 7 Jan; 20 working days -> Mon 1 Feb.
        FeedbackCase c = complaint(LocalDate.of(2021, 1, 4), null);
        assertThat(c.current().acknowledgementDue()).isEqualTo(LocalDate.of(2021, 1, 7));
        assertThat(c.current().responseDue()).isEqualTo(LocalDate.of(2021, 2, 1));

        casework.assign(council.feedbackTeam, c.reference(), null, council.highwaysOfficer.staffId());
        casework.acknowledge(council.highwaysOfficer, c.reference(), null, LocalDate.of(2021, 1, 5));
        casework.startInvestigation(council.highwaysOfficer, c.reference(), null);
        casework.respond(council.highwaysOfficer, c.reference(), null, LocalDate.of(2021, 1, 20), Outcome.UPHELD,
                "We were at fault", null);
        casework.addRemedy(council.highwaysOfficer, c.reference(), null, RemedyKind.FORMAL_APOLOGY, null, false, null);
        casework.recordPayment(council.highwaysOfficer, c.reference(), null, PaymentKind.COMPENSATION,
                new BigDecimal("150.00"), LocalDate.of(2021, 1, 21), PaymentSource.LOCAL_RESOLUTION, null, null);
        // Stage 2 asked for on Fri 29 Jan 2021: 20 working days -> Fri 26 Feb.
        FeedbackCase escalated = casework.escalate(council.feedbackTeam, c.reference(), null, LocalDate.of(2021, 1, 29),
                "Still not fixed");
        assertThat(escalated.status()).isEqualTo(CaseStatus.RECEIVED);
        assertThat(escalated.currentStage()).isEqualTo(2);
        assertThat(escalated.current().responseDue()).isEqualTo(LocalDate.of(2021, 2, 26));
        casework.respond(council.feedbackTeam, c.reference(), null, LocalDate.of(2021, 2, 20), Outcome.NOT_UPHELD,
                null, null);

        CaseFile file = casework.file(council.feedbackTeam, c.reference());
        assertThat(file.feedbackCase().status()).isEqualTo(CaseStatus.RESPONDED);
        assertThat(file.feedbackCase().stage(1).outcome()).isEqualTo(Outcome.UPHELD);
        assertThat(file.feedbackCase().stage(1).handlerId()).isEqualTo(council.highwaysOfficer.staffId());
        assertThat(file.payments()).singleElement().satisfies(p -> assertThat(p.amount()).isEqualByComparingTo("150.00"));
        assertThat(file.remedies()).extracting(RemedyAction::kind).containsExactly(RemedyKind.FORMAL_APOLOGY);
        // Each email to the customer is on the timeline too, after the step that sent it; the steps, in order:
        assertThat(file.timeline()).extracting(CaseEvent::action).filteredOn(a -> a == CaseAction.EMAIL_SENT)
                .hasSize(4);
        assertThat(file.timeline().get(0).action()).isEqualTo(CaseAction.EMAIL_SENT);
        List<CaseEvent> steps = file.timeline().stream().filter(e -> e.action() != CaseAction.EMAIL_SENT).toList();
        assertThat(steps).extracting(CaseEvent::action).containsExactly(CaseAction.RESPONDED,
                CaseAction.UNASSIGNED, CaseAction.ESCALATED, CaseAction.PAYMENT_RECORDED, CaseAction.REMEDY_ADDED,
                CaseAction.RESPONDED, CaseAction.INVESTIGATION_STARTED, CaseAction.ACKNOWLEDGED, CaseAction.ASSIGNED,
                CaseAction.LOGGED);
        // Escalation leaves stage 2 unassigned, and says so with who did it and why.
        assertThat(steps.get(1)).satisfies(e -> {
            assertThat(e.summary()).isEqualTo("Unassigned on escalation to stage 2");
            assertThat(e.actor()).isEqualTo(council.feedbackTeam.displayName());
            assertThat(e.words()).contains("starts unassigned");
        });
        assertThat(file.feedbackCase().assignedTo()).isNull();
        assertThat(steps.get(2).words()).isEqualTo("Still not fixed");
        assertThat(steps.get(5).words()).isEqualTo("We were at fault");
        assertThat(steps.get(2)).satisfies(e -> {
            assertThat(e.from()).isEqualTo(CaseStatus.RESPONDED);
            assertThat(e.to()).isEqualTo(CaseStatus.RECEIVED);
            assertThat(e.actor()).isEqualTo(council.feedbackTeam.displayName());
        });
        assertThat(file.reasons()).containsExactly("issues_with_service/failure_to_do_something");
        assertThat(file.tags()).containsExactly("Potholes");
    }

    @Test
    void refusesToRespondToAWithdrawnCase() {
        FeedbackCase c = complaint(LocalDate.of(2021, 3, 1), null);
        casework.withdraw(council.feedbackTeam, c.reference(), null, LocalDate.of(2021, 3, 2), "Sorted out");
        assertThatThrownBy(() -> casework.respond(council.feedbackTeam, c.reference(), null, LocalDate.of(2021, 3, 3),
                Outcome.UPHELD, null, null))
                .isInstanceOf(Refused.class)
                .hasMessage("Case " + c.reference() + " has been withdrawn, so it cannot be responded to.");
    }

    @Test
    void refusesToEscalateACompliment() {
        FeedbackCase c = casework.log(council.feedbackTeam, aCompliment().receivedOn("2021-03-01").by(Channel.EMAIL)
                .about(council.highways.id()).describedAs("Thank you for the quick repair").build());
        casework.acknowledge(council.feedbackTeam, c.reference(), null, LocalDate.of(2021, 3, 2));
        casework.close(council.feedbackTeam, c.reference(), null, LocalDate.of(2021, 3, 2));
        assertThat(casework.get(council.feedbackTeam, c.reference()).status()).isEqualTo(CaseStatus.CLOSED);
        assertThatThrownBy(() -> casework.escalate(council.feedbackTeam, c.reference(), null, LocalDate.of(2021, 3, 3),
                "More thanks"))
                .isInstanceOf(Refused.class)
                .hasMessage("A compliment cannot be escalated: only complaints have further stages.");
    }

    @Test
    void refusesAStageTwoUnderTheCodeHandledByTheStageOneHandler() {
        FeedbackCase c = complaint(LocalDate.of(2024, 6, 3), "complaint_handling_code");
        casework.assign(council.feedbackTeam, c.reference(), null, council.highwaysOfficer.staffId());
        casework.respond(council.highwaysOfficer, c.reference(), null, LocalDate.of(2024, 6, 10), Outcome.NOT_UPHELD,
                null, null);
        casework.escalate(council.feedbackTeam, c.reference(), null, LocalDate.of(2024, 6, 12), "Disagree");

        assertThatThrownBy(() -> casework.assign(council.feedbackTeam, c.reference(), null,
                council.highwaysOfficer.staffId()))
                .isInstanceOf(Refused.class)
                .hasMessageContaining("handled stage 1 of this complaint")
                .hasMessageContaining("stage 2 must be handled by someone else");
        assertThatThrownBy(() -> casework.respond(council.highwaysOfficer, c.reference(), null,
                LocalDate.of(2024, 6, 20), Outcome.UPHELD, null, null))
                .isInstanceOf(Refused.class);

        casework.assign(council.feedbackTeam, c.reference(), null, council.secondHighwaysOfficer.staffId());
        casework.respond(council.secondHighwaysOfficer, c.reference(), null, LocalDate.of(2024, 6, 20), Outcome.UPHELD,
                null, null);
        assertThat(casework.get(council.feedbackTeam, c.reference()).status()).isEqualTo(CaseStatus.RESPONDED);
    }

    @Test
    void refusesAThirdStageWhereTheProcedureHasTwo() {
        FeedbackCase c = complaint(LocalDate.of(2021, 1, 4), null);
        casework.respond(council.feedbackTeam, c.reference(), null, LocalDate.of(2021, 1, 8), Outcome.NOT_UPHELD, null, null);
        casework.escalate(council.feedbackTeam, c.reference(), null, LocalDate.of(2021, 1, 11), "Unhappy");
        casework.respond(council.feedbackTeam, c.reference(), null, LocalDate.of(2021, 1, 15), Outcome.NOT_UPHELD, null, null);
        assertThatThrownBy(() -> casework.escalate(council.feedbackTeam, c.reference(), null, LocalDate.of(2021, 1, 18),
                "Still unhappy"))
                .isInstanceOf(Refused.class)
                .hasMessageContaining("has no stage 3")
                .hasMessageContaining("Ombudsman");
    }

    @Test
    void needsADelayReasonForALateResponse() {
        FeedbackCase c = complaint(LocalDate.of(2021, 1, 4), null); // due Mon 1 Feb 2021
        assertThatThrownBy(() -> casework.respond(council.feedbackTeam, c.reference(), null, LocalDate.of(2021, 2, 2),
                Outcome.UPHELD, null, null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p.field()).isEqualTo("delayReason")));
        // On the due date itself it is in time and needs none.
        FeedbackCase inTime = complaint(LocalDate.of(2021, 1, 4), null);
        casework.respond(council.feedbackTeam, inTime.reference(), null, LocalDate.of(2021, 2, 1), Outcome.UPHELD, null, null);

        casework.respond(council.feedbackTeam, c.reference(), null, LocalDate.of(2021, 2, 2), Outcome.UPHELD, null,
                "workload");
        assertThat(casework.get(council.feedbackTeam, c.reference()).stage(1).delayReason()).isEqualTo("workload");
    }

    @Test
    void keepsCasesOutsideAnOfficersScopeOutOfSight() {
        FeedbackCase highwaysCase = complaint(LocalDate.of(2021, 1, 4), null);
        assertThat(casework.get(council.highwaysOfficer, highwaysCase.reference()).reference())
                .isEqualTo(highwaysCase.reference());
        assertThatThrownBy(() -> casework.get(council.careOfficer, highwaysCase.reference())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> casework.acknowledge(council.careOfficer, highwaysCase.reference(), null,
                LocalDate.of(2021, 1, 5))).isInstanceOf(NotFound.class);
        assertThat(queue.queue(council.careOfficer, WorkQueue.View.SCOPE, WorkQueue.Filter.NONE, WorkQueue.Position.FIRST).rows())
                .extracting(CaseSummary::reference).doesNotContain(highwaysCase.reference());
        assertThat(queue.search(council.careOfficer, highwaysCase.reference(), WorkQueue.Position.FIRST).total()).isZero();
        assertThat(queue.search(council.highwaysOfficer, highwaysCase.reference(), WorkQueue.Position.FIRST).total()).isEqualTo(1);
        // An officer cannot log a case for a service outside their scope either.
        assertThatThrownBy(() -> casework.log(council.careOfficer, aComplaint().receivedOn("2021-01-04")
                .by(Channel.PHONE).about(council.highways.id()).describedAs("x").build()))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p.field()).isEqualTo("serviceId")));
    }

    @Test
    void letsReportViewersReadButNotChange() {
        FeedbackCase c = complaint(LocalDate.of(2021, 1, 4), null);
        assertThat(casework.get(council.viewer, c.reference()).reference()).isEqualTo(c.reference());
        assertThatThrownBy(() -> casework.acknowledge(council.viewer, c.reference(), null, LocalDate.of(2021, 1, 5)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void refusesAChangeBasedOnAStaleVersionAndKeepsTheOtherOne() {
        FeedbackCase c = complaint(LocalDate.of(2021, 1, 4), null);
        int seen = c.version();
        casework.acknowledge(council.feedbackTeam, c.reference(), seen, LocalDate.of(2021, 1, 5));
        assertThatThrownBy(() -> casework.withdraw(council.feedbackTeam, c.reference(), seen, LocalDate.of(2021, 1, 6), null))
                .isInstanceOf(EditConflict.class);
        assertThat(casework.get(council.feedbackTeam, c.reference()).status()).isEqualTo(CaseStatus.ACKNOWLEDGED);
    }

    @Test
    void neverUpdatesOrDeletesTheEventLog() {
        FeedbackCase c = complaint(LocalDate.of(2021, 1, 4), null);
        casework.acknowledge(council.feedbackTeam, c.reference(), null, LocalDate.of(2021, 1, 5));
        List<CaseEvent> before = casework.file(council.feedbackTeam, c.reference()).timeline();
        casework.addNote(council.feedbackTeam, c.reference(), null, "Rang the customer");
        List<CaseEvent> after = casework.file(council.feedbackTeam, c.reference()).timeline();
        assertThat(after).hasSize(before.size() + 1);
        assertThat(after.subList(1, after.size())).isEqualTo(before);
    }

    @Test
    void movesOpenCasesVisiblyWhenTargetsAreSuspendedAndBackWhenLifted() {
        // Received Mon 4 Jan 2021: due Mon 1 Feb. A suspension of Wed 6 - Tue 12 Jan stops the clock for 5 working
        // days, so the 20th working day becomes Mon 8 Feb.
        FeedbackCase open = complaint(LocalDate.of(2021, 1, 4), null);
        FeedbackCase extended = complaint(LocalDate.of(2021, 1, 4), null);
        casework.extend(council.feedbackTeam, extended.reference(), null, 5, "Waiting for a contractor's report");
        assertThat(casework.get(council.feedbackTeam, extended.reference()).current().responseDue())
                .isEqualTo(LocalDate.of(2021, 2, 8));
        FeedbackCase answered = complaint(LocalDate.of(2021, 1, 4), null);
        casework.respond(council.feedbackTeam, answered.reference(), null, LocalDate.of(2021, 1, 5), Outcome.UPHELD, null, null);

        var suspension = procedures.addSuspension(council.authority.id(), LocalDate.of(2021, 1, 6),
                LocalDate.of(2021, 1, 12), "Third national lockdown");

        Stage moved = casework.get(council.feedbackTeam, open.reference()).current();
        assertThat(moved.responseDue()).isEqualTo(LocalDate.of(2021, 2, 8));
        assertThat(moved.suspendedWorkingDays()).isEqualTo(5);
        assertThat(casework.get(council.feedbackTeam, extended.reference()).current().responseDue())
                .isEqualTo(LocalDate.of(2021, 2, 15));
        assertThat(casework.get(council.feedbackTeam, answered.reference()).current().responseDue())
                .isEqualTo(LocalDate.of(2021, 2, 1));
        assertThat(casework.file(council.feedbackTeam, open.reference()).timeline().get(0)).satisfies(e -> {
            assertThat(e.action()).isEqualTo(CaseAction.DUE_DATES_MOVED);
            assertThat(e.summary()).isEqualTo("Response date moved from 1 February 2021 to 8 February 2021: targets "
                    + "suspended 6 January 2021 to 12 January 2021 (Third national lockdown)");
        });

        procedures.removeSuspension(council.authority.id(), suspension.id());
        assertThat(casework.get(council.feedbackTeam, open.reference()).current().responseDue())
                .isEqualTo(LocalDate.of(2021, 2, 1));
        assertThat(casework.get(council.feedbackTeam, open.reference()).current().suspendedWorkingDays()).isZero();
    }

    @Test
    void listsOverdueCasesInTheOverdueQueue() {
        FeedbackCase old = complaint(LocalDate.of(2021, 1, 4), null);
        assertThat(queue.queue(council.feedbackTeam, WorkQueue.View.OVERDUE, WorkQueue.Filter.NONE, WorkQueue.Position.FIRST).rows())
                .extracting(CaseSummary::reference).contains(old.reference());
        casework.respond(council.feedbackTeam, old.reference(), null, LocalDate.of(2021, 1, 8), Outcome.UPHELD, null, null);
        assertThat(queue.queue(council.feedbackTeam, WorkQueue.View.OVERDUE, WorkQueue.Filter.NONE, WorkQueue.Position.FIRST).rows())
                .extracting(CaseSummary::reference).doesNotContain(old.reference());
    }
}
