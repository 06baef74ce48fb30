package org.redress.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.redress.calendar.Calendars;
import org.redress.organisation.Scope;
import org.redress.organisation.StaffUser;
import org.redress.platform.InvalidInput;
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

    /**
     * Where a page starts. Next and previous go by the sort key and id of the last (first) row shown, so a page
     * deep in a long queue costs what the first one does and a case logged meanwhile neither repeats nor goes
     * missing. A bare page number (an old link, or the API asked for page N) still jumps there by offset.
     */
    public record Position(int page, Cursor after, Cursor before) {
        public static final Position FIRST = new Position(1, null, null);

        public Position {
            page = Math.max(1, page);
        }

        /** From request parameters; a cursor that does not parse is refused, naming the parameter. */
        public static Position of(int page, String after, String before) {
            return new Position(page, Cursor.parse(after, "after"), Cursor.parse(before, "before"));
        }
    }

    /** The sort key (a date) and id of a row: the edge of a page. Written as {@code 2021-02-01.1234}. */
    public record Cursor(LocalDate key, long id) {
        static Cursor parse(String text, String field) {
            if (text == null || text.isBlank()) {
                return null;
            }
            int dot = text.indexOf('.');
            try {
                return new Cursor(LocalDate.parse(text.substring(0, dot)), Long.parseLong(text.substring(dot + 1)));
            } catch (RuntimeException e) {
                throw new InvalidInput(field, "Give " + field + " as it came in a page link, like 2021-02-01.1234");
            }
        }

        @Override
        public String toString() { return key + "." + id; }
    }

    /** Lists are counted up to this many; past it, the page says "more than 1,000 cases". */
    public static final int COUNT_LIMIT = 1_000;

    /**
     * One page of results, with the total so the page can say how many, and where the pages either side start.
     * When {@code totalIsLowerBound}, counting stopped at {@code total} ({@value #COUNT_LIMIT}) and there are more;
     * {@link #pages()} is then a lower bound too. Paging goes by cursor, so it needs no total.
     */
    public record Page(List<CaseSummary> rows, long total, boolean totalIsLowerBound, Position at, Cursor next,
            Cursor previous) {
        public int page() { return at.page(); }
        public int pages() { return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE); }
        public boolean hasNext() { return next != null; }
        public boolean hasPrevious() { return previous != null; }

        /** Query string values for the page links: the page number, then the cursor it starts from. */
        public String nextLink() { return (page() + 1) + "&after=" + next; }
        public String previousLink() { return (page() - 1) + "&before=" + previous; }
        public String currentLink() {
            return page() + (at.after() != null ? "&after=" + at.after() : at.before() != null ? "&before=" + at.before() : "");
        }
    }

    /** How a list is ordered: by a date column of feedback_case, then by id, both the same way. */
    private record Sort(String key, boolean descending) {
        String order(boolean reversed) {
            String dir = descending != reversed ? " desc" : "";
            return key + dir + ", c.id" + dir;
        }

        /**
         * Rows beyond the cursor in the order asked for: a row comparison, which PostgreSQL takes as where to start
         * reading the index (with "key > ? or (key = ? and id > ?)" it read every open case after the cursor).
         */
        String beyond(boolean reversed) {
            String op = descending != reversed ? "<" : ">";
            return "(" + key + ", c.id) " + op + " (?, ?)";
        }
    }

    /**
     * Open cases by their current stage's response due date, kept on the case while it is open (V17), so the
     * page is read in order from one index and the read stops after it, however many cases are open.
     */
    private static final Sort BY_DUE_DATE = new Sort("c.open_response_due", false);
    private static final Sort NEWEST_FIRST = new Sort("c.received_on", true);

    /**
     * The rows of a page, given the page's ids from {@link #PAGE_IDS}: the ids are found first, from indexes only
     * (V13, V17), and only the page's own rows are read in full, not every open case's. The due date shown is the
     * current stage's own; the sort key comes back too, for the cursors.
     */
    private static final String SELECT = """
            select c.id, c.reference, c.feedback_type, c.status, c.received_on, c.customer_name,
                   d.name as directorate_name, s.name as service_name, c.current_stage, st.response_due,
                   a.display_name as assigned_name, %s as sort_key
            from (%s) page
            join feedback_case c on c.id = page.id
            join case_stage st on st.case_id = c.id and st.stage_number = c.current_stage
            join service s on s.id = c.service_id
            join directorate d on d.id = c.directorate_id
            left join staff a on a.id = c.assigned_to
            """;

    private static final String PAGE_IDS = "select c.id from feedback_case c where ";

    /** Open: received, acknowledged or under investigation ({@link CaseStatus#isOpen()}), by V17's column. */
    private static final String OPEN = "c.open_response_due is not null";

    private final JdbcClient db;
    private final Calendars calendars;
    private final Clock clock;

    WorkQueue(JdbcClient db, Calendars calendars, Clock clock) {
        this.db = db;
        this.calendars = calendars;
        this.clock = clock;
    }

    public Page queue(StaffUser user, View view, Filter filter, Position at) {
        LocalDate today = LocalDate.now(clock);
        Where where = scoped(user);
        switch (view) {
            case MINE -> where.and("c.assigned_to = ?", user.staffId()).and(OPEN);
            case SCOPE -> where.and(OPEN);
            case UNASSIGNED -> where.and("c.assigned_to is null").and(OPEN);
            case DUE_SOON -> where.and("c.open_response_due >= ?", today).and("c.open_response_due <= ?",
                    calendars.forAuthority(user.authorityId()).addWorkingDays(today, 5));
            case OVERDUE -> where.and("c.open_response_due < ?", today);
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
        return fetch(where, BY_DUE_DATE, at);
    }

    /** By reference, customer name, or words in the description; newest first. */
    public Page search(StaffUser user, String query, Position at) {
        Where where = scoped(user);
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            return new Page(List.of(), 0, false, Position.FIRST, null, null);
        }
        String like = "%" + q.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        where.and("(c.reference = ? or lower(c.customer_name) like ? escape '\\' or lower(c.description) like ? escape '\\')",
                q.toUpperCase(Locale.ROOT), like, like);
        return fetch(where, NEWEST_FIRST, at);
    }

    private Page fetch(Where where, Sort sort, Position at) {
        // Counting stops one past the limit: a common word matches one case in eight (125,000 at a million cases) and
        // a council's open cases can be 20,000, and reading every one of them for the total cost more than the page.
        List<Object> countParams = new ArrayList<>(where.params);
        countParams.add(COUNT_LIMIT + 1);
        long counted = db.sql("select count(*) from (select 1 from feedback_case c where " + where.sql + " limit ?) m")
                .params(countParams).query(Long.class).single();
        boolean totalIsLowerBound = counted > COUNT_LIMIT;
        long total = totalIsLowerBound ? COUNT_LIMIT : counted;
        // Going back reads the rows before the cursor in reverse order, then turns them round.
        boolean backward = at.after() == null && at.before() != null;
        Cursor edge = backward ? at.before() : at.after();
        StringBuilder ids = new StringBuilder(PAGE_IDS).append(where.sql);
        List<Object> params = new ArrayList<>(where.params);
        if (edge != null) {
            ids.append(" and ").append(sort.beyond(backward));
            params.addAll(List.of(edge.key(), edge.id()));
        }
        // One row more than a page says whether there is another page that way.
        ids.append(" order by ").append(sort.order(backward)).append(" limit ?");
        params.add(PAGE_SIZE + 1);
        boolean jumped = edge == null && at.page() > 1;
        if (jumped) {
            ids.append(" offset ?");
            params.add((long) (at.page() - 1) * PAGE_SIZE);
        }
        String sql = SELECT.formatted(sort.key(), ids) + " order by " + sort.order(backward);
        List<Row> rows = new ArrayList<>(db.sql(sql).params(params)
                .query((rs, n) -> new Row(new CaseSummary(rs.getLong("id"), rs.getString("reference"),
                        FeedbackType.fromKey(rs.getString("feedback_type")), CaseStatus.fromKey(rs.getString("status")),
                        rs.getObject("received_on", LocalDate.class), rs.getString("customer_name"),
                        rs.getString("directorate_name"), rs.getString("service_name"), rs.getInt("current_stage"),
                        rs.getObject("response_due", LocalDate.class), rs.getString("assigned_name")),
                        rs.getObject("sort_key", LocalDate.class)))
                .list());
        boolean more = rows.size() > PAGE_SIZE;
        if (more) {
            rows.remove(PAGE_SIZE);
        }
        if (backward) {
            Collections.reverse(rows);
        }
        List<CaseSummary> shownRows = rows.stream().map(Row::summary).toList();
        if (rows.isEmpty()) {
            return new Page(shownRows, total, totalIsLowerBound, at, null, null);
        }
        boolean hasNext = backward || more;
        boolean hasPrevious = backward ? more : edge != null || jumped;
        Position shown = backward && !more ? new Position(1, null, null) : at;
        return new Page(shownRows, total, totalIsLowerBound, shown, hasNext ? rows.get(rows.size() - 1).cursor() : null,
                hasPrevious ? rows.get(0).cursor() : null);
    }

    /** A row of a page and its sort key, which its cursor is made of. */
    private record Row(CaseSummary summary, LocalDate key) {
        Cursor cursor() {
            return new Cursor(key, summary.id());
        }
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
