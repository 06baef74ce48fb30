package org.redress.casework.history;

import java.sql.Types;
import java.time.LocalDate;
import java.util.Collections;

import org.redress.casework.FeedbackType;
import org.redress.casework.Outcome;

/**
 * A {@code case_stage} row, for the live save of a case and the bulk load of earlier ones alike: its columns, in one
 * order, and the copies of the case's own columns every stage row carries for the reports (type, directorate,
 * closing date). One writer, so a column added to stages is added for both.
 */
public final class StageRows {

    public static final String COLUMNS = """
            authority_id, case_id, stage_number, received_on, acknowledgement_due, acknowledged_on, response_due, \
            original_response_due, suspended_working_days, extension_reason, agreed_response_on, responded_on, \
            outcome, response_summary, delay_reason, handler_id, escalation_reason, case_feedback_type, \
            case_directorate_id, case_closed_on""";

    static final int[] TYPES = {Types.BIGINT, Types.BIGINT, Types.INTEGER, Types.DATE, Types.DATE, Types.DATE,
            Types.DATE, Types.DATE, Types.INTEGER, Types.VARCHAR, Types.DATE, Types.DATE, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.DATE};

    /** The statement that inserts one row. */
    public static final String INSERT = "insert into case_stage (" + COLUMNS + ") values ("
            + String.join(", ", Collections.nCopies(TYPES.length, "?")) + ")";

    private StageRows() {
    }

    /** The stage's own dates and what was decided at it. */
    public record Stage(int number, LocalDate receivedOn, LocalDate acknowledgementDue, LocalDate acknowledgedOn,
            LocalDate responseDue, LocalDate originalResponseDue, int suspendedWorkingDays, String extensionReason,
            LocalDate agreedResponseOn, LocalDate respondedOn, Outcome outcome, String responseSummary,
            String delayReason, Long handlerId, String escalationReason) {
    }

    /** The row's values in {@link #COLUMNS} order. */
    public static Object[] row(long authorityId, long caseId, Stage s, FeedbackType caseType, long caseDirectorateId,
            LocalDate caseClosedOn) {
        return new Object[] {authorityId, caseId, s.number(), s.receivedOn(), s.acknowledgementDue(),
                s.acknowledgedOn(), s.responseDue(), s.originalResponseDue(), s.suspendedWorkingDays(),
                s.extensionReason(), s.agreedResponseOn(), s.respondedOn(),
                s.outcome() == null ? null : s.outcome().key(), s.responseSummary(), s.delayReason(), s.handlerId(),
                s.escalationReason(), caseType.key(), caseDirectorateId, caseClosedOn};
    }
}
