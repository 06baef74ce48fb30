package org.redress.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.redress.platform.FinancialYear;
import org.redress.reporting.ComplaintHandlingReport.Clocks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The Complaint Handling Code's figures in one pass over the council's complaint stages (ADR 0008's shape): counted
 * once per directorate, service and stage in a common table expression, then summed for the council, each
 * directorate and each service in one {@code UNION ALL}. Only complaints whose case runs under a procedure of the
 * Code's kind are counted, so the due dates each stage carries are the Code's. Read only, over casework's tables.
 */
@Repository
class ComplaintHandlingQueries {

    /** Which total a row is: the council's, a directorate's or a service's. */
    enum Level { COUNCIL, DIRECTORATE, SERVICE }

    record Row(Level level, Long directorateId, Long serviceId, int stage, Clocks clocks) {
    }

    /** Stage 2 responses in the year whose handlers are both known, and those by someone else than stage 1's. */
    record Handlers(long known, long different) {
    }

    private static final String SUMS = """
            cast(sum(received) as bigint) as received, cast(sum(acknowledged) as bigint) as acknowledged,
            cast(sum(acknowledged_in_time) as bigint) as acknowledged_in_time,
            cast(sum(responded) as bigint) as responded, cast(sum(responded_in_time) as bigint) as responded_in_time,
            cast(sum(extended) as bigint) as extended""";

    private final JdbcClient db;

    ComplaintHandlingQueries(JdbcClient db) {
        this.db = db;
    }

    /**
     * Received, acknowledged and acknowledged in time count the stages received in the year (stage 2 on the day it
     * was asked for); responded, responded in time and extended count the responses sent in it. "In time" is by the
     * date in force on the stage: the acknowledgement date, and the response date after any extension.
     */
    List<Row> clocks(long authorityId, FinancialYear year) {
        LocalDate from = year.start();
        LocalDate to = year.end();
        String sql = """
                with counted as (
                    select s.case_directorate_id as directorate_id, c.service_id, s.stage_number,
                        count(*) filter (where s.received_on between :from and :to) as received,
                        count(*) filter (where s.received_on between :from and :to
                                         and s.acknowledged_on is not null) as acknowledged,
                        count(*) filter (where s.received_on between :from and :to
                                         and s.acknowledged_on <= s.acknowledgement_due) as acknowledged_in_time,
                        count(*) filter (where s.responded_on between :from and :to) as responded,
                        count(*) filter (where s.responded_on between :from and :to
                                         and s.responded_on <= s.response_due) as responded_in_time,
                        count(*) filter (where s.responded_on between :from and :to
                                         and s.response_due <> s.original_response_due) as extended
                    from case_stage s
                    join feedback_case c on c.id = s.case_id
                    where s.authority_id = :authority and s.case_feedback_type = 'complaint'
                      and s.stage_number in (1, 2)
                      and (s.received_on between :from and :to or s.responded_on between :from and :to)
                      and c.procedure_code in (select p.code from procedure_policy p
                                               where p.authority_id = :authority
                                                 and p.kind = 'complaint_handling_code')
                    group by s.case_directorate_id, c.service_id, s.stage_number)
                select 'council' as level, cast(null as bigint) as directorate_id, cast(null as bigint) as service_id,
                    stage_number, %1$s
                from counted group by stage_number
                union all
                select 'directorate', directorate_id, cast(null as bigint), stage_number, %1$s
                from counted group by directorate_id, stage_number
                union all
                select 'service', directorate_id, service_id, stage_number, %1$s
                from counted group by directorate_id, service_id, stage_number
                """.formatted(SUMS);
        List<Row> rows = new ArrayList<>();
        db.sql(sql).param("authority", authorityId).param("from", from).param("to", to)
                .query(rs -> {
                    rows.add(new Row(Level.valueOf(rs.getString("level").toUpperCase()),
                            rs.getObject("directorate_id", Long.class), rs.getObject("service_id", Long.class),
                            rs.getInt("stage_number"), clocks(rs)));
                });
        return rows;
    }

    /** For the self-assessment's "a different handler at stage 2": the stage 2 responses sent in the year. */
    Handlers stage2Handlers(long authorityId, FinancialYear year) {
        return db.sql("""
                select count(*) as known, count(*) filter (where s2.handler_id <> s1.handler_id) as different
                from case_stage s2
                join case_stage s1 on s1.case_id = s2.case_id and s1.stage_number = 1
                join feedback_case c on c.id = s2.case_id
                where s2.authority_id = :authority and s2.case_feedback_type = 'complaint' and s2.stage_number = 2
                  and s2.responded_on between :from and :to
                  and s1.handler_id is not null and s2.handler_id is not null
                  and c.procedure_code in (select p.code from procedure_policy p
                                           where p.authority_id = :authority and p.kind = 'complaint_handling_code')
                """)
                .param("authority", authorityId).param("from", year.start()).param("to", year.end())
                .query((rs, n) -> new Handlers(rs.getLong("known"), rs.getLong("different"))).single();
    }

    private static Clocks clocks(ResultSet rs) throws SQLException {
        return new Clocks(rs.getLong("received"), rs.getLong("acknowledged"), rs.getLong("acknowledged_in_time"),
                rs.getLong("responded"), rs.getLong("responded_in_time"), rs.getLong("extended"));
    }
}
