package org.redress.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.redress.calendar.Calendars;
import org.redress.organisation.Scope;
import org.redress.organisation.StaffUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The lists staff work from: their own cases, their service's, what is due soon, what is late; and search. */
@Component
public class WorkQueue {

    public static final int PAGE_SIZE = 25;

    /** Which cases a queue shows. */
    public enum View {
        MINE("Assigned to me"),
        SCOPE("All open"),
        DUE_SOON("Due within 5 working days"),
        OVERDUE("Overdue"),
        UNASSIGNED("Unassigned");

        private final String label;

        View(String label) { this.label = label; }

        public String label() { return label; }

        public String key() { return name().toLowerCase(Locale.ROOT).replace('_', '-'); }

        public static View fromKey(String key) {
            for (View v : values()) {
                if (v.key().equalsIgnoreCase(key)) {
                    return v;
                }
            }
            return MINE;
        }
    }

    /** Optional narrowing of a queue. */
    public record Filter(FeedbackType type, CaseStatus status, Long serviceId) {
        public static final Filter NONE = new Filter(null, null, null);
    }

    /** One page of results, with the total so the page can offer the next. */
    public record Page(List<CaseSummary> rows, long total, int page) {
        public int pages() { return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE); }
        public boolean hasNext() { return page < pages(); }
        public boolean hasPrevious() { return page > 1; }
    }

    private static final String SELECT = """
            select c.id, c.reference, c.feedback_type, c.status, c.received_on, c.customer_name,
                   d.name as directorate_name, s.name as service_name, c.current_stage, st.response_due,
                   a.display_name as assigned_name
            from feedback_case c
            join case_stage st on st.case_id = c.id and st.stage_number = c.current_stage
            join service s on s.id = c.service_id
            join directorate d on d.id = c.directorate_id
            left join staff a on a.id = c.assigned_to
            """;

    private static final String OPEN = "c.status in ('received', 'acknowledged', 'under_investigation')";

    private final JdbcClient db;
    private final Calendars calendars;
    private final Clock clock;

    WorkQueue(JdbcClient db, Calendars calendars, Clock clock) {
        this.db = db;
        this.calendars = calendars;
        this.clock = clock;
    }

    public Page queue(StaffUser user, View view, Filter filter, int page) {
        LocalDate today = LocalDate.now(clock);
        Where where = scoped(user);
        switch (view) {
            case MINE -> where.and("c.assigned_to = ?", user.staffId()).and(OPEN);
            case SCOPE -> where.and(OPEN);
            case UNASSIGNED -> where.and("c.assigned_to is null").and(OPEN);
            case DUE_SOON -> where.and(OPEN).and("st.response_due >= ?", today)
                    .and("st.response_due <= ?", calendars.forAuthority(user.authorityId()).addWorkingDays(today, 5));
            case OVERDUE -> where.and(OPEN).and("st.response_due < ?", today);
        }
        if (filter.type() != null) {
            where.and("c.feedback_type = ?", filter.type().key());
        }
        if (filter.status() != null) {
            where.and("c.status = ?", filter.status().key());
        }
        if (filter.serviceId() != null) {
            where.and("c.service_id = ?", filter.serviceId());
        }
        return fetch(where, "st.response_due, c.id", page);
    }

    /** By reference, customer name, or words in the description; newest first. */
    public Page search(StaffUser user, String query, int page) {
        Where where = scoped(user);
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            return new Page(List.of(), 0, 1);
        }
        String like = "%" + q.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        where.and("(c.reference = ? or lower(c.customer_name) like ? escape '\\' or lower(c.description) like ? escape '\\')",
                q.toUpperCase(Locale.ROOT), like, like);
        return fetch(where, "c.received_on desc, c.id desc", page);
    }

    private Page fetch(Where where, String order, int page) {
        int p = Math.max(1, page);
        long total = db.sql("select count(*) from feedback_case c "
                        + "join case_stage st on st.case_id = c.id and st.stage_number = c.current_stage where " + where.sql)
                .params(where.params).query(Long.class).single();
        List<Object> params = new ArrayList<>(where.params);
        params.add(PAGE_SIZE);
        params.add((long) (p - 1) * PAGE_SIZE);
        List<CaseSummary> rows = db.sql(SELECT + " where " + where.sql + " order by " + order + " limit ? offset ?")
                .params(params)
                .query((rs, n) -> new CaseSummary(rs.getLong("id"), rs.getString("reference"),
                        FeedbackType.fromKey(rs.getString("feedback_type")), CaseStatus.fromKey(rs.getString("status")),
                        rs.getObject("received_on", LocalDate.class), rs.getString("customer_name"),
                        rs.getString("directorate_name"), rs.getString("service_name"), rs.getInt("current_stage"),
                        rs.getObject("response_due", LocalDate.class), rs.getString("assigned_name")))
                .list();
        return new Page(rows, total, p);
    }

    /** The caller's council and, for officers, their directorate or service: enforced in SQL, not after. */
    private static Where scoped(StaffUser user) {
        Where where = new Where("c.authority_id = ?", user.authorityId());
        Scope scope = user.caseScope();
        switch (scope.kind()) {
            case DIRECTORATE -> where.and("c.directorate_id = ?", scope.directorateId());
            case SERVICE -> where.and("c.service_id = ?", scope.serviceId());
            case WHOLE_COUNCIL -> { }
        }
        return where;
    }

    private static final class Where {
        private String sql;
        private final List<Object> params = new ArrayList<>();

        Where(String sql, Object... params) {
            this.sql = sql;
            this.params.addAll(List.of(params));
        }

        Where and(String condition, Object... values) {
            sql += " and " + condition;
            params.addAll(List.of(values));
            return this;
        }
    }
}
