package org.redress.ombudsman;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The Ombudsman's recommendations a council has still to carry out, for reminders. */
@Component
public class RecommendationsDue {

    /** A recommendation not yet done, with the Ombudsman case it belongs to. */
    public record RecommendationDue(long recommendationId, long ombudsmanCaseId, String ombudsmanReference,
            RecommendationType type, String description, LocalDate dueOn) {
    }

    private final JdbcClient db;

    RecommendationsDue(JdbcClient db) {
        this.db = db;
    }

    /** Recommendations not yet done that are due on or before the date (overdue ones included), soonest first. */
    public List<RecommendationDue> notDoneBy(long authorityId, LocalDate dueBy) {
        return db.sql("""
                select r.id, c.id, c.ombudsman_reference, r.recommendation_type, r.description, r.due_on
                from ombudsman_recommendation r join ombudsman_case c on c.id = r.ombudsman_case_id
                where r.authority_id = ? and r.done_on is null and r.due_on <= ?
                order by r.due_on, c.ombudsman_reference, r.id""")
                .params(authorityId, dueBy)
                .query((rs, n) -> new RecommendationDue(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        RecommendationType.valueOf(rs.getString(4).toUpperCase()), rs.getString(5),
                        rs.getObject(6, LocalDate.class)))
                .list();
    }
}
