package org.redress.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.redress.casework.history.CaseRows;
import org.redress.casework.history.StageRows;
import org.redress.platform.EditConflict;
import org.redress.platform.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Loads and saves the case aggregate (case row and its stages) with optimistic locking. */
@Repository
class CaseRepository {

    private final JdbcClient db;

    CaseRepository(JdbcClient db) {
        this.db = db;
    }

    /**
     * The next reference from the sequence that no council's case has: imported cases keep their references, which
     * may be numbers the sequence has yet to reach. On meeting a taken one, the sequence is moved past the highest
     * taken number of the same width in one step, so a long run of imported numbers costs two queries, not one per
     * number. The sequence only ever moves forward, so two requests at once still get different numbers.
     */
    String nextReference() {
        for (int attempt = 0; attempt < 100; attempt++) {
            long n = db.sql("select nextval('case_reference_seq')").query(Long.class).single();
            String reference = CaseRows.reference(n);
            if (!taken(reference)) {
                return reference;
            }
            long highest = highestTaken(reference.length());
            if (highest > n) {
                db.sql("select max(nextval('case_reference_seq')) from generate_series(1, ?)")
                        .param(highest - n).query(Long.class).single();
            }
        }
        throw new IllegalStateException("No free case reference after 100 attempts: is the sequence being reset?");
    }

    /** Looked up council by council: the unique index leads with the council, and there are few councils. */
    private boolean taken(String reference) {
        return db.sql("""
                select count(*) from authority a join feedback_case c on c.authority_id = a.id and c.reference = ?""")
                .param(reference).query(Long.class).single() > 0;
    }

    /** The highest number in a reference of the sequence's form and this length, or 0; odd ones are passed over. */
    private long highestTaken(int length) {
        int digits = length - 2;
        String highest = db.sql("""
                select max(c.reference) from authority a join feedback_case c on c.authority_id = a.id
                where c.reference between ? and ? and translate(c.reference, '123456789', '000000000') = ?""")
                .params("FB" + "0".repeat(digits), "FB" + "9".repeat(digits), "FB" + "0".repeat(digits))
                .query(String.class).optional().orElse(null);
        return highest == null ? 0 : Long.parseLong(highest.substring(2));
    }

    Optional<FeedbackCase> findByReference(long authorityId, String reference) {
        return db.sql("select * from feedback_case where authority_id = ? and reference = ?")
                .params(authorityId, reference.trim().toUpperCase())
                .query((rs, n) -> mapCase(rs)).optional()
                .map(this::withStages);
    }

    Optional<FeedbackCase> findById(long authorityId, long id) {
        return db.sql("select * from feedback_case where authority_id = ? and id = ?")
                .params(authorityId, id)
                .query((rs, n) -> mapCase(rs)).optional()
                .map(this::withStages);
    }

    /** Open cases with someone assigned, due by a date: only an open case carries its due date (V17). */
    List<AssignedCaseDue> assignedOpenDueBy(long authorityId, LocalDate dueBy) {
        return db.sql("""
                select c.assigned_to, c.reference, c.feedback_type, c.current_stage, c.open_response_due
                from feedback_case c
                where c.authority_id = ? and c.assigned_to is not null and c.open_response_due <= ?
                order by c.assigned_to, c.open_response_due, c.reference""")
                .params(authorityId, dueBy)
                .query((rs, n) -> new AssignedCaseDue(rs.getLong("assigned_to"), rs.getString("reference"),
                        FeedbackType.fromKey(rs.getString("feedback_type")), rs.getInt("current_stage"),
                        rs.getObject("open_response_due", LocalDate.class)))
                .list();
    }

    void insert(FeedbackCase c) {
        // The row as the bulk load of earlier cases writes it too: CaseRows.
        c.id = Rows.insert(db.sql(CaseRows.INSERT).params(CaseRows.row(new CaseRows.Case(c.authorityId, c.reference,
                c.type, c.channel, c.status, c.receivedOn, c.directorateId, c.serviceId, c.procedureCode,
                c.currentStage, c.description, c.desiredOutcome, c.customer, c.representative,
                c.representativeRelationship, c.assignedTo, c.closedOn, openResponseDue(c)))));
        for (Stage stage : c.stages) {
            insertStage(c, stage);
        }
    }

    /** Saves the case if nobody else has since {@code c.version} was read; else nothing is written. */
    void update(FeedbackCase c) {
        int rows = db.sql("""
                update feedback_case set status = ?, directorate_id = ?, service_id = ?, current_stage = ?,
                    description = ?, desired_outcome = ?, customer_name = ?, customer_email = ?, customer_phone = ?,
                    customer_address = ?, representative_name = ?, representative_email = ?,
                    representative_relationship = ?, assigned_to = ?, closed_on = ?, open_response_due = ?,
                    updated_at = current_timestamp, version = version + 1
                where id = ? and version = ?""")
                .params(c.status.key(), c.directorateId, c.serviceId, c.currentStage, c.description, c.desiredOutcome,
                        c.customer.name(), c.customer.email(), c.customer.phone(), c.customer.address(),
                        c.representative.name(), c.representative.email(), c.representativeRelationship,
                        c.assignedTo, c.closedOn, openResponseDue(c), c.id, c.version)
                .update();
        if (rows == 0) {
            throw new EditConflict("Case " + c.reference);
        }
        c.version++;
        for (Stage stage : c.stages) {
            if (stage.id == null) {
                insertStage(c, stage);
            } else {
                db.sql("""
                        update case_stage set acknowledgement_due = ?, acknowledged_on = ?, response_due = ?,
                            original_response_due = ?, suspended_working_days = ?, extension_reason = ?,
                            agreed_response_on = ?, responded_on = ?, outcome = ?, response_summary = ?,
                            delay_reason = ?, handler_id = ?, case_directorate_id = ?, case_closed_on = ?
                        where id = ?""")
                        .params(stage.acknowledgementDue, stage.acknowledgedOn, stage.responseDue,
                                stage.originalResponseDue, stage.suspendedWorkingDays, stage.extensionReason,
                                stage.agreedResponseOn, stage.respondedOn,
                                stage.outcome == null ? null : stage.outcome.key(), stage.responseSummary,
                                stage.delayReason, stage.handlerId, c.directorateId, c.closedOn, stage.id)
                        .update();
            }
        }
    }

    /** {@link CaseRows#openResponseDue}, written with every save of the case and its stages, so the two never part. */
    static LocalDate openResponseDue(FeedbackCase c) {
        return CaseRows.openResponseDue(c.status, c.current().responseDue);
    }

    /** The row as the bulk load of earlier cases writes it too: {@link StageRows}. */
    private void insertStage(FeedbackCase c, Stage s) {
        s.id = Rows.insert(db.sql(StageRows.INSERT).params(StageRows.row(c.authorityId, c.id,
                new StageRows.Stage(s.number, s.receivedOn, s.acknowledgementDue, s.acknowledgedOn, s.responseDue,
                        s.originalResponseDue, s.suspendedWorkingDays, s.extensionReason, s.agreedResponseOn,
                        s.respondedOn, s.outcome, s.responseSummary, s.delayReason, s.handlerId, s.escalationReason),
                c.type, c.directorateId, c.closedOn)));
    }

    private FeedbackCase withStages(FeedbackCase c) {
        List<Stage> stages = db.sql("select * from case_stage where case_id = ? order by stage_number")
                .param(c.id).query((rs, n) -> mapStage(rs)).list();
        c.stages.addAll(stages);
        return c;
    }

    private static FeedbackCase mapCase(ResultSet rs) throws SQLException {
        return new FeedbackCase(rs.getLong("id"), rs.getLong("authority_id"), rs.getString("reference"),
                FeedbackType.fromKey(rs.getString("feedback_type")), Channel.fromKey(rs.getString("channel")),
                CaseStatus.fromKey(rs.getString("status")), rs.getObject("received_on", LocalDate.class),
                rs.getLong("directorate_id"), rs.getLong("service_id"), rs.getString("procedure_code"),
                rs.getInt("current_stage"), rs.getString("description"), rs.getString("desired_outcome"),
                new Contact(rs.getString("customer_name"), rs.getString("customer_email"),
                        rs.getString("customer_phone"), rs.getString("customer_address")),
                new Contact(rs.getString("representative_name"), rs.getString("representative_email"), null, null),
                rs.getString("representative_relationship"), (Long) rs.getObject("assigned_to", Long.class),
                rs.getObject("closed_on", LocalDate.class), rs.getInt("version"), List.of());
    }

    private static Stage mapStage(ResultSet rs) throws SQLException {
        Stage s = new Stage(rs.getLong("id"), rs.getInt("stage_number"), rs.getObject("received_on", LocalDate.class),
                rs.getObject("acknowledgement_due", LocalDate.class), rs.getObject("response_due", LocalDate.class),
                rs.getObject("original_response_due", LocalDate.class), rs.getInt("suspended_working_days"),
                rs.getString("escalation_reason"));
        s.acknowledgedOn = rs.getObject("acknowledged_on", LocalDate.class);
        s.extensionReason = rs.getString("extension_reason");
        s.agreedResponseOn = rs.getObject("agreed_response_on", LocalDate.class);
        s.respondedOn = rs.getObject("responded_on", LocalDate.class);
        s.outcome = rs.getString("outcome") == null ? null : Outcome.fromKey(rs.getString("outcome"));
        s.responseSummary = rs.getString("response_summary");
        s.delayReason = rs.getString("delay_reason");
        s.handlerId = (Long) rs.getObject("handler_id", Long.class);
        return s;
    }
}
