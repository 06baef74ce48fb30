package org.redress.casework.history;

import java.sql.Types;
import java.time.LocalDate;
import java.util.Collections;

import org.redress.casework.CaseStatus;
import org.redress.casework.Channel;
import org.redress.casework.Contact;
import org.redress.casework.FeedbackType;

/**
 * A {@code feedback_case} row as it is first written, for the live save of a new case and the bulk load of earlier
 * ones alike: its columns in one order, the value of each, the reference's form and the open case's due date (V17).
 * One writer, as {@link StageRows} is for stages, so a column added to cases is added for both.
 */
public final class CaseRows {

    public static final String COLUMNS = """
            authority_id, reference, feedback_type, channel, status, received_on, directorate_id, service_id, \
            procedure_code, current_stage, description, desired_outcome, customer_name, customer_email, \
            customer_phone, customer_address, representative_name, representative_email, \
            representative_relationship, assigned_to, closed_on, open_response_due""";

    static final int[] TYPES = {Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.DATE, Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.INTEGER, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.BIGINT, Types.DATE, Types.DATE};

    /** The statement that inserts one row. */
    public static final String INSERT = "insert into feedback_case (" + COLUMNS + ") values ("
            + String.join(", ", Collections.nCopies(TYPES.length, "?")) + ")";

    private CaseRows() {
    }

    /** The case's own columns; {@code openResponseDue} as {@link #openResponseDue} gives it. */
    public record Case(long authorityId, String reference, FeedbackType type, Channel channel, CaseStatus status,
            LocalDate receivedOn, long directorateId, long serviceId, String procedureCode, int currentStage,
            String description, String desiredOutcome, Contact customer, Contact representative,
            String representativeRelationship, Long assignedTo, LocalDate closedOn, LocalDate openResponseDue) {
    }

    /** The row's values in {@link #COLUMNS} order. */
    public static Object[] row(Case c) {
        Contact customer = c.customer() == null ? Contact.NONE : c.customer();
        Contact representative = c.representative() == null ? Contact.NONE : c.representative();
        return new Object[] {c.authorityId(), c.reference(), c.type().key(), c.channel().key(), c.status().key(),
                c.receivedOn(), c.directorateId(), c.serviceId(), c.procedureCode(), c.currentStage(), c.description(),
                c.desiredOutcome(), customer.name(), customer.email(), customer.phone(), customer.address(),
                representative.name(), representative.email(), c.representativeRelationship(), c.assignedTo(),
                c.closedOn(), c.openResponseDue()};
    }

    /**
     * What {@code feedback_case.open_response_due} holds (V17): the current stage's response due date while the case
     * is open, else null, so "overdue" is plain SQL on the case row.
     */
    public static LocalDate openResponseDue(CaseStatus status, LocalDate currentStageResponseDue) {
        return status.isOpen() ? currentStageResponseDue : null;
    }

    /** The form of a reference drawn from the case reference sequence: FB and seven digits. */
    public static String reference(long number) {
        return "FB" + String.format("%07d", number);
    }
}
