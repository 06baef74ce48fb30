package org.redress.casework;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.redress.organisation.AuthorityCreated;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The council's lists of complaint reasons and delay reasons. Reasons retired when the taxonomy changed
 * (docs/rules.md §6: "service failure" became "issues with service" in 2020) stay valid for old records but are not
 * offered.
 */
@Component
public class Taxonomy {

    /** docs/rules.md §6, reasons: key, name, parent, retired. */
    private static final List<ComplaintReason> DEFAULT_REASONS = List.of(
            new ComplaintReason("communications_or_information", "Communications or information", null, false),
            new ComplaintReason("equalities_and_regulatory", "Equalities and regulatory", null, false),
            new ComplaintReason("issues_with_service", "Issues with service", null, false),
            sub("cancellation_or_withdrawal_of_service", "Cancellation or withdrawal of service"),
            sub("closure_of_facility_prevented_delivery", "Closure of facility prevented delivery"),
            sub("delay_in_doing_something", "Delay in doing something"),
            sub("failure_to_do_something", "Failure to do something"),
            sub("quality_of_service_delivered", "Quality of service delivered"),
            sub("quality_of_service_provided_by_a_third_party", "Quality of service provided by a third party"),
            new ComplaintReason("impact_of_major_incident", "Impact of major incident", null, false),
            new ComplaintReason("not_for_the_council", "Not for the council", null, false),
            new ComplaintReason("policy_and_procedure", "Policy and procedure", null, false),
            new ComplaintReason("staff_conduct", "Staff conduct", null, false),
            new ComplaintReason("value_for_money", "Value for money", null, false),
            new ComplaintReason("service_failure", "Service failure", null, true),
            new ComplaintReason("service_quality", "Service quality", null, true));

    private static final List<DelayReason> DEFAULT_DELAY_REASONS = List.of(
            new DelayReason("complex_case", "Complex case", true),
            new DelayReason("workload", "Workload", true),
            new DelayReason("sign_off_delay", "Sign-off delay", true),
            new DelayReason("staff_absent_or_unavailable", "Staff absent or unavailable", true),
            new DelayReason("more_information_required_from_customer", "More information required from customer", true));

    private final JdbcClient db;

    Taxonomy(JdbcClient db) {
        this.db = db;
    }

    private static ComplaintReason sub(String key, String name) {
        return new ComplaintReason("issues_with_service/" + key, name, "issues_with_service", false);
    }

    /** A new council starts with the taxonomy of docs/rules.md §6 and §7 (in the creating transaction). */
    @EventListener
    void on(AuthorityCreated created) {
        int position = 0;
        for (ComplaintReason r : DEFAULT_REASONS) {
            db.sql("""
                    insert into complaint_reason (authority_id, reason_key, name, parent_key, retired, position)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(created.authorityId(), r.key(), r.name(), r.parentKey(), r.retired(), position++).update();
        }
        position = 0;
        for (DelayReason d : DEFAULT_DELAY_REASONS) {
            db.sql("insert into delay_reason (authority_id, reason_key, name, active, position) values (?, ?, ?, ?, ?)")
                    .params(created.authorityId(), d.key(), d.name(), d.active(), position++).update();
        }
    }

    public List<ComplaintReason> reasons(long authorityId) {
        return db.sql("select * from complaint_reason where authority_id = ? order by position, name")
                .param(authorityId)
                .query((rs, n) -> new ComplaintReason(rs.getString("reason_key"), rs.getString("name"),
                        rs.getString("parent_key"), rs.getBoolean("retired")))
                .list();
    }

    /** Key to display name ("Issues with service: delay in doing something"), retired ones included. */
    public Map<String, String> reasonNames(long authorityId) {
        List<ComplaintReason> all = reasons(authorityId);
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String> plain = new LinkedHashMap<>();
        all.forEach(r -> plain.put(r.key(), r.name()));
        all.forEach(r -> names.put(r.key(), r.fullName(plain.get(r.parentKey())) + (r.retired() ? " (retired)" : "")));
        return names;
    }

    /** What a new case may be given: reasons not retired. */
    public Map<String, String> offeredReasons(long authorityId) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String> plain = new LinkedHashMap<>();
        List<ComplaintReason> all = reasons(authorityId);
        all.forEach(r -> plain.put(r.key(), r.name()));
        all.stream().filter(r -> !r.retired()).forEach(r -> names.put(r.key(), r.fullName(plain.get(r.parentKey()))));
        return names;
    }

    public List<DelayReason> delayReasons(long authorityId) {
        return db.sql("select * from delay_reason where authority_id = ? order by position, name")
                .param(authorityId)
                .query((rs, n) -> new DelayReason(rs.getString("reason_key"), rs.getString("name"), rs.getBoolean("active")))
                .list();
    }

    /** Keys that are not in the council's taxonomy (retired ones are allowed: imports carry old records). */
    List<String> unknownReasons(long authorityId, List<String> keys) {
        Map<String, String> known = reasonNames(authorityId);
        List<String> unknown = new ArrayList<>();
        for (String key : keys) {
            if (!known.containsKey(key)) {
                unknown.add(key);
            }
        }
        return unknown;
    }

    boolean isDelayReason(long authorityId, String key) {
        return delayReasons(authorityId).stream().anyMatch(d -> d.key().equals(key));
    }

    public void addDelayReason(long authorityId, String key, String name) {
        int next = db.sql("select coalesce(max(position), 0) + 1 from delay_reason where authority_id = ?")
                .param(authorityId).query(Integer.class).single();
        db.sql("insert into delay_reason (authority_id, reason_key, name, active, position) values (?, ?, ?, true, ?)")
                .params(authorityId, key, name, next).update();
    }
}
