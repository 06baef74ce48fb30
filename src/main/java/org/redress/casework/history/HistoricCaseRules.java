package org.redress.casework.history;

import java.time.LocalDate;

import org.redress.casework.CaseStatus;
import org.redress.casework.FeedbackType;
import org.redress.casework.Outcome;

/**
 * The case rules the historic loader applies to earlier records, in one place: which status a case can be in given
 * its current stage, which status an imported case ends in, which types have outcomes and later stages, and when a
 * response counts as late. They restate what the live case's state machine allows; when casework has one answer to
 * "which steps may a case take", these should ask it instead of restating it.
 */
public final class HistoricCaseRules {

    private HistoricCaseRules() {
    }

    /** Whether a type runs to more than one stage (only complaints escalate). */
    static boolean hasLaterStages(FeedbackType type) {
        return type.escalates();
    }

    /** Whether a type is acknowledged and closed, with no response (comments and compliments). */
    static boolean closesOnAcknowledgement(FeedbackType type) {
        return type.acknowledgeAndClose();
    }

    /** Why a stage's outcome cannot be as recorded, or null when it can. */
    static String outcomeProblem(FeedbackType type, int stage, Outcome outcome, LocalDate respondedOn) {
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
    static String statusProblem(FeedbackType type, CaseStatus status, boolean acknowledged, boolean responded) {
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
    static boolean ended(CaseStatus status) {
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
    static boolean late(LocalDate respondedOn, LocalDate responseDue) {
        return respondedOn != null && responseDue != null && respondedOn.isAfter(responseDue);
    }
}
