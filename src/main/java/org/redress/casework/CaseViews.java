package org.redress.casework;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.redress.organisation.StaffUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Who looked at which case, when, and through what: every staff view of a case page or a case API read. */
@Component
public class CaseViews {

    /** What was read. */
    public enum What {
        CASE_PAGE("case page"), API_CASE("API: case"), API_EVENTS("API: timeline");

        private final String label;

        What(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record View(String staffName, Instant viewedAt, String what) {
    }

    private final JdbcClient db;
    private final Clock clock;

    CaseViews(JdbcClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    void record(StaffUser user, FeedbackCase c, What what) {
        db.sql("insert into case_view (authority_id, case_id, staff_id, viewed_at, what) values (?, ?, ?, ?, ?)")
                .params(user.authorityId(), c.id(), user.staffId(), Timestamp.from(clock.instant()), what.label())
                .update();
    }

    /** The most recent views first; a busy case is cut at {@code limit}. */
    public List<View> of(long authorityId, long caseId, int limit) {
        return db.sql("""
                select s.display_name, v.viewed_at, v.what from case_view v join staff s on s.id = v.staff_id
                where v.authority_id = ? and v.case_id = ? order by v.viewed_at desc, v.id desc limit ?""")
                .params(authorityId, caseId, limit)
                .query((rs, n) -> new View(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3)))
                .list();
    }
}
