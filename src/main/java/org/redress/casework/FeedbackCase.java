package org.redress.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.redress.platform.Refused;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.redress.procedure.ProcedurePolicy;
import org.redress.procedure.StageClock;
import org.redress.procedure.StageRule;

/**
 * A piece of feedback and its stages. Each step first asks the {@link Lifecycle} whether the case may take it now
 * (refusing with its plain reason), then changes the case and records a case event; every change of status goes
 * through {@link #moveTo}, which checks the move against {@link CaseStatus#nextStates()}.
 */
public final class FeedbackCase {

    Long id;
    final long authorityId;
    final String reference;
    final FeedbackType type;
    final Channel channel;
    CaseStatus status;
    final LocalDate receivedOn;
    // copied onto each stage and reason row for counting (V19): a change must be written to case_reason too
    long directorateId;
    long serviceId;
    final String procedureCode;
    int currentStage;
    String description;
    String desiredOutcome;
    Contact customer;
    Contact representative;
    String representativeRelationship;
    Long assignedTo;
    LocalDate closedOn;
    int version;
    final List<Stage> stages;

    private static final DateTimeFormatter PLAIN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final List<PendingEvent> pending = new ArrayList<>();

    /** Dates as people write them, for the timeline: "22 December 2026". */
    static String plain(LocalDate date) {
        return date == null ? "" : PLAIN_DATE.format(date);
    }

    FeedbackCase(Long id, long authorityId, String reference, FeedbackType type, Channel channel, CaseStatus status,
            LocalDate receivedOn, long directorateId, long serviceId, String procedureCode, int currentStage,
            String description, String desiredOutcome, Contact customer, Contact representative,
            String representativeRelationship, Long assignedTo, LocalDate closedOn, int version, List<Stage> stages) {
        this.id = id;
        this.authorityId = authorityId;
        this.reference = reference;
        this.type = type;
        this.channel = channel;
        this.status = status;
        this.receivedOn = receivedOn;
        this.directorateId = directorateId;
        this.serviceId = serviceId;
        this.procedureCode = procedureCode;
        this.currentStage = currentStage;
        this.description = description;
        this.desiredOutcome = desiredOutcome;
        this.customer = customer;
        this.representative = representative;
        this.representativeRelationship = representativeRelationship;
        this.assignedTo = assignedTo;
        this.closedOn = closedOn;
        this.version = version;
        this.stages = new ArrayList<>(stages);
    }

    /** A new case at stage 1, with the due dates its procedure gives. */
    static FeedbackCase log(long authorityId, String reference, FeedbackType type, Channel channel, LocalDate receivedOn,
            long directorateId, long serviceId, String procedureCode, String description, String desiredOutcome,
            Contact customer, Contact representative, String representativeRelationship, StageClock clock) {
        Stage first = new Stage(null, 1, receivedOn, clock.acknowledgementDue(), clock.responseDue(),
                clock.responseDue(), clock.suspendedWorkingDays(), null);
        FeedbackCase c = new FeedbackCase(null, authorityId, reference, type, channel, CaseStatus.RECEIVED, receivedOn,
                directorateId, serviceId, procedureCode, 1, description, desiredOutcome, customer, representative,
                representativeRelationship, null, null, 0, List.of(first));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("type", type.key());
        details.put("channel", channel.key());
        details.put("receivedOn", receivedOn);
        details.put("responseDue", clock.responseDue());
        if (clock.suspendedWorkingDays() > 0) {
            details.put("suspendedWorkingDays", clock.suspendedWorkingDays());
        }
        c.pending.add(new PendingEvent(CaseAction.LOGGED, null, CaseStatus.RECEIVED, 1,
                type.label() + " received by " + channel.label().toLowerCase() + "; response due " + plain(clock.responseDue())
                        + (clock.suspendedWorkingDays() > 0
                                ? " (clock paused " + clock.suspendedWorkingDays() + " working days by a suspension)" : ""),
                details));
        return c;
    }

    // ---- the steps ---------------------------------------------------------------------------------------------

    /** Refuses, with the reason, unless the {@link Lifecycle} allows the step now. */
    void require(Step step, ProcedurePolicy policy, boolean outstandingRemedy) {
        Lifecycle.of(this, policy, outstandingRemedy).require(step);
    }

    private void require(Step step, ProcedurePolicy policy) {
        require(step, policy, false);
    }

    void acknowledge(LocalDate on, LocalDate responseDueFromAcknowledgement, ProcedurePolicy policy) {
        require(Step.ACKNOWLEDGE, policy);
        Stage stage = current();
        notBefore(on, stage.receivedOn, "acknowledged");
        CaseStatus from = moveTo(CaseStatus.ACKNOWLEDGED, CaseAction.ACKNOWLEDGED);
        stage.acknowledgedOn = on;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("acknowledgedOn", on);
        String summary = "Acknowledged on " + plain(on);
        if (responseDueFromAcknowledgement != null && !responseDueFromAcknowledgement.equals(stage.responseDue)) {
            details.put("responseDue", change(stage.responseDue, responseDueFromAcknowledgement));
            summary += "; response now due " + plain(responseDueFromAcknowledgement);
            // The clock starts here, so this is the stage's own due date, not an extension of it.
            stage.responseDue = responseDueFromAcknowledgement;
            stage.originalResponseDue = responseDueFromAcknowledgement;
        }
        record(CaseAction.ACKNOWLEDGED, from, summary, details);
    }

    void startInvestigation(ProcedurePolicy policy) {
        require(Step.INVESTIGATE, policy);
        CaseStatus from = moveTo(CaseStatus.UNDER_INVESTIGATION, CaseAction.INVESTIGATION_STARTED);
        record(CaseAction.INVESTIGATION_STARTED, from, "Investigation started", Map.of());
    }

    /**
     * Sends the stage's response. A complaint needs an outcome; a late response needs a delay reason; under a
     * procedure that wants a fresh pair of eyes, the stage 1 handler cannot answer stage 2.
     */
    void respond(LocalDate on, Outcome outcome, String summary, String delayReason, long responderId,
            String responderName, ProcedurePolicy policy) {
        require(Step.RESPOND, policy);
        Stage stage = current();
        checkDifferentHandler(policy, previousHandler(), responderId, responderName);
        CaseStatus from = moveTo(CaseStatus.RESPONDED, CaseAction.RESPONDED);
        notBefore(on, stage.receivedOn, "responded to");
        stage.respondedOn = on;
        stage.outcome = type.hasOutcome() ? outcome : null;
        stage.responseSummary = summary;
        stage.delayReason = Lifecycle.late(on, stage.responseDue) ? delayReason : null;
        if (stage.handlerId == null) {
            stage.handlerId = assignedTo != null ? assignedTo : responderId;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("respondedOn", on);
        if (stage.outcome != null) {
            details.put("outcome", stage.outcome.key());
        }
        if (stage.delayReason != null) {
            details.put("delayReason", stage.delayReason);
        }
        record(CaseAction.RESPONDED, from, "Stage " + stage.number + " response sent on " + plain(on)
                + (stage.outcome != null ? ": " + stage.outcome.label().toLowerCase() : "")
                + (Lifecycle.late(on, stage.responseDue) ? " (late; due " + plain(stage.responseDue) + ")" : ""), details,
                summary);
    }

    /** A complaint put right at once: closed with the outcome "resolved upon receipt". */
    void resolveUponReceipt(LocalDate on, String summary, long responderId, ProcedurePolicy policy) {
        require(Step.RESOLVE, policy);
        Stage stage = current();
        notBefore(on, stage.receivedOn, "resolved");
        CaseStatus from = moveTo(CaseStatus.CLOSED, CaseAction.RESOLVED_UPON_RECEIPT);
        stage.respondedOn = on;
        stage.outcome = Outcome.RESOLVED_UPON_RECEIPT;
        stage.responseSummary = summary;
        stage.handlerId = assignedTo != null ? assignedTo : responderId;
        closedOn = on;
        record(CaseAction.RESOLVED_UPON_RECEIPT, from, "Resolved upon receipt on " + plain(on),
                Map.of("outcome", Outcome.RESOLVED_UPON_RECEIPT.key(), "closedOn", on), summary);
    }

    void close(LocalDate on, ProcedurePolicy policy) {
        require(Step.CLOSE, policy);
        notBefore(on, current().receivedOn, "closed");
        CaseStatus from = moveTo(CaseStatus.CLOSED, CaseAction.CLOSED);
        closedOn = on;
        record(CaseAction.CLOSED, from, "Closed on " + plain(on), Map.of("closedOn", on));
    }

    /**
     * The customer asks for the next stage: its clock starts from the day they asked. The new stage starts
     * unassigned (the feedback team chooses its handler, who may have to be someone new), and the timeline says so.
     */
    void escalate(LocalDate requestedOn, String reason, ProcedurePolicy policy, StageClock clock) {
        require(Step.ESCALATE, policy);
        int next = currentStage + 1;
        notBefore(requestedOn, current().respondedOn != null ? current().respondedOn : current().receivedOn, "escalated");
        CaseStatus from = moveTo(CaseStatus.RECEIVED, CaseAction.ESCALATED);
        Stage stage = new Stage(null, next, requestedOn, clock.acknowledgementDue(), clock.responseDue(),
                clock.responseDue(), clock.suspendedWorkingDays(), reason);
        stages.add(stage);
        currentStage = next;
        Long before = assignedTo;
        assignedTo = null;
        closedOn = null;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("stage", next);
        details.put("requestedOn", requestedOn);
        details.put("responseDue", clock.responseDue());
        details.put("reason", reason);
        record(CaseAction.ESCALATED, from, "Escalated to stage " + next + " on " + plain(requestedOn) + "; response due "
                + plain(clock.responseDue()), details, reason);
        if (before != null) {
            record(CaseAction.UNASSIGNED, null, "Unassigned on escalation to stage " + next,
                    Map.of("assignedTo", change(before, null)),
                    "Stage " + next + " starts unassigned, for the feedback team to choose who handles it.");
        }
    }

    void withdraw(LocalDate on, String reason, ProcedurePolicy policy) {
        require(Step.WITHDRAW, policy);
        notBefore(on, receivedOn, "withdrawn");
        CaseStatus from = moveTo(CaseStatus.WITHDRAWN, CaseAction.WITHDRAWN);
        closedOn = on;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("closedOn", on);
        if (reason != null) {
            details.put("reason", reason);
        }
        record(CaseAction.WITHDRAWN, from, "Withdrawn on " + plain(on), details, reason);
    }

    void extend(LocalDate newDue, int workingDays, String reason, ProcedurePolicy policy) {
        require(Step.EXTEND, policy);
        Stage stage = current();
        LocalDate before = stage.responseDue;
        stage.responseDue = newDue;
        stage.extensionReason = reason;
        record(CaseAction.EXTENDED, null, "Response date extended by " + workingDays + " working days to "
                + plain(newDue), Map.of("responseDue", change(before, newDue), "reason", reason), reason);
    }

    /**
     * A suspension window was added or removed: the current stage's dates as the procedure now computes them, with
     * any extension already granted kept on top.
     */
    void moveDueDates(LocalDate acknowledgementDue, LocalDate originalDue, LocalDate responseDue, int suspendedDays,
            String why) {
        requireOpen(CaseAction.DUE_DATES_MOVED);
        Stage stage = current();
        LocalDate before = stage.responseDue;
        if (stage.acknowledgedOn == null && acknowledgementDue != null) {
            stage.acknowledgementDue = acknowledgementDue;
        }
        stage.originalResponseDue = originalDue;
        stage.responseDue = responseDue;
        stage.suspendedWorkingDays = suspendedDays;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("responseDue", change(before, responseDue));
        details.put("suspendedWorkingDays", suspendedDays);
        record(CaseAction.DUE_DATES_MOVED, null, "Response date moved from " + plain(before) + " to "
                + plain(responseDue) + ": " + why, details);
    }

    void agreeResponseDate(LocalDate agreed, ProcedurePolicy policy) {
        require(Step.AGREE_DATE, policy);
        Stage stage = current();
        LocalDate before = stage.responseDue;
        stage.responseDue = agreed;
        stage.agreedResponseOn = agreed;
        record(CaseAction.RESPONSE_DATE_AGREED, null, "Response date agreed with the customer: " + plain(agreed),
                Map.of("responseDue", change(before, agreed)));
    }

    /** Gives the case to a handler; {@code reason}, when given, says why (a hand-over, absence...). */
    void assign(long staffId, String staffName, String reason, ProcedurePolicy policy) {
        require(Step.ASSIGN, policy);
        checkDifferentHandler(policy, previousHandler(), staffId, staffName);
        Long before = assignedTo;
        assignedTo = staffId;
        current().handlerId = staffId;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("assignedTo", change(before, staffId));
        if (reason != null) {
            details.put("reason", reason);
        }
        record(CaseAction.ASSIGNED, null, "Assigned to " + staffName, details, reason);
    }

    void record(CaseAction action, CaseStatus from, String summary, Map<String, ?> details) {
        record(action, from, summary, details, null);
    }

    /** Records an event; {@code words} is what staff typed for it, kept whole (the summary is one line). */
    void record(CaseAction action, CaseStatus from, String summary, Map<String, ?> details, String words) {
        pending.add(new PendingEvent(action, from, from == null ? null : status, currentStage, summary, details,
                words));
    }

    // ---- rules -------------------------------------------------------------------------------------------------

    private CaseStatus moveTo(CaseStatus next, CaseAction action) {
        if (!status.canTransitionTo(next)) {
            throw new Refused("Case " + reference + " " + status.description() + ", so it cannot be "
                    + action.passive() + ".");
        }
        CaseStatus from = status;
        status = next;
        return from;
    }

    void requireOpen(CaseAction action) {
        if (!status.isOpen()) {
            throw new Refused("Case " + reference + " " + status.description() + ", so it cannot be "
                    + action.passive() + ".");
        }
    }

    private void checkDifferentHandler(ProcedurePolicy policy, Long previousHandler, long staffId, String staffName) {
        StageRule rule = policy.stage(currentStage).orElse(null);
        if (rule != null && rule.differentHandler() && previousHandler != null && previousHandler == staffId) {
            throw new Refused(staffName + " handled stage " + (currentStage - 1) + " of this complaint. Under this "
                    + "procedure stage " + currentStage + " must be handled by someone else.");
        }
    }

    private static void notBefore(LocalDate date, LocalDate earliest, String what) {
        if (earliest != null && date.isBefore(earliest)) {
            throw new org.redress.platform.InvalidInput("date",
                    "The date it was " + what + " must be on or after " + earliest);
        }
    }

    private static Map<String, Object> change(Object before, Object after) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("before", before);
        change.put("after", after);
        return change;
    }

    // ---- reading -----------------------------------------------------------------------------------------------

    public Stage current() {
        return stages.stream().filter(s -> s.number == currentStage).findFirst()
                .orElseThrow(() -> new IllegalStateException("Case " + reference + " has no stage " + currentStage));
    }

    public Stage stage(int number) {
        return stages.stream().filter(s -> s.number == number).findFirst().orElse(null);
    }

    /** Who handled the stage before the current one, for the different-handler rule. */
    Long previousHandler() {
        Stage previous = stage(currentStage - 1);
        return previous == null ? null : previous.handlerId;
    }

    List<PendingEvent> drainEvents() {
        List<PendingEvent> out = List.copyOf(pending);
        pending.clear();
        return out;
    }

    public Long id() { return id; }
    public long authorityId() { return authorityId; }
    public String reference() { return reference; }
    public FeedbackType type() { return type; }
    public Channel channel() { return channel; }
    public CaseStatus status() { return status; }
    public LocalDate receivedOn() { return receivedOn; }
    public long directorateId() { return directorateId; }
    public long serviceId() { return serviceId; }
    public String procedureCode() { return procedureCode; }
    public int currentStage() { return currentStage; }
    public String description() { return description; }
    public String desiredOutcome() { return desiredOutcome; }
    public Contact customer() { return customer; }
    public Contact representative() { return representative; }
    public String representativeRelationship() { return representativeRelationship; }
    public Long assignedTo() { return assignedTo; }
    public LocalDate closedOn() { return closedOn; }
    public int version() { return version; }
    public List<Stage> stages() { return List.copyOf(stages); }

    /** A change waiting to be written to the event log with the aggregate. */
    record PendingEvent(CaseAction action, CaseStatus from, CaseStatus to, Integer stageNumber, String summary,
            Map<String, ?> details, String words) {
        PendingEvent {
            Objects.requireNonNull(action);
        }

        PendingEvent(CaseAction action, CaseStatus from, CaseStatus to, Integer stageNumber, String summary,
                Map<String, ?> details) {
            this(action, from, to, stageNumber, summary, details, null);
        }
    }
}
