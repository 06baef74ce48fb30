package org.redress.casework;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.redress.platform.Refused;
import org.redress.procedure.ProcedurePolicy;
import org.redress.procedure.StageRule;

/**
 * What may happen to a case now, and why not the rest: the one place the case rules are written. The answer follows
 * from the case's status (through {@link CaseStatus#nextStates()}), its type, its procedure and its stage. The case
 * page offers exactly the steps allowed here and explains the ones a person would look for; {@link FeedbackCase}
 * and {@link Casework} ask it before every change, so the staff pages and the API refuse the same things with the
 * same words (a 409 with the reason).
 */
public final class Lifecycle {

    /** How long after the council's final response the Ombudsman usually takes a complaint (its 12-month rule). */
    static final int OMBUDSMAN_MONTHS = 12;

    private final FeedbackCase c;
    private final ProcedurePolicy policy;
    private final boolean outstandingRemedy;

    private Lifecycle(FeedbackCase c, ProcedurePolicy policy, boolean outstandingRemedy) {
        this.c = c;
        this.policy = policy;
        this.outstandingRemedy = outstandingRemedy;
    }

    /**
     * The rules for one case as it stands.
     *
     * @param policy the case's procedure
     * @param outstandingRemedy whether a follow-up remedy action is still to be done (kept beside the case)
     */
    public static Lifecycle of(FeedbackCase c, ProcedurePolicy policy, boolean outstandingRemedy) {
        return new Lifecycle(c, policy, outstandingRemedy);
    }

    /** The steps the case may take now, in the order the case page lists them. */
    public List<Step> allowed() {
        return Arrays.stream(Step.values()).filter(s -> whyNot(s).isEmpty()).toList();
    }

    /** The steps it may not take now, each with the reason. */
    public Map<Step, String> refused() {
        Map<Step, String> refused = new LinkedHashMap<>();
        for (Step step : Step.values()) {
            whyNot(step).ifPresent(reason -> refused.put(step, reason));
        }
        return refused;
    }

    public boolean allows(Step step) {
        return whyNot(step).isEmpty();
    }

    /** Refuses, with the reason, unless the case may take the step now. */
    public void require(Step step) {
        whyNot(step).ifPresent(reason -> {
            throw new Refused(reason);
        });
    }

    /** Why the case may not take {@code step} now, in words for the person who tried; empty when it may. */
    public Optional<String> whyNot(Step step) {
        CaseStatus s = c.status;
        FeedbackType t = c.type;
        return Optional.ofNullable(switch (step) {
            case ACKNOWLEDGE -> s == CaseStatus.RECEIVED ? null : cannot(CaseAction.ACKNOWLEDGED);
            case INVESTIGATE -> t.acknowledgeAndClose()
                    ? article(t) + " is acknowledged and closed; it is not investigated."
                    : in(s, CaseStatus.RECEIVED, CaseStatus.ACKNOWLEDGED) ? null : cannot(CaseAction.INVESTIGATION_STARTED);
            case RESPOND -> t.acknowledgeAndClose()
                    ? article(t) + " is acknowledged and closed; it has no response."
                    : s.canTransitionTo(CaseStatus.RESPONDED) ? null : cannot(CaseAction.RESPONDED);
            case RESOLVE -> resolveRefusal();
            case CLOSE -> closeRefusal();
            case ESCALATE -> escalationRefusal();
            case WITHDRAW -> s.canTransitionTo(CaseStatus.WITHDRAWN) ? null : cannot(CaseAction.WITHDRAWN);
            case EXTEND -> extensionRefusal();
            case AGREE_DATE -> agreedDateRefusal();
            case ASSIGN -> s.isOpen() ? null : cannot(CaseAction.ASSIGNED);
            case REMEDY -> remedyRefusal(CaseAction.REMEDY_ADDED);
            case PAYMENT -> remedyRefusal(CaseAction.PAYMENT_RECORDED);
            case COMPLETE_REMEDY -> outstandingRemedy ? null
                    : "Case " + c.reference + " has no outstanding follow-up action to complete.";
            case NOTE, LINK, DETAILS -> null;
        });
    }

    /**
     * Where the customer goes when the procedure has no further stage: set once the last stage has been answered
     * (or the complaint was resolved upon receipt at it), empty before that and for feedback that is not judged.
     */
    public Optional<AfterLastStage> afterLastStage() {
        Stage stage = c.current();
        if (!c.type.escalates() || policy.hasStage(c.currentStage + 1) || stage.respondedOn == null
                || c.status == CaseStatus.WITHDRAWN) {
            return Optional.empty();
        }
        return Optional.of(new AfterLastStage(policy.afterLastStage(), stage.respondedOn,
                stage.respondedOn.plusMonths(OMBUDSMAN_MONTHS)));
    }

    /**
     * How the customer takes the complaint further after a response at the current stage sent on {@code respondOn}:
     * the next stage and the date to ask by, or (at the procedure's last stage) the Ombudsman and the end of its usual
     * 12 months. A response letter says this; Redress does not refuse a later request (the officer decides).
     */
    public NextStep nextStep(LocalDate respondOn) {
        int next = c.currentStage + 1;
        if (c.type.escalates() && policy.hasStage(next)) {
            return new NextStep(false, next, policy.stage(next).map(StageRule::name).orElse("stage " + next),
                    respondOn.plusDays(NEXT_STAGE_DAYS), policy.afterLastStage(), null);
        }
        return new NextStep(true, 0, null, null, policy.afterLastStage(), respondOn.plusMonths(OMBUDSMAN_MONTHS));
    }

    /** Calendar days a customer is asked to request the next stage within, in the response letter. */
    static final int NEXT_STAGE_DAYS = 28;

    /**
     * Where the customer may go after a response.
     *
     * @param finalStage the response is the procedure's last: the Ombudsman is next
     * @param nextStage the stage they may ask for (0 at the last stage), its name and the date to ask by
     * @param ombudsman who they may ask after the last stage, as the procedure names it
     * @param ombudsmanBy the end of the Ombudsman's usual 12 months (null before the last stage)
     */
    public record NextStep(boolean finalStage, int nextStage, String nextStageName, LocalDate nextStageBy,
            String ombudsman, LocalDate ombudsmanBy) {
    }

    /**
     * The customer's next step once the council's procedure is done.
     *
     * @param ombudsman who they may ask, as the procedure names it
     * @param finalResponseOn the date of the council's final response
     * @param askBy the date their usual time to ask runs out
     */
    public record AfterLastStage(String ombudsman, LocalDate finalResponseOn, LocalDate askBy) {
        public String sentence() {
            return "The next step for the customer is the " + ombudsman + ". They should usually ask it within "
                    + OMBUDSMAN_MONTHS + " months of the final response of " + FeedbackCase.plain(finalResponseOn)
                    + ", that is by " + FeedbackCase.plain(askBy) + ".";
        }
    }

    // ---- what a recorded history may hold ---------------------------------------------------------------------------
    // A council's earlier system recorded where each case got to rather than each step; the import and the historic
    // loader check such a record against the same rules the steps above follow, stated for a case at rest.

    /** Why a stage's outcome cannot be as recorded, or null when it can. */
    public static String outcomeProblem(FeedbackType type, int stage, Outcome outcome, LocalDate respondedOn) {
        if (outcome != null && !type.hasOutcome()) {
            return "must be empty: only complaints have an outcome";
        } else if (outcome != null && respondedOn == null) {
            return "must be empty until the stage is responded to";
        } else if (outcome == null && respondedOn != null && type.hasOutcome()) {
            return "needs the outcome of the complaint's stage " + stage;
        } else if (outcome == Outcome.RESOLVED_UPON_RECEIPT && stage != 1) {
            return "can be resolved upon receipt only at stage 1";
        }
        return null;
    }

    /** Why a case cannot be in this status with its current stage as recorded, or null when it can. */
    public static String statusProblem(FeedbackType type, CaseStatus status, boolean acknowledged, boolean responded) {
        boolean closeOnly = type.acknowledgeAndClose();
        String kind = type.label().toLowerCase();
        return switch (status) {
            case RECEIVED -> acknowledged || responded
                    ? "is received, but the current stage was already acknowledged or responded to" : null;
            case ACKNOWLEDGED -> !acknowledged ? "is acknowledged, but the current stage has no acknowledgement date"
                    : responded ? "is acknowledged, but the current stage was already responded to" : null;
            case UNDER_INVESTIGATION -> closeOnly ? "cannot be under investigation: a " + kind + " is not investigated"
                    : responded ? "is under investigation, but the current stage was already responded to" : null;
            case RESPONDED -> closeOnly ? "cannot be responded: a " + kind + " has no response"
                    : !responded ? "is responded, but the current stage has no response date" : null;
            case CLOSED -> !closeOnly && !responded
                    ? "is closed, but the current stage has no response date (a " + kind
                            + " is closed once responded to)" : null;
            case WITHDRAWN -> responded ? "is withdrawn, but the current stage was responded to" : null;
        };
    }

    /** Whether the status is one a case ends in, with a closing date. */
    public static boolean ended(CaseStatus status) {
        return status == CaseStatus.CLOSED || status == CaseStatus.WITHDRAWN;
    }

    /**
     * The status a case recorded only by its current stage's dates ends in, as an import gives it: closed once
     * acknowledged (comments, compliments) or responded to (the rest), else acknowledged or received.
     */
    public static CaseStatus statusOf(FeedbackType type, LocalDate acknowledgedOn, LocalDate respondedOn) {
        if (type.acknowledgeAndClose()) {
            return acknowledgedOn != null ? CaseStatus.CLOSED : CaseStatus.RECEIVED;
        } else if (respondedOn != null) {
            return CaseStatus.CLOSED;
        }
        return acknowledgedOn != null ? CaseStatus.ACKNOWLEDGED : CaseStatus.RECEIVED;
    }

    /** The day such a case was closed: the acknowledgement or the response that closed it, or null while open. */
    public static LocalDate closedOnOf(FeedbackType type, LocalDate acknowledgedOn, LocalDate respondedOn) {
        return type.acknowledgeAndClose() ? acknowledgedOn : respondedOn;
    }

    /** Whether a response was late by Redress's count: sent after the day it was due. */
    public static boolean late(LocalDate respondedOn, LocalDate responseDue) {
        return respondedOn != null && responseDue != null && respondedOn.isAfter(responseDue);
    }

    // ---- the rules that need more than the status ----------------------------------------------------------------

    private String resolveRefusal() {
        if (c.type != FeedbackType.COMPLAINT) {
            return "Only a complaint can be resolved upon receipt.";
        }
        if (c.currentStage != 1) {
            return "Only a complaint at its first stage can be resolved upon receipt; case " + c.reference
                    + " is at stage " + c.currentStage + ".";
        }
        return in(c.status, CaseStatus.RECEIVED, CaseStatus.ACKNOWLEDGED) ? null
                : "Case " + c.reference + " " + c.status.description() + ", so it can no longer be resolved upon receipt.";
    }

    private String closeRefusal() {
        if (c.type.acknowledgeAndClose()) {
            return c.status.canTransitionTo(CaseStatus.CLOSED) ? null : cannot(CaseAction.CLOSED);
        }
        if (c.status == CaseStatus.RESPONDED) {
            return null;
        }
        return c.status.isOpen()
                ? article(c.type) + " is closed once it has been responded to."
                : cannot(CaseAction.CLOSED);
    }

    private String escalationRefusal() {
        if (!c.type.escalates()) {
            return article(c.type) + " cannot be escalated: only complaints have further stages.";
        }
        if (!in(c.status, CaseStatus.RESPONDED, CaseStatus.CLOSED)) {
            return c.status == CaseStatus.WITHDRAWN ? cannot(CaseAction.ESCALATED)
                    : "The customer can ask for the next stage once stage " + c.currentStage
                            + " has been answered; case " + c.reference + " " + c.status.description() + ".";
        }
        int next = c.currentStage + 1;
        if (!policy.hasStage(next)) {
            return "The " + policy.name() + " has no stage " + next + ". " + afterLastStage()
                    .map(AfterLastStage::sentence)
                    .orElse("The next step for the customer is the " + policy.afterLastStage() + ".");
        }
        return null;
    }

    private String extensionRefusal() {
        if (!c.status.isOpen()) {
            return cannot(CaseAction.EXTENDED);
        }
        StageRule rule = policy.stage(c.currentStage).orElse(null);
        if (rule != null && rule.maxExtensionWorkingDays() == 0) {
            return rule.respondWithinWorkingDays() == null
                    ? "The response date at stage " + c.currentStage + " of the " + policy.name()
                            + " is agreed with the complainant: agree a new date instead of extending."
                    : "The " + policy.name() + " allows no extension at stage " + c.currentStage + ".";
        }
        return null;
    }

    private String agreedDateRefusal() {
        if (!c.status.isOpen()) {
            return cannot(CaseAction.RESPONSE_DATE_AGREED);
        }
        StageRule rule = policy.stage(c.currentStage).orElse(null);
        if (rule == null || rule.maxAgreedMonths() == null) {
            return "At stage " + c.currentStage + " of the " + policy.name() + " the response date is set by the "
                    + "procedure, not agreed with the complainant" + (rule != null && rule.respondWithinWorkingDays() != null
                            ? " (within " + rule.respondWithinWorkingDays() + " working days)." : ".");
        }
        return null;
    }

    /** Remedies and payments put a complaint right: only complaints have them, and not once withdrawn. */
    private String remedyRefusal(CaseAction action) {
        if (!c.type.hasOutcome()) {
            return article(c.type) + " is not a complaint, so it has no remedy actions or payments.";
        }
        return c.status == CaseStatus.WITHDRAWN ? cannot(action) : null;
    }

    private String cannot(CaseAction action) {
        return "Case " + c.reference + " " + c.status.description() + ", so it cannot be " + action.passive() + ".";
    }

    private static boolean in(CaseStatus s, CaseStatus... statuses) {
        Set<CaseStatus> set = EnumSet.noneOf(CaseStatus.class);
        set.addAll(Arrays.asList(statuses));
        return set.contains(s);
    }

    /** "A compliment", "An enquiry". */
    private static String article(FeedbackType t) {
        String label = Character.toLowerCase(t.label().charAt(0)) + t.label().substring(1);
        return ("aeiou".indexOf(label.charAt(0)) >= 0 ? "An " : "A ") + label;
    }
}
