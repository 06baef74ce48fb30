package org.redress.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

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
 * how the case decides it; the calls into the case's step methods are all in one block of helpers below, so a change
 * of their parameters is made there once.
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

    @ParameterizedTest(name = "a complaint that is {0}: {1} -> {2}")
    @CsvSource({
            "RECEIVED, ACKNOWLEDGE, ACKNOWLEDGED",
            "RECEIVED, INVESTIGATE, UNDER_INVESTIGATION",
            "RECEIVED, RESPOND, RESPONDED",
            "RECEIVED, RESOLVE, CLOSED",
            "RECEIVED, CLOSE, refused",
            "RECEIVED, ESCALATE, refused",
            "RECEIVED, WITHDRAW, WITHDRAWN",
            "RECEIVED, EXTEND, RECEIVED",

            "ACKNOWLEDGED, ACKNOWLEDGE, refused",
            "ACKNOWLEDGED, INVESTIGATE, UNDER_INVESTIGATION",
            "ACKNOWLEDGED, RESPOND, RESPONDED",
            "ACKNOWLEDGED, RESOLVE, CLOSED",
            "ACKNOWLEDGED, CLOSE, refused",
            "ACKNOWLEDGED, ESCALATE, refused",
            "ACKNOWLEDGED, WITHDRAW, WITHDRAWN",
            "ACKNOWLEDGED, EXTEND, ACKNOWLEDGED",

            "UNDER_INVESTIGATION, ACKNOWLEDGE, refused",
            "UNDER_INVESTIGATION, INVESTIGATE, refused",
            "UNDER_INVESTIGATION, RESPOND, RESPONDED",
            "UNDER_INVESTIGATION, RESOLVE, refused",
            "UNDER_INVESTIGATION, CLOSE, refused",
            "UNDER_INVESTIGATION, ESCALATE, refused",
            "UNDER_INVESTIGATION, WITHDRAW, WITHDRAWN",
            "UNDER_INVESTIGATION, EXTEND, UNDER_INVESTIGATION",

            "RESPONDED, ACKNOWLEDGE, refused",
            "RESPONDED, INVESTIGATE, refused",
            "RESPONDED, RESPOND, refused",
            "RESPONDED, RESOLVE, refused",
            "RESPONDED, CLOSE, CLOSED",
            "RESPONDED, ESCALATE, RECEIVED",
            "RESPONDED, WITHDRAW, refused",
            "RESPONDED, EXTEND, refused",

            "CLOSED, ACKNOWLEDGE, refused",
            "CLOSED, INVESTIGATE, refused",
            "CLOSED, RESPOND, refused",
            "CLOSED, RESOLVE, refused",
            "CLOSED, CLOSE, refused",
            "CLOSED, ESCALATE, RECEIVED",
            "CLOSED, WITHDRAW, refused",
            "CLOSED, EXTEND, refused",

            "WITHDRAWN, ACKNOWLEDGE, refused",
            "WITHDRAWN, INVESTIGATE, refused",
            "WITHDRAWN, RESPOND, refused",
            "WITHDRAWN, RESOLVE, refused",
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
            "COMPLIMENT, RECEIVED, RESOLVE, refused",
            "COMPLIMENT, CLOSED, ESCALATE, refused",
            "COMMENT, RECEIVED, CLOSE, CLOSED",
            "COMMENT, ACKNOWLEDGED, RESPOND, refused",
            "COMMENT, ACKNOWLEDGED, INVESTIGATE, refused",
            "COMMENT, CLOSED, ESCALATE, refused",
            "ENQUIRY, RECEIVED, RESPOND, RESPONDED",
            "ENQUIRY, RECEIVED, RESOLVE, refused",
            "ENQUIRY, RECEIVED, CLOSE, refused",
            "ENQUIRY, RESPONDED, ESCALATE, refused",
    })
    void otherFeedbackIsAcknowledgedAndClosedOrAnsweredButNeverEscalated(FeedbackType type, CaseStatus from, Step step,
            String result) {
        FeedbackCase c = logged(type);
        if (from != CaseStatus.RECEIVED) {
            take(c, switch (from) {
                case RESPONDED -> Step.RESPOND;
                case CLOSED -> Step.CLOSE;
                default -> Step.ACKNOWLEDGE;
            });
        }
        c.drainEvents();
        assertThat(c.status()).isEqualTo(from);
        check(c, step, result);
    }

    /** Takes the step and checks the status it leaves; a refused step leaves the case and its timeline as they were. */
    private static void check(FeedbackCase c, Step step, String result) {
        if (result.equals("refused")) {
            CaseStatus before = c.status();
            assertThatThrownBy(() -> take(c, step)).isInstanceOf(Refused.class);
            assertThat(c.status()).isEqualTo(before);
            assertThat(c.drainEvents()).isEmpty();
        } else {
            take(c, step);
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

        acknowledge(c, LocalDate.of(2021, 1, 5), null);

        assertThat(c.current().acknowledgedOn()).isEqualTo(LocalDate.of(2021, 1, 5));
        assertThat(c.current().responseDue()).isEqualTo(RESPONSE_DUE);
        assertThat(events(c)).containsExactly(
                new Recorded(CaseAction.ACKNOWLEDGED, CaseStatus.RECEIVED, CaseStatus.ACKNOWLEDGED));
    }

    @Test
    void aClockThatStartsOnAcknowledgementGivesTheStageItsOwnDueDateNotAnExtension() {
        FeedbackCase c = logged(FeedbackType.COMPLAINT);
        LocalDate dueFromAcknowledgement = LocalDate.of(2021, 1, 19);

        acknowledge(c, LocalDate.of(2021, 1, 5), dueFromAcknowledgement);

        assertThat(c.current().responseDue()).isEqualTo(dueFromAcknowledgement);
        assertThat(c.current().extended()).isFalse();
    }

    @Test
    void aLateResponseKeepsItsDelayReasonAndSaysItWasLate() {
        FeedbackCase c = logged(FeedbackType.COMPLAINT);
        LocalDate dayAfterDue = RESPONSE_DUE.plusDays(1);

        respond(c, dayAfterDue, Outcome.PARTLY_UPHELD, "staff_absence", OFFICER, TWO_STAGES);

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

        respond(c, RESPONSE_DUE, Outcome.NOT_UPHELD, "staff_absence", OFFICER, TWO_STAGES);

        assertThat(c.current().delayReason()).isNull();
        assertThat(c.current().isLate(RESPONSE_DUE)).isFalse();
    }

    @Test
    void theResponderHandlesTheStageUnlessSomeoneIsAssigned() {
        FeedbackCase c = logged(FeedbackType.COMPLAINT);

        respond(c, day(10), Outcome.UPHELD);

        assertThat(c.current().handlerId()).isEqualTo(OFFICER);
    }

    @Test
    void onlyAComplaintRecordsAnOutcome() {
        FeedbackCase c = logged(FeedbackType.ENQUIRY);

        respond(c, day(10), Outcome.UPHELD);

        assertThat(c.status()).isEqualTo(CaseStatus.RESPONDED);
        assertThat(c.current().outcome()).isNull();
    }

    @Test
    void resolvingUponReceiptClosesTheComplaintWithThatOutcome() {
        FeedbackCase c = logged(FeedbackType.COMPLAINT);

        resolveUponReceipt(c, RECEIVED_ON);

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
        take(c, Step.ESCALATE);
        c.drainEvents();

        assertThat(c.status()).isEqualTo(CaseStatus.RECEIVED);
        assertThatThrownBy(() -> resolveUponReceipt(c, day(21))).isInstanceOf(Refused.class);
        assertThat(c.status()).isEqualTo(CaseStatus.RECEIVED);
        assertThat(c.drainEvents()).isEmpty();
    }

    @Test
    void escalatingStartsTheNextStageFromTheDayTheCustomerAskedAndUnassignsIt() {
        FeedbackCase c = logged(FeedbackType.COMPLAINT);
        assign(c, OFFICER);
        respond(c, day(10), Outcome.NOT_UPHELD);
        close(c, day(11));
        c.drainEvents();

        escalate(c, day(15), "The pothole is still there", TWO_STAGES);

        assertThat(c.status()).isEqualTo(CaseStatus.RECEIVED);
        assertThat(c.currentStage()).isEqualTo(2);
        assertThat(c.current().receivedOn()).isEqualTo(day(15));
        assertThat(c.current().responseDue()).isEqualTo(stageTwoClock().responseDue());
        assertThat(c.current().escalationReason()).isEqualTo("The pothole is still there");
        assertThat(c.stage(1).outcome()).isEqualTo(Outcome.NOT_UPHELD);
        assertThat(c.assignedTo()).isNull();
        assertThat(c.closedOn()).isNull();
        assertThat(events(c)).containsExactly(
                new Recorded(CaseAction.ESCALATED, CaseStatus.CLOSED, CaseStatus.RECEIVED),
                new Recorded(CaseAction.UNASSIGNED, null, null));
    }

    @Test
    void refusesToEscalatePastTheLastStageAndNamesWhereTheCustomerCanGoNext() {
        FeedbackCase c = aComplaintThatIs(CaseStatus.RESPONDED);

        assertThatThrownBy(() -> escalate(c, day(20), "Still unhappy", ONE_STAGE))
                .isInstanceOf(Refused.class).hasMessageContaining(OMBUDSMAN);
        assertThat(c.status()).isEqualTo(CaseStatus.RESPONDED);
        assertThat(c.currentStage()).isEqualTo(1);
    }

    @Test
    void underAProcedureWantingFreshEyesTheStageOneHandlerCannotAnswerStageTwo() {
        ProcedurePolicy freshEyes = new ProcedurePolicy("complaint_handling_code", "Complaint Handling Code",
                ProcedureKind.COMPLAINT_HANDLING_CODE, List.of(STAGE_ONE,
                        new StageRule(2, "Stage 2", 5, 20, ClockStart.ACKNOWLEDGEMENT, 10, null, true)), OMBUDSMAN);
        FeedbackCase c = logged(FeedbackType.COMPLAINT);
        respond(c, day(10), Outcome.NOT_UPHELD, null, OFFICER, freshEyes);
        escalate(c, day(12), "Still unhappy", freshEyes);
        c.drainEvents();

        assertThatThrownBy(() -> respond(c, day(20), Outcome.NOT_UPHELD, null, OFFICER, freshEyes))
                .isInstanceOf(Refused.class);
        assertThat(c.status()).isEqualTo(CaseStatus.RECEIVED);
        assertThat(c.drainEvents()).isEmpty();

        respond(c, day(20), Outcome.NOT_UPHELD, null, SECOND_OFFICER, freshEyes);
        assertThat(c.status()).isEqualTo(CaseStatus.RESPONDED);
    }

    @Test
    void withdrawingIsFinalAndClosesTheCaseOnThatDay() {
        FeedbackCase c = aComplaintThatIs(CaseStatus.UNDER_INVESTIGATION);

        withdraw(c, day(8));

        assertThat(c.status()).isEqualTo(CaseStatus.WITHDRAWN);
        assertThat(c.closedOn()).isEqualTo(day(8));
        assertThat(events(c)).containsExactly(
                new Recorded(CaseAction.WITHDRAWN, CaseStatus.UNDER_INVESTIGATION, CaseStatus.WITHDRAWN));
    }

    @Test
    void closingARespondedComplaintRecordsTheDay() {
        FeedbackCase c = aComplaintThatIs(CaseStatus.RESPONDED);

        close(c, day(21));

        assertThat(c.closedOn()).isEqualTo(day(21));
        assertThat(events(c)).containsExactly(new Recorded(CaseAction.CLOSED, CaseStatus.RESPONDED, CaseStatus.CLOSED));
    }

    @Test
    void extendingMovesTheResponseDateAndKeepsTheOriginalWithoutChangingTheStatus() {
        FeedbackCase c = aComplaintThatIs(CaseStatus.ACKNOWLEDGED);
        LocalDate later = RESPONSE_DUE.plusDays(14);

        extend(c, later);

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

        assertThatThrownBy(() -> extend(c, RESPONSE_DUE.plusDays(14))).isInstanceOf(Refused.class);
        assertThat(c.current().responseDue()).isEqualTo(RESPONSE_DUE);
        assertThat(c.drainEvents()).isEmpty();
    }

    @ParameterizedTest(name = "{0} dated before the case was received")
    @CsvSource({"ACKNOWLEDGE", "RESPOND", "RESOLVE", "WITHDRAW"})
    void refusesAStepDatedBeforeTheCaseWasReceivedNamingTheDateField(Step step) {
        FeedbackCase c = logged(FeedbackType.COMPLAINT);

        assertThatThrownBy(() -> take(c, step, RECEIVED_ON.minusDays(1))).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.problems()).anySatisfy(p -> assertThat(p.field()).isEqualTo("date")));
    }

    // ---- the steps, as the service takes them (the only calls into the case's step methods) --------------------

    /** Takes a step on a day after everything the case has been through, under the two-stage procedure. */
    static void take(FeedbackCase c, Step step) {
        take(c, step, day(20));
    }

    static void take(FeedbackCase c, Step step, LocalDate on) {
        switch (step) {
            case ACKNOWLEDGE -> acknowledge(c, on, null);
            case INVESTIGATE -> c.startInvestigation(TWO_STAGES);
            case RESPOND -> respond(c, on, Outcome.UPHELD);
            case RESOLVE -> resolveUponReceipt(c, on);
            case CLOSE -> close(c, on);
            case ESCALATE -> escalate(c, on, "Still unhappy", TWO_STAGES);
            case WITHDRAW -> withdraw(c, on);
            case EXTEND -> extend(c, RESPONSE_DUE.plusDays(14));
            default -> throw new IllegalArgumentException("No test takes " + step);
        }
    }

    static void acknowledge(FeedbackCase c, LocalDate on, LocalDate responseDueFromAcknowledgement) {
        c.acknowledge(on, responseDueFromAcknowledgement, TWO_STAGES);
    }

    static void respond(FeedbackCase c, LocalDate on, Outcome outcome) {
        respond(c, on, outcome, null, OFFICER, TWO_STAGES);
    }

    static void respond(FeedbackCase c, LocalDate on, Outcome outcome, String delayReason, long by,
            ProcedurePolicy policy) {
        c.respond(on, outcome, "Our response", delayReason, by, "Officer " + by, policy);
    }

    static void resolveUponReceipt(FeedbackCase c, LocalDate on) {
        c.resolveUponReceipt(on, "Put right the same day", OFFICER, TWO_STAGES);
    }

    static void close(FeedbackCase c, LocalDate on) {
        c.close(on, TWO_STAGES);
    }

    static void escalate(FeedbackCase c, LocalDate on, String reason, ProcedurePolicy policy) {
        c.escalate(on, reason, policy, stageTwoClock());
    }

    static void withdraw(FeedbackCase c, LocalDate on) {
        c.withdraw(on, "No longer wanted", TWO_STAGES);
    }

    static void assign(FeedbackCase c, long staffId) {
        c.assign(staffId, "Officer " + staffId, null, TWO_STAGES);
    }

    static void extend(FeedbackCase c, LocalDate newDue) {
        c.extend(newDue, 10, "Waiting for the contractor's report", TWO_STAGES);
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
            case ACKNOWLEDGED -> acknowledge(c, day(1), null);
            case UNDER_INVESTIGATION -> {
                acknowledge(c, day(1), null);
                take(c, Step.INVESTIGATE);
            }
            case RESPONDED -> respond(c, day(10), Outcome.NOT_UPHELD);
            case CLOSED -> {
                respond(c, day(10), Outcome.NOT_UPHELD);
                close(c, day(11));
            }
            case WITHDRAWN -> withdraw(c, day(1));
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
