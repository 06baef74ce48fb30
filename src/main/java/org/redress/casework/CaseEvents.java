package org.redress.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The only writer of {@code case_event}: the case timeline and the audit trail. Rows are appended, never updated
 * or deleted.
 */
@Component
class CaseEvents {

    private final JdbcClient db;
    private final JsonMapper json;
    private final Clock clock;

    CaseEvents(JdbcClient db, JsonMapper json, Clock clock) {
        this.db = db;
        this.json = json;
        this.clock = clock;
    }

    /** Who did something: a member of staff, or (staffId null) the public or the system. */
    record Actor(Long staffId, String name) {
        static final Actor SYSTEM = new Actor(null, "Redress");
    }

    void append(long authorityId, long caseId, Actor actor, List<FeedbackCase.PendingEvent> events) {
        Instant now = clock.instant();
        for (FeedbackCase.PendingEvent event : events) {
            db.sql("""
                    insert into case_event (authority_id, case_id, occurred_at, staff_id, actor, action, from_status,
                                            to_status, stage_number, summary, details, words)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(authorityId, caseId, OffsetDateTime.ofInstant(now, ZoneOffset.UTC), actor.staffId(),
                            actor.name(), event.action().name().toLowerCase(),
                            event.from() == null ? null : event.from().key(),
                            event.to() == null ? null : event.to().key(),
                            event.stageNumber(), truncate(event.summary(), 2000),
                            event.details() == null || event.details().isEmpty() ? null : json.writeValueAsString(event.details()),
                            event.words())
                    .update();
        }
    }

    List<CaseEvent> timeline(long caseId) {
        return db.sql("select * from case_event where case_id = ? order by occurred_at desc, id desc")
                .param(caseId)
                .query((rs, n) -> new CaseEvent(rs.getLong("id"),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                        (Long) rs.getObject("staff_id", Long.class), rs.getString("actor"),
                        CaseAction.valueOf(rs.getString("action").toUpperCase()),
                        rs.getString("from_status") == null ? null : CaseStatus.fromKey(rs.getString("from_status")),
                        rs.getString("to_status") == null ? null : CaseStatus.fromKey(rs.getString("to_status")),
                        (Integer) rs.getObject("stage_number", Integer.class), rs.getString("summary"),
                        rs.getString("details"), rs.getString("words")))
                .list();
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
