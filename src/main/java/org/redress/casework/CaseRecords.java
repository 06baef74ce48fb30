package org.redress.casework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.redress.platform.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The parts of a case kept beside the aggregate: reasons, tags, links, remedy actions and payments. */
@Repository
class CaseRecords {

    private final JdbcClient db;

    CaseRecords(JdbcClient db) {
        this.db = db;
    }

    void setReasons(FeedbackCase c, List<String> keys) {
        db.sql("delete from case_reason where case_id = ?").param(c.id).update();
        addReasons(c, keys);
    }

    /**
     * Gives reasons to a case that has none yet, such as one just logged: there is nothing to clear. Each reason row
     * carries the case's type, directorate and date received, for the report to count by (V19).
     */
    void addReasons(FeedbackCase c, List<String> keys) {
        for (String key : keys.stream().distinct().toList()) {
            db.sql("""
                    insert into case_reason (case_id, authority_id, reason_key, case_feedback_type, case_directorate_id,
                        case_received_on)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(c.id, c.authorityId, key, c.type.key(), c.directorateId, c.receivedOn).update();
        }
    }

    List<String> reasons(long caseId) {
        return db.sql("select reason_key from case_reason where case_id = ? order by reason_key").param(caseId)
                .query(String.class).list();
    }

    void setTags(long authorityId, long caseId, List<String> labels) {
        db.sql("delete from case_tag where case_id = ?").param(caseId).update();
        addTags(authorityId, caseId, labels);
    }

    /**
     * Gives tags to a case that has none yet, such as one just logged (or just cleared). Labels that differ only in
     * case are one tag, under the first of them, so each tag is added once.
     */
    void addTags(long authorityId, long caseId, List<String> labels) {
        Map<String, String> byKey = new LinkedHashMap<>();
        labels.stream().map(String::strip).filter(s -> !s.isEmpty())
                .forEach(label -> byKey.putIfAbsent(label.toLowerCase(Locale.ROOT), label));
        byKey.forEach((key, label) -> {
            Long tagId = db.sql("select id from tag where authority_id = ? and tag_key = ?").params(authorityId, key)
                    .query(Long.class).optional()
                    .orElseGet(() -> Rows.insert(db.sql("insert into tag (authority_id, tag_key, label) values (?, ?, ?)")
                            .params(authorityId, key, label)));
            db.sql("insert into case_tag (case_id, tag_id, authority_id) values (?, ?, ?)")
                    .params(caseId, tagId, authorityId).update();
        });
    }

    List<String> tags(long caseId) {
        return db.sql("select t.label from case_tag ct join tag t on t.id = ct.tag_id where ct.case_id = ? order by t.label")
                .param(caseId).query(String.class).list();
    }

    void link(long authorityId, long caseId, long otherId) {
        for (long[] pair : new long[][] {{caseId, otherId}, {otherId, caseId}}) {
            if (db.sql("select count(*) from case_link where case_id = ? and linked_case_id = ?")
                    .params(pair[0], pair[1]).query(Long.class).single() == 0) {
                db.sql("insert into case_link (case_id, linked_case_id, authority_id) values (?, ?, ?)")
                        .params(pair[0], pair[1], authorityId).update();
            }
        }
    }

    List<String> linkedReferences(long caseId) {
        return db.sql("select c.reference from case_link l join feedback_case c on c.id = l.linked_case_id "
                + "where l.case_id = ? order by c.reference").param(caseId).query(String.class).list();
    }

    long addRemedy(long authorityId, long caseId, int stage, RemedyKind kind, String description, boolean followUp,
            LocalDate dueOn, LocalDate completedOn) {
        return Rows.insert(db.sql("""
                insert into remedy_action (authority_id, case_id, stage_number, action_kind, description, follow_up,
                                           due_on, completed_on)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(authorityId, caseId, stage, kind.key(), description, followUp, dueOn, completedOn));
    }

    int completeRemedy(long caseId, long remedyId, LocalDate on) {
        return db.sql("update remedy_action set completed_on = ?, version = version + 1 "
                + "where id = ? and case_id = ? and completed_on is null").params(on, remedyId, caseId).update();
    }

    /** Whether a follow-up remedy action on the case is still to be done. */
    boolean hasOutstandingRemedy(long caseId) {
        return db.sql("select count(*) from remedy_action where case_id = ? and follow_up = true and completed_on is null")
                .param(caseId).query(Long.class).single() > 0;
    }

    List<RemedyAction> remedies(long caseId) {
        return db.sql("select * from remedy_action where case_id = ? order by id").param(caseId)
                .query((rs, n) -> new RemedyAction(rs.getLong("id"), rs.getInt("stage_number"),
                        RemedyKind.fromKey(rs.getString("action_kind")), rs.getString("description"),
                        rs.getBoolean("follow_up"), rs.getObject("due_on", LocalDate.class),
                        rs.getObject("completed_on", LocalDate.class)))
                .list();
    }

    long addPayment(long authorityId, long caseId, PaymentKind kind, BigDecimal amount, LocalDate paidOn,
            long directorateId, PaymentSource source, String note) {
        return Rows.insert(db.sql("""
                insert into payment (authority_id, case_id, payment_kind, amount, paid_on, directorate_id, source, note)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(authorityId, caseId, kind.key(), amount, paidOn, directorateId, source.key(), note));
    }

    List<Payment> payments(long caseId) {
        return db.sql("select * from payment where case_id = ? order by paid_on, id").param(caseId)
                .query((rs, n) -> new Payment(rs.getLong("id"), PaymentKind.fromKey(rs.getString("payment_kind")),
                        rs.getBigDecimal("amount"), rs.getObject("paid_on", LocalDate.class),
                        rs.getLong("directorate_id"), PaymentSource.fromKey(rs.getString("source")),
                        rs.getString("note")))
                .list();
    }
}
