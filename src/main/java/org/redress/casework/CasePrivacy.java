package org.redress.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the privacy module may do to cases: find those whose retention period may have ended, remove their personal
 * data, find the cases held about a person, and write privacy steps (holds, exports) into the case's event log.
 * Everything a report counts (type, channel, dates, service, stages' dates and outcomes, reasons, tags, remedy kinds,
 * payment amounts) stays.
 */
@Component
public class CasePrivacy {

    private final JdbcClient db;
    private final CaseEvents events;

    CasePrivacy(JdbcClient db, CaseEvents events) {
        this.db = db;
        this.events = events;
    }

    /** A finished case: closed or withdrawn on {@code closedOn}. */
    public record ClosedCase(long id, String reference, FeedbackType type, LocalDate closedOn) {
    }

    /** A case held about a person, as a subject-access search lists it. */
    public record PersonMatch(long id, String reference, FeedbackType type, CaseStatus status, LocalDate receivedOn,
            String customerName, String customerEmail, String customerPhone, String representativeName,
            String representativeEmail) {
    }

    /** Closed or withdrawn cases closed on or before {@code date} whose personal data is still there, oldest first. */
    public List<ClosedCase> closedOnOrBefore(long authorityId, LocalDate date) {
        return db.sql("""
                select c.id, c.reference, c.feedback_type, c.closed_on from feedback_case c
                where c.authority_id = ? and c.closed_on is not null and c.closed_on <= ?
                  and c.status in ('closed', 'withdrawn')
                  and not exists (select 1 from case_event e where e.case_id = c.id and e.action = 'anonymised')
                order by c.closed_on, c.id""")
                .params(authorityId, date)
                .query((rs, n) -> new ClosedCase(rs.getLong("id"), rs.getString("reference"),
                        FeedbackType.fromKey(rs.getString("feedback_type")), rs.getObject("closed_on", LocalDate.class)))
                .list();
    }

    /**
     * Removes the case's personal data: names, contact details and the relationship go; every free text (what the
     * customer said and wants, responses, reasons for extensions, escalations and withdrawals, remedy and payment
     * notes, notes on the timeline) becomes {@code marker}. Records one event saying so.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void anonymise(long authorityId, long caseId, String marker) {
        db.sql("""
                update feedback_case set customer_name = null, customer_email = null, customer_phone = null,
                    customer_address = null, representative_name = null, representative_email = null,
                    representative_relationship = null, description = ?,
                    desired_outcome = case when desired_outcome is null then null else ? end,
                    updated_at = current_timestamp, version = version + 1
                where id = ? and authority_id = ?""")
                .params(marker, marker, caseId, authorityId).update();
        db.sql("""
                update case_stage set
                    response_summary = case when response_summary is null then null else ? end,
                    extension_reason = case when extension_reason is null then null else ? end,
                    escalation_reason = case when escalation_reason is null then null else ? end
                where case_id = ?""")
                .params(marker, marker, marker, caseId).update();
        db.sql("update remedy_action set description = ? where case_id = ? and description is not null")
                .params(marker, caseId).update();
        db.sql("update payment set note = ? where case_id = ? and note is not null").params(marker, caseId).update();
        // The event log is otherwise never changed; the law on retention outranks that rule for the free text it
        // holds. What happened and when stays; what people wrote goes.
        db.sql("update case_event set details = null where case_id = ?").param(caseId).update();
        db.sql("update case_event set words = ? where case_id = ? and words is not null").params(marker, caseId).update();
        db.sql("update case_event set summary = ? where case_id = ? and action in (?, ?, ?, ?)")
                .params(marker, caseId, key(CaseAction.NOTE_ADDED), key(CaseAction.WITHDRAWN),
                        key(CaseAction.EXTENDED), key(CaseAction.ESCALATED))
                .update();
        events.append(authorityId, caseId, CaseEvents.Actor.SYSTEM, List.of(new FeedbackCase.PendingEvent(
                CaseAction.ANONYMISED, null, null, null, marker, Map.of())));
    }

    /** Writes a privacy step (a legal hold placed or lifted, a subject-access export) into the case's event log. */
    public void record(long authorityId, long caseId, Long staffId, String actorName, CaseAction action,
            String summary) {
        events.append(authorityId, caseId, new CaseEvents.Actor(staffId, actorName), List.of(
                new FeedbackCase.PendingEvent(action, null, null, null, summary, Map.of())));
    }

    /**
     * Cases that name the person as customer or representative: an email address matched exactly, a name matched
     * anywhere in the name, a phone number matched on its digits; each ignoring case. Blank criteria are left out;
     * with none, nothing is found.
     */
    public List<PersonMatch> findPerson(long authorityId, String email, String name, String phone) {
        List<String> clauses = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        params.add(authorityId);
        if (!blank(email)) {
            String e = email.strip().toLowerCase(Locale.ROOT);
            clauses.add("lower(c.customer_email) = ? or lower(c.representative_email) = ?");
            params.add(e);
            params.add(e);
        }
        if (!blank(name)) {
            String like = "%" + name.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%";
            clauses.add("lower(c.customer_name) like ? escape '\\' or lower(c.representative_name) like ? escape '\\'");
            params.add(like);
            params.add(like);
        }
        String digits = phone == null ? "" : phone.replaceAll("[^0-9]", "");
        if (digits.length() >= 6) {
            clauses.add("replace(replace(replace(replace(replace(c.customer_phone, ' ', ''), '-', ''), '(', ''), ')', ''), '+', '') like ?");
            // +44 7700 900123 and 07700 900123 are the same number
            params.add("%" + (digits.startsWith("44") ? digits.substring(2) : digits.startsWith("0") ? digits.substring(1) : digits));
        }
        if (clauses.isEmpty()) {
            return List.of();
        }
        return db.sql("select * from feedback_case c where c.authority_id = ? and ((" + String.join(") or (", clauses)
                        + ")) order by c.received_on desc, c.id desc")
                .params(params)
                .query((rs, n) -> new PersonMatch(rs.getLong("id"), rs.getString("reference"),
                        FeedbackType.fromKey(rs.getString("feedback_type")), CaseStatus.fromKey(rs.getString("status")),
                        rs.getObject("received_on", LocalDate.class), rs.getString("customer_name"),
                        rs.getString("customer_email"), rs.getString("customer_phone"),
                        rs.getString("representative_name"), rs.getString("representative_email")))
                .list();
    }

    private static String key(CaseAction action) {
        return action.name().toLowerCase(Locale.ROOT);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
