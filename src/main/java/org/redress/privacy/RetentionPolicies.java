package org.redress.privacy;

import java.util.EnumMap;
import java.util.Map;

import org.redress.casework.FeedbackType;
import org.redress.platform.InvalidInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Each council's retention period per type of feedback: {@value RetentionPeriod#DEFAULT_YEARS} years unless changed. */
@Component
public class RetentionPolicies {

    private final JdbcClient db;

    RetentionPolicies(JdbcClient db) {
        this.db = db;
    }

    /** Years kept after closure, for every type, in the order of {@link FeedbackType}. */
    public Map<FeedbackType, Integer> years(long authorityId) {
        Map<FeedbackType, Integer> years = new EnumMap<>(FeedbackType.class);
        for (FeedbackType type : FeedbackType.values()) {
            years.put(type, RetentionPeriod.DEFAULT_YEARS);
        }
        db.sql("select feedback_type, years from retention_policy where authority_id = ?").param(authorityId)
                .query((rs, n) -> years.put(FeedbackType.fromKey(rs.getString("feedback_type")), rs.getInt("years")))
                .list();
        return years;
    }

    RetentionPeriod period(long authorityId, FeedbackType type) {
        return new RetentionPeriod(years(authorityId).get(type));
    }

    /** Saves the periods given; all or none (a bad one is named by its type's key). */
    @Transactional
    public void save(long authorityId, Map<FeedbackType, Integer> years) {
        for (Map.Entry<FeedbackType, Integer> e : years.entrySet()) {
            Integer y = e.getValue();
            if (y == null || y < 1 || y > RetentionPeriod.MAX_YEARS) {
                throw new InvalidInput(e.getKey().key(), e.getKey().label() + ": enter the years kept after closure, a whole number from 1 to "
                        + RetentionPeriod.MAX_YEARS);
            }
        }
        for (Map.Entry<FeedbackType, Integer> e : years.entrySet()) {
            int updated = db.sql("""
                    update retention_policy set years = ?, updated_at = current_timestamp
                    where authority_id = ? and feedback_type = ?""")
                    .params(e.getValue(), authorityId, e.getKey().key()).update();
            if (updated == 0) {
                db.sql("insert into retention_policy (authority_id, feedback_type, years) values (?, ?, ?)")
                        .params(authorityId, e.getKey().key(), e.getValue()).update();
            }
        }
    }
}
