package org.redress.casework;

import java.util.List;
import java.util.Locale;

import org.redress.procedure.ProcedurePolicy;
import org.redress.procedure.StageRule;

/**
 * The steps offered on the case page, each with its own form page. Which are offered follows the state machine;
 * the server checks again when one is submitted (the page may be stale).
 */
public enum Step {
    ACKNOWLEDGE("Acknowledge", List.of("date")),
    INVESTIGATE("Start investigation", List.of()),
    RESPOND("Send response", List.of("date", "outcome", "delayReason", "summary")),
    RESOLVE("Resolve upon receipt", List.of("date", "summary")),
    CLOSE("Close", List.of("date")),
    ESCALATE("Escalate to next stage", List.of("date", "reason")),
    WITHDRAW("Withdraw", List.of("date", "reason")),
    EXTEND("Extend response date", List.of("workingDays", "reason")),
    AGREE_DATE("Agree response date", List.of("date", "longerAgreed")),
    ASSIGN("Assign", List.of("staffId")),
    REMEDY("Add remedy action", List.of("remedyKind", "text", "followUp", "date")),
    COMPLETE_REMEDY("Complete follow-up action", List.of("remedyId", "date")),
    PAYMENT("Record payment", List.of("paymentKind", "amount", "date", "source", "directorateId", "text")),
    NOTE("Add note", List.of("text")),
    LINK("Link related case", List.of("text")),
    DETAILS("Change reasons and tags", List.of("reasons", "tags"));

    private final String label;
    private final List<String> fields;

    Step(String label, List<String> fields) {
        this.label = label;
        this.fields = fields;
    }

    public String label() { return label; }

    public List<String> fields() { return fields; }

    public String key() { return name().toLowerCase(Locale.ROOT).replace('_', '-'); }

    static Step fromKey(String key) {
        for (Step s : values()) {
            if (s.key().equals(key)) {
                return s;
            }
        }
        return null;
    }

    /** Whether the step makes sense for the case as it stands, so the page offers it. */
    boolean offeredFor(FeedbackCase c, ProcedurePolicy policy, boolean hasOutstandingRemedy) {
        CaseStatus s = c.status();
        FeedbackType t = c.type();
        StageRule rule = policy.stage(c.currentStage()).orElse(null);
        return switch (this) {
            case ACKNOWLEDGE -> s == CaseStatus.RECEIVED;
            case INVESTIGATE -> (s == CaseStatus.RECEIVED || s == CaseStatus.ACKNOWLEDGED) && !t.acknowledgeAndClose();
            case RESPOND -> s.canTransitionTo(CaseStatus.RESPONDED) && !t.acknowledgeAndClose();
            case RESOLVE -> t == FeedbackType.COMPLAINT && c.currentStage() == 1
                    && (s == CaseStatus.RECEIVED || s == CaseStatus.ACKNOWLEDGED);
            case CLOSE -> s == CaseStatus.RESPONDED || (t.acknowledgeAndClose() && s.canTransitionTo(CaseStatus.CLOSED));
            case ESCALATE -> t.escalates() && (s == CaseStatus.RESPONDED || s == CaseStatus.CLOSED)
                    && policy.hasStage(c.currentStage() + 1);
            case WITHDRAW -> s.canTransitionTo(CaseStatus.WITHDRAWN);
            case EXTEND, ASSIGN -> s.isOpen();
            case AGREE_DATE -> s.isOpen() && rule != null && rule.maxAgreedMonths() != null;
            case COMPLETE_REMEDY -> hasOutstandingRemedy;
            case REMEDY, PAYMENT -> s != CaseStatus.WITHDRAWN && t.hasOutcome();
            case NOTE, LINK, DETAILS -> true;
        };
    }
}
