package org.redress.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.redress.platform.InvalidInput;
import org.redress.platform.Refused;
import org.redress.procedure.ClockStart;
import org.redress.procedure.ProcedureKind;
import org.redress.procedure.ProcedurePolicy;
import org.redress.procedure.StageClock;
import org.redress.procedure.StageRule;

/**
 * The steps of a feedback case and the ones it refuses, on the aggregate alone: no Spring, no database. The due dates
 * are given as the procedure module would have worked them out, so nothing here counts working days. Each test
 * looks only at what a step does (the status it leaves, what it records in the timeline, what it refuses), not at
 * how the case decides it.
 */
class FeedbackCaseTest {

    static final String REFERENCE = "FB0000001";
    static final long OFFICER = 7;
    static final long SECOND_OFFICER = 8;

    /** Monday 4 January 2021: acknowledgement due Thursday 7th, response Monday 1 February. */
    static final LocalDate RECEIVED_ON = LocalDate.of(2021, 1, 4);
    static final LocalDate RESPONSE_DUE = LocalDate.of(2021, 2, 1);
    static final StageClock STAGE_ONE_CLOCK = new StageClock(LocalDate.of(2021, 1, 7), RESPONSE_DUE, 0);

    static final String OMBUDSMAN = "Local Government and Social Care Ombudsman";
    static final StageRule STAGE_ONE = new StageRule(1, "Stage 1", 3, 20, ClockStart.RECEIPT, 20, null, false);
    static final StageRule STAGE_TWO = new StageRule(2, "Stage 2", 3, 20, ClockStart.RECEIPT, 20, null, false);
    static final ProcedurePolicy TWO_STAGES = new ProcedurePolicy("corporate", "Corporate complaints procedure",
            ProcedureKind.CORPORATE, List.of(STAGE_ONE, STAGE_TWO), OMBUDSMAN);
    static final ProcedurePolicy ONE_STAGE = new ProcedurePolicy("adult_social_care",
            "Adult social care statutory procedure", ProcedureKind.ADULT_SOCIAL_CARE,
            List.of(new StageRule(1, "Local resolution", 3, null, ClockStart.RECEIPT, 0, 6, false)), OMBUDSMAN);

    // ---- which steps each status allows ----------------------------------------------------------------------

    /** A step as the feedback team takes it, with dates after everything the case has been through. */
    enum Step {
        ACKNOWLEDGE(c -> c.acknowledge(day(20), null)),
        INVESTIGATE(FeedbackCase::startInvestigation),
        RESPOND(c -> c.respond(day(20), Outcome.UPHELD, "We are sorry", null, OFFICER, "Officer", STAGE_ONE, null)),
        RESOLVE_UPON_RECEIPT(c -> c.resolveUponReceipt(day(20), "Put right the same day", OFFICER)),
        CLOSE(c -> c.close(day(20))),
        ESCALATE(c -> c.escalate(day(20), "Still unhappy", TWO_STAGES, stageTwoClock())),
        WITHDRAW(c -> c.withdraw(day(20), "No longer wanted")),
        EXTEND(c -> c.extend(RESPONSE_DUE.plusDays(14), 10, "Waiting for the contractor's report"));

        final Consumer<FeedbackCase> take;

        Step(Consumer<FeedbackCase> take) {
            this.take = take;
        }
    }

    @ParameterizedTest(name = "a complaint that is {0}: {1} -> {2}")
    @CsvSource({
            "RECEIVED, ACKNOWLEDGE, ACKNOWLEDGED",
            "RECEIVED, INVESTIGATE, UNDER_INVESTIGATION",
            "RECEIVED, RESPOND, RESPONDED",
            "RECEIVED, RESOLVE_UPON_RECEIPT, CLOSED",
            "RECEIVED, CLOSE, refused",
            "RECEIVED, ESCALATE, refused",
            "RECEIVED, WITHDRAW, WITHDRAWN",
            "RECEIVED, EXTEND, RECEIVED",

            "ACKNOWLEDGED, ACKNOWLEDGE, refused",
            "ACKNOWLEDGED, INVESTIGATE, UNDER_INVESTIGATION",
            "ACKNOWLEDGED, RESPOND, RESPONDED",
            "ACKNOWLEDGED, RESOLVE_UPON_RECEIPT, CLOSED",
            "ACKNOWLEDGED, CLOSE, refused",
            "ACKNOWLEDGED, ESCALATE, refused",
            "ACKNOWLEDGED, WITHDRAW, WITHDRAWN",
            "ACKNOWLEDGED, EXTEND, ACKNOWLEDGED",

            "UNDER_INVESTIGATION, ACKNOWLEDGE, refused",
            "UNDER_INVESTIGATION, INVESTIGATE, refused",
            "UNDER_INVESTIGATION, RESPOND, RESPONDED",
            "UNDER_INVESTIGATION, RESOLVE_UPON_RECEIPT, refused",
            "UNDER_INVESTIGATION, CLOSE, refused",
            "UNDER_INVESTIGATION, ESCALATE, refused",
            "UNDER_INVESTIGATION, WITHDRAW, WITHDRAWN",
            "UNDER_INVESTIGATION, EXTEND, UNDER_INVESTIGATION",

            "RESPONDED, ACKNOWLEDGE, refused",
            "RESPONDED, INVESTIGATE, refused",
            "RESPONDED, RESPOND, refused",
            "RESPONDED, RESOLVE_UPON_RECEIPT, refused",
            "RESPONDED, CLOSE, CLOSED",
            "RESPONDED, ESCALATE, RECEIVED",
            "RESPONDED, WITHDRAW, refused",
            "RESPONDED, EXTEND, refused",

            "CLOSED, ACKNOWLEDGE, refused",
            "CLOSED, INVESTIGATE, refused",
            "CLOSED, RESPOND, refused",
            "CLOSED, RESOLVE_UPON_RECEIPT, refused",
            "CLOSED, CLOSE, refused",
            "CLOSED, ESCALATE, RECEIVED",
            "CLOSED, WITHDRAW, refused",
            "CLOSED, EXTEND, refused",

            "WITHDRAWN, ACKNOWLEDGE, refused",
            "WITHDRAWN, INVESTIGATE, refused",
            "WITHDRAWN, RESPOND, refused",
            "WITHDRAWN, RESOLVE_UPON_RECEIPT, refused",
            "WITHDRAWN, CLOSE, refused",
            "WITHDRAWN, ESCALATE, refused",
            "WITHDRAWN, WITHDRAW, refused",
            "WITHDRAWN, EXTEND, refused",
    })
    void aComplaintAllowsOnlyTheStepsItsStatusAllows(CaseStatus from, Step step, String result) {
        FeedbackCase c = aComplaintThatIs(from);
        check(c, step, result);
    }

    @ParameterizedTest(name = "a {0} that is {1}: {2} -> {3}")
    @CsvSource({
            "COMPLIMENT, RECEIVED, ACKNOWLEDGE, ACKNOWLEDGED",
            "COMPLIMENT, RECEIVED, CLOSE, CLOSED",
            "COMPLIMENT, ACKNOWLEDGED, CLOSE, CLOSED",
            "COMPLIMENT, RECEIVED, WITHDRAW, WITHDRAWN",
            "COMPLIMENT, ACKNOWLEDGED, INVESTIGATE, refused",
            "COMPLIMENT, ACKNOWLEDGED, RESPOND, refused",
            "COMPLIMENT, RECEIVED, RESOLVE_UPON_RECEIPT, refused",
            "COMPLIMENT, CLOSED, ESCALATE, refused",
            "COMMENT, RECEIVED, CLOSE, CLOSED",
            "COMMENT, ACKNOWLEDGED, RESPOND, refused",
            "COMMENT, ACKNOWLEDGED, INVESTIGATE, refused",
            "COMMENT, CLOSED, ESCALATE, refused",
            "ENQUIRY, RECEIVED, RESPOND, RESPONDED",
            "ENQUIRY, RECEIVED, RESOLVE_UPON_RECEIPT, refused",
            "ENQUIRY, RECEIVED, CLOSE, refused",
            "ENQUIRY, RESPONDED, ESCALATE, refused",
    })
    void otherFeedbackIsAcknowledgedAndClosedOrAnsweredButNeverEscalated(FeedbackType type, CaseStatus from, Step step,
            String result) {
        FeedbackCase c = logged(type);
        if (from != CaseStatus.RECEIVED) {
            (from == CaseStatus.RESPONDED ? Step.RESPOND : from == CaseStatus.CLOSED ? Step.CLOSE : Step.ACKNOWLEDGE)
                    .take.accept(c);
        }
        c.drainEvents();
        assertThat(c.status()).isEqualTo(from);
        check(c, step, result);
    }

    /** Takes the step and checks the status it leaves; a refused step leaves the case and its timeline as they were. */
    private static void check(FeedbackCase c, Step step, String result) {
        if (result.equals("refused")) {
            CaseStatus before = c.status();
            assertThatThrownBy(() -> step.take.accept(c)).isInstanceOf(Refused.class);
            assertThat(c.status()).isEqualTo(before);
            assertThat(c.drainEvents()).isEmpty();
        } else {
            step.take.accept(c);
            assertThat(c.status()).isEqualTo(CaseStatus.valueOf(result));
            assertThat(c.drainEvents()).isNotEmpty();
        }
    }

    // ---- what each step records ------------------------------------------------------------------------------

    @Test
    void aLoggedCaseIsReceivedAtStageOneWithTheDatesItsProcedureGave() {
        FeedbackCase c = newlyLogged(FeedbackType.COMPLAINT);

        assertThat(c.status()).isEqualTo(CaseStatus.RECEIVED);
        assertThat(c.currentStage()).isEqualTo(1);
        assertThat(c.current().acknowledgementDue()).isEqualTo(LocalDate.of(2021, 1, 7));
        assertThat(c.current().responseDue()).isEqualTo(RESPONSE_DUE);
        assertThat(c.current().extended()).isFalse();
        assertThat(events(c)).containsExactly(new Recorded(CaseAction.LOGGED, null, CaseStatus.RECEIVED));
    }

    @Test
    void acknowledgingRecordsTheDayAndTheMove() {
        FeedbackCase c = logged(FeedbackType.COMPLAINT);

        c.acknowledge(LocalDate.of(2021, 1, 5), null);

        assertThat(c.current().acknowledgedOn()).isEqualTo(LocalDate.of(2021, 1, 5));
        assertThat(c.current().responseDue()).isEqualTo(RESPONSE_DUE);
        assertThat(events(c)).containsExactly(
                new Recorded(CaseAction.ACKNOWLEDGED, CaseStatus.RECEIVED, CaseStatus.ACKNOWLEDGED));
    }

    @Test
    void aClockThatStartsOnAcknowledgementGivesTheStageItsOwnDueDateNotAnExtension() {
        FeedbackCase c = logged(FeedbackType.COMPLAINT);
        LocalDate dueFromAcknowledgement = LocalDate.of(2021, 1, 19);

        c.acknowledge(LocalDate.of(2021, 1, 5), dueFromAcknowledgement);

        assertThat(c.current().responseDue()).isEqualTo(dueFromAcknowledgement);
        assertThat(c.current().extended()).isFalse();
    }

    @Test
    void aLateResponseKeepsItsDelayReasonAndSaysItWasLate() {
        FeedbackCase c = logged(FeedbackType.COMPLAINT);
        LocalDate dayAfterDue = RESPONSE_DUE.plusDays(1);

        c.respond(dayAfterDue, Outcome.PARTLY_UPHELD, "Part of it was our fault", "staff_absence", OFFICER, "Officer",
                STAGE_ONE, null);

        assertThat(c.status()).isEqualTo(CaseStatus.RESPONDED);
        assertThat(c.current().respondedOn()).isEqualTo(dayAfterDue);
        assertThat(c.current().outcome()).isEqualTo(Outcome.PARTLY_UPHELD);
        assertThat(c.current().delayReason()).isEqualTo("staff_absence");
        assertThat(c.current().isLate(dayAfterDue)).isTrue();
        assertThat(events(c)).containsExactly(
                new Recorded(CaseAction.RESPONDED, CaseStatus.RECEIVED, CaseStatus.RESPONDED));
    }

    @Test
    void aResponseInTimeKeepsNoDelayReason() {
        FeedbackCase c = logged(FeedbackType.COMPLAINT);

        c.respond(RESPONSE_DUE, Outcome.NOT_UPHELD, null, "staff_absence", OFFICER, "Officer", STAGE_ONE, null);

        assertThat(c.current().delayReason()).isNull();
        assertThat(c.current().isLate(RESPONSE_DUE)).isFalse();
    }

    @Test
    void theResponderHandlesTheStageUnlessSomeoneIsAssigned() {
        FeedbackCase c = logged(FeedbackType.COMPLAINT);

        c.respond(day(10), Outcome.UPHELD, null, null, OFFICER, "Officer", STAGE_ONE, null);

        assertThat(c.current().handlerId()).isEqualTo(OFFICER);
    }

    @Test
    void onlyAComplaintRecordsAnOutcome() {
        FeedbackCase c = logged(FeedbackType.ENQUIRY);

        c.respond(day(10), Outcome.UPHELD, "Here is the answer", null, OFFICER, "Officer", STAGE_ONE, null);

        assertThat(c.status()).isEqualTo(CaseStatus.RESPONDED);
        assertThat(c.current().outcome()).isNull();
    }

    @Test
    void resolvingUponReceiptClosesTheComplaintWithThatOutcome() {
        FeedbackCase c = logged(FeedbackType.COMPLAINT);

        c.resolveUponReceipt(RECEIVED_ON, "Bin collected the same afternoon", OFFICER);

        assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(c.closedOn()).isEqualTo(RECEIVED_ON);
        assertThat(c.current().outcome()).isEqualTo(Outcome.RESOLVED_UPON_RECEIPT);
        assertThat(c.current().respondedOn()).isEqualTo(RECEIVED_ON);
        assertThat(c.current().handlerId()).isEqualTo(OFFICER);
        assertThat(events(c)).containsExactly(
                new Recorded(CaseAction.RESOLVED_UPON_RECEIPT, CaseStatus.RECEIVED, CaseStatus.CLOSED));
    }

    @Test
    void refusesToResolveAStageTwoComplaintUponReceipt() {
        FeedbackCase c = aComplaintThatIs(CaseStatus.RESPONDED);
        Step.ESCALATE.take.accept(c);
        c.drainEvents();

        assertThat(c.status()).isEqualTo(CaseStatus.RECEIVED);
        assertThatThrownBy(() -> c.resolveUponReceipt(day(21), "Sorted", OFFICER)).isInstanceOf(Refused.class);
        assertThat(c.status()).isEqualTo(CaseStatus.RECEIVED);
        assertThat(c.drainEvents()).isEmpty();
    }

    @Test
    void escalatingStartsTheNextStageFromTheDayTheCustomerAskedAndClearsTheAssignee() {
        FeedbackCase c = logged(FeedbackType.COMPLAINT);
        c.assign(OFFICER, "Officer", STAGE_ONE, null);
        c.respond(day(10), Outcome.NOT_UPHELD, null, null, OFFICER, "Officer", STAGE_ONE, null);
        c.close(day(11));
        c.drainEvents();

        c.escalate(day(15), "The pothole is still there", TWO_STAGES, stageTwoClock());

        assertThat(c.status()).isEqualTo(CaseStatus.RECEIVED);
        assertThat(c.currentStage()).isEqualTo(2);
        assertThat(c.current().receivedOn()).isEqualTo(day(15));
        assertThat(c.current().responseDue()).isEqualTo(stageTwoClock().responseDue());
        assertThat(c.current().escalationReason()).isEqualTo("The pothole is still there");
        assertThat(c.stage(1).outcome()).isEqualTo(Outcome.NOT_UPHELD);
        assertThat(c.assignedTo()).isNull();
        assertThat(c.closedOn()).isNull();
        assertThat(events(c)).containsExactly(
                new Recorded(CaseAction.ESCALATED, CaseStatus.CLOSED, CaseStatus.RECEIVED));
    }

    @Test
    void refusesToEscalatePastTheLastStageAndNamesWhereTheCustomerCanGoNext() {
        FeedbackCase c = aComplaintThatIs(CaseStatus.RESPONDED);

        assertThatThrownBy(() -> c.escalate(day(20), "Still unhappy", ONE_STAGE, stageTwoClock()))
                .isInstanceOf(Refused.class).hasMessageContaining(OMBUDSMAN);
        assertThat(c.status()).isEqualTo(CaseStatus.RESPONDED);
        assertThat(c.currentStage()).isEqualTo(1);
    }

    @Test
    void underAProcedureWantingFreshEyesTheStageOneHandlerCannotAnswerStageTwo() {
        StageRule freshEyes = new StageRule(2, "Stage 2", 5, 20, ClockStart.ACKNOWLEDGEMENT, 10, null, true);
        FeedbackCase c = logged(FeedbackType.COMPLAINT);
        c.respond(day(10), Outcome.NOT_UPHELD, null, null, OFFICER, "Officer", STAGE_ONE, null);
        c.escalate(day(12), "Still unhappy", TWO_STAGES, stageTwoClock());
        c.drainEvents();

        assertThatThrownBy(() -> c.respond(day(20), Outcome.NOT_UPHELD, null, null, OFFICER, "Officer", freshEyes,
                OFFICER)).isInstanceOf(Refused.class);
        assertThat(c.status()).isEqualTo(CaseStatus.RECEIVED);
        assertThat(c.drainEvents()).isEmpty();

        c.respond(day(20), Outcome.NOT_UPHELD, null, null, SECOND_OFFICER, "Second officer", freshEyes, OFFICER);
        assertThat(c.status()).isEqualTo(CaseStatus.RESPONDED);
    }

    @Test
    void withdrawingIsFinalAndClosesTheCaseOnThatDay() {
        FeedbackCase c = aComplaintThatIs(CaseStatus.UNDER_INVESTIGATION);

        c.withdraw(day(8), "The customer sorted it out with the contractor");

        assertThat(c.status()).isEqualTo(CaseStatus.WITHDRAWN);
        assertThat(c.closedOn()).isEqualTo(day(8));
        assertThat(events(c)).containsExactly(
                new Recorded(CaseAction.WITHDRAWN, CaseStatus.UNDER_INVESTIGATION, CaseStatus.WITHDRAWN));
    }

    @Test
    void closingARespondedComplaintRecordsTheDay() {
        FeedbackCase c = aComplaintThatIs(CaseStatus.RESPONDED);

        c.close(day(21));

        assertThat(c.closedOn()).isEqualTo(day(21));
        assertThat(events(c)).containsExactly(new Recorded(CaseAction.CLOSED, CaseStatus.RESPONDED, CaseStatus.CLOSED));
    }

    @Test
    void extendingMovesTheResponseDateAndKeepsTheOriginalWithoutChangingTheStatus() {
        FeedbackCase c = aComplaintThatIs(CaseStatus.ACKNOWLEDGED);
        LocalDate later = RESPONSE_DUE.plusDays(14);

        c.extend(later, 10, "Waiting for the contractor's report");

        assertThat(c.status()).isEqualTo(CaseStatus.ACKNOWLEDGED);
        assertThat(c.current().responseDue()).isEqualTo(later);
        assertThat(c.current().originalResponseDue()).isEqualTo(RESPONSE_DUE);
        assertThat(c.current().extended()).isTrue();
        assertThat(c.current().extensionReason()).isEqualTo("Waiting for the contractor's report");
        assertThat(events(c)).extracting(Recorded::action).containsExactly(CaseAction.EXTENDED);
    }

    @Test
    void refusesToExtendAClosedCase() {
        FeedbackCase c = aComplaintThatIs(CaseStatus.CLOSED);

        assertThatThrownBy(() -> c.extend(RESPONSE_DUE.plusDays(14), 10, "Late")).isInstanceOf(Refused.class);
        assertThat(c.current().responseDue()).isEqualTo(RESPONSE_DUE);
        assertThat(c.drainEvents()).isEmpty();
    }

    @ParameterizedTest(name = "{0} dated before the case was received")
    @CsvSource({"ACKNOWLEDGE", "RESPOND", "RESOLVE_UPON_RECEIPT", "WITHDRAW"})
    void refusesAStepDatedBeforeTheCaseWasReceivedNamingTheDateField(String step) {
        FeedbackCase c = logged(FeedbackType.COMPLAINT);
        LocalDate dayBefore = RECEIVED_ON.minusDays(1);
        Consumer<FeedbackCase> early = switch (step) {
            case "ACKNOWLEDGE" -> x -> x.acknowledge(dayBefore, null);
            case "RESPOND" -> x -> x.respond(dayBefore, Outcome.UPHELD, null, null, OFFICER, "Officer", STAGE_ONE,
                    null);
            case "RESOLVE_UPON_RECEIPT" -> x -> x.resolveUponReceipt(dayBefore, null, OFFICER);
            case "WITHDRAW" -> x -> x.withdraw(dayBefore, null);
            default -> throw new IllegalArgumentException(step);
        };

        assertThatThrownBy(() -> early.accept(c)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.problems()).anySatisfy(p -> assertThat(p.field()).isEqualTo("date")));
    }

    // ---- the cases and what they record ------------------------------------------------------------------------

    /** Feedback received by phone on {@link #RECEIVED_ON}, its "logged" event not yet read. */
    static FeedbackCase newlyLogged(FeedbackType type) {
        return FeedbackCase.log(1, REFERENCE, type, Channel.PHONE, RECEIVED_ON, 10, 20, "corporate",
                "The pothole outside number 4 has not been fixed", null, Contact.NONE, Contact.NONE, null,
                STAGE_ONE_CLOCK);
    }

    /** The same with its timeline read, so a test sees only what its own steps record. */
    static FeedbackCase logged(FeedbackType type) {
        FeedbackCase c = newlyLogged(type);
        c.drainEvents();
        return c;
    }

    /** A stage 1 complaint taken to the status by the usual steps, with nothing left unread in its timeline. */
    static FeedbackCase aComplaintThatIs(CaseStatus status) {
        FeedbackCase c = logged(FeedbackType.COMPLAINT);
        switch (status) {
            case RECEIVED -> { }
            case ACKNOWLEDGED -> c.acknowledge(day(1), null);
            case UNDER_INVESTIGATION -> {
                c.acknowledge(day(1), null);
                c.startInvestigation();
            }
            case RESPONDED -> c.respond(day(10), Outcome.NOT_UPHELD, null, null, OFFICER, "Officer", STAGE_ONE, null);
            case CLOSED -> {
                c.respond(day(10), Outcome.NOT_UPHELD, null, null, OFFICER, "Officer", STAGE_ONE, null);
                c.close(day(11));
            }
            case WITHDRAWN -> c.withdraw(day(1), null);
        }
        c.drainEvents();
        assertThat(c.status()).isEqualTo(status);
        return c;
    }

    /** Days after the case was received. */
    static LocalDate day(int n) {
        return RECEIVED_ON.plusDays(n);
    }

    static StageClock stageTwoClock() {
        return new StageClock(day(23), day(48), 0);
    }

    /** What the timeline gains: the action, and the move of status when there is one. */
    record Recorded(CaseAction action, CaseStatus from, CaseStatus to) {
    }

    private static List<Recorded> events(FeedbackCase c) {
        return c.drainEvents().stream().map(e -> new Recorded(e.action(), e.from(), e.to())).toList();
    }
}
