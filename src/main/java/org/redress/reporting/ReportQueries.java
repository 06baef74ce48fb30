package org.redress.reporting;

import org.redress.platform.FinancialYear;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The report's SQL: one aggregation per report table, named after the table it fills, over casework's tables (whose
 * meaning casework states in its {@code COMMENT ON}s; see ADR 0003). Read only. Each query counts several financial
 * years at once with {@code FILTER}, so a table is one scan of the council's rows for the years it shows.
 *
 * <p>Counting rules (domain.md §6): received counts use the date received (the case's, or for stage 2 the stage's);
 * outcome counts use the date the stage was responded to; money uses the date paid. A stage 1 "closed" date is its
 * response date or, for feedback closed without a response (comments, compliments, withdrawn cases), the case's
 * closing date.
 */
@Repository
class ReportQueries {

    /** Feedback types in the "all feedback" counts of table 14: complaints, comments, compliments, informal concerns. */
    static final String TABLE_14_TYPES = "'complaint', 'comment', 'compliment', 'informal_concern'";

    private final JdbcClient db;

    ReportQueries(JdbcClient db) {
        this.db = db;
    }

    /** Counts per key and per year, in the order of the years asked for. */
    record Counts(Map<List<Object>, long[]> byKey, int years) {
        long[] get(Object... key) {
            long[] found = byKey.get(java.util.Arrays.asList(key));
            return found == null ? new long[years] : found;
        }

        long in(int year, Object... key) {
            return get(key)[year];
        }
    }

    /** Sums of money per key and per year. */
    record Sums(Map<List<Object>, BigDecimal[]> byKey, int years) {
        BigDecimal in(int year, Object... key) {
            BigDecimal[] found = byKey.get(java.util.Arrays.asList(key));
            return found == null || found[year] == null ? BigDecimal.ZERO.setScale(2) : found[year];
        }
    }

    /** {@code count(*) filter (where <date> between :f0 and :t0) as y0, ...} for each year. */
    private static String perYear(String date, String what, int years) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < years; i++) {
            parts.add(what + " filter (where " + date + " between :f" + i + " and :t" + i + ") as y" + i);
        }
        return String.join(", ", parts);
    }

    /** A span of days, both ends included. */
    record Period(LocalDate from, LocalDate to) {
        static Period of(FinancialYear year) {
            return new Period(year.start(), year.end());
        }
    }

    private static JdbcClient.StatementSpec years(JdbcClient.StatementSpec spec, long authorityId,
            List<FinancialYear> years) {
        return periods(spec, authorityId, years.stream().map(Period::of).toList());
    }

    private static JdbcClient.StatementSpec periods(JdbcClient.StatementSpec spec, long authorityId,
            List<Period> periods) {
        spec = spec.param("a", authorityId);
        for (int i = 0; i < periods.size(); i++) {
            spec = spec.param("f" + i, periods.get(i).from()).param("t" + i, periods.get(i).to());
        }
        // the whole span, so an index on the date can narrow the scan
        LocalDate first = periods.stream().map(Period::from).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = periods.stream().map(Period::to).max(LocalDate::compareTo).orElseThrow();
        return spec.param("from", first).param("to", last);
    }

    private Counts counts(String sql, int keys, long authorityId, List<FinancialYear> years) {
        return countsIn(sql, keys, authorityId, years.stream().map(Period::of).toList());
    }

    private Counts countsIn(String sql, int keys, long authorityId, List<Period> years) {
        Map<List<Object>, long[]> result = new LinkedHashMap<>();
        periods(db.sql(sql), authorityId, years).query((ResultSet rs) -> {
            List<Object> key = new ArrayList<>(keys);
            for (int k = 1; k <= keys; k++) {
                key.add(rs.getObject(k));
            }
            long[] values = new long[years.size()];
            for (int i = 0; i < years.size(); i++) {
                values[i] = rs.getLong("y" + i);
            }
            result.put(normalise(key), values);
        });
        return new Counts(result, years.size());
    }

    /** Ids come back as Long or Integer depending on the driver; keys use Long and String only. */
    private static List<Object> normalise(List<Object> key) {
        List<Object> out = new ArrayList<>(key.size());
        for (Object o : key) {
            out.add(o instanceof Number n && !(o instanceof BigDecimal) ? Long.valueOf(n.longValue()) : o);
        }
        return out;
    }

    // ---- tables 1, 7 and appendix A: feedback received by type ---------------------------------------------------

    /** Tables 1 and 7, appendix A "all feedback": feedback received per directorate and type. */
    Counts receivedByDirectorateAndType(long authorityId, List<FinancialYear> years) {
        return counts("""
                select c.directorate_id, c.feedback_type, %s
                from feedback_case c
                where c.authority_id = :a and c.received_on between :from and :to
                group by c.directorate_id, c.feedback_type""".formatted(perYear("c.received_on", "count(*)",
                years.size())), 2, authorityId, years);
    }

    /** Table 2 and appendix A "services": stage 1 complaints received per directorate and service. */
    Counts complaintsReceivedByService(long authorityId, List<FinancialYear> years) {
        return counts("""
                select c.directorate_id, c.service_id, %s
                from feedback_case c
                where c.authority_id = :a and c.feedback_type = 'complaint' and c.received_on between :from and :to
                group by c.directorate_id, c.service_id""".formatted(perYear("c.received_on", "count(*)",
                years.size())), 2, authorityId, years);
    }

    /** Table 3: requests for stage 2 received per directorate. */
    Counts table3Stage2Received(long authorityId, List<FinancialYear> years) {
        return counts("""
                select c.directorate_id, %s
                from case_stage s join feedback_case c on c.id = s.case_id
                where s.authority_id = :a and s.stage_number = 2 and c.feedback_type = 'complaint'
                  and s.received_on between :from and :to
                group by c.directorate_id""".formatted(perYear("s.received_on", "count(*)", years.size())),
                1, authorityId, years);
    }

    /** Table 4: cases whose stage 1 closed, per directorate and type. */
    Counts table4ClosedAtStage1(long authorityId, List<FinancialYear> years) {
        String closed = "coalesce(s.responded_on, c.closed_on)";
        return counts("""
                select c.directorate_id, c.feedback_type, %s
                from feedback_case c join case_stage s on s.case_id = c.id and s.stage_number = 1
                where c.authority_id = :a and c.feedback_type in ('comment', 'complaint', 'compliment')
                  and %s between :from and :to
                group by c.directorate_id, c.feedback_type""".formatted(perYear(closed, "count(*)", years.size()),
                closed), 2, authorityId, years);
    }

    /** Tables 5 and 6: complaint outcomes at one stage, by the date the stage was responded to. */
    Counts outcomesAtStage(long authorityId, int stage, List<FinancialYear> years) {
        return counts("""
                select s.outcome, %s
                from case_stage s join feedback_case c on c.id = s.case_id
                where s.authority_id = :a and s.stage_number = %d and c.feedback_type = 'complaint'
                  and s.outcome is not null and s.responded_on between :from and :to
                group by s.outcome""".formatted(perYear("s.responded_on", "count(*)", years.size()), stage),
                1, authorityId, years);
    }

    /** Table 8: reasons given for complaints received, sub-reasons counted under their parent. */
    Counts table8Reasons(long authorityId, List<FinancialYear> years) {
        return counts("""
                select coalesce(cr.parent_key, cr.reason_key) as reason, %s
                from feedback_case c
                  join case_reason r on r.case_id = c.id
                  join complaint_reason cr on cr.authority_id = r.authority_id and cr.reason_key = r.reason_key
                where c.authority_id = :a and c.feedback_type = 'complaint' and c.received_on between :from and :to
                group by coalesce(cr.parent_key, cr.reason_key)""".formatted(
                perYear("c.received_on", "count(distinct c.id)", years.size())), 1, authorityId, years);
    }

    /**
     * Table 9: complaints upheld (not partly) at stage 1 or 2 with a response in the year, per top-level reason and
     * directorate; a complaint counts once under each of its reasons.
     */
    Counts table9UpheldReasons(long authorityId, FinancialYear year) {
        return counts("""
                select coalesce(cr.parent_key, cr.reason_key) as reason, c.directorate_id,
                       count(distinct c.id) as y0
                from feedback_case c
                  join case_reason r on r.case_id = c.id
                  join complaint_reason cr on cr.authority_id = r.authority_id and cr.reason_key = r.reason_key
                where c.authority_id = :a and c.feedback_type = 'complaint'
                  and exists (select 1 from case_stage s where s.case_id = c.id and s.outcome = 'upheld'
                              and s.responded_on between :f0 and :t0)
                group by coalesce(cr.parent_key, cr.reason_key), c.directorate_id""", 2, authorityId, List.of(year));
    }

    /** Table 10: as table 9, for the sub-reasons of one parent reason ("issues with service"). */
    Counts table10UpheldSubReasons(long authorityId, FinancialYear year, String parentKey) {
        Map<List<Object>, long[]> result = new LinkedHashMap<>();
        db.sql("""
                select cr.reason_key, c.directorate_id, count(distinct c.id) as y0
                from feedback_case c
                  join case_reason r on r.case_id = c.id
                  join complaint_reason cr on cr.authority_id = r.authority_id and cr.reason_key = r.reason_key
                where c.authority_id = :a and c.feedback_type = 'complaint' and cr.parent_key = :parent
                  and exists (select 1 from case_stage s where s.case_id = c.id and s.outcome = 'upheld'
                              and s.responded_on between :f0 and :t0)
                group by cr.reason_key, c.directorate_id""")
                .param("a", authorityId).param("parent", parentKey)
                .param("f0", year.start()).param("t0", year.end())
                .query((ResultSet rs) -> {
                    result.put(normalise(List.of(rs.getObject(1), rs.getObject(2))), new long[] {rs.getLong("y0")});
                });
        return new Counts(result, 1);
    }

    /** Tables 11-13: delay reasons given on complaint responses (any stage), per directorate and reason. */
    Counts delayReasonsByDirectorate(long authorityId, List<FinancialYear> years) {
        return counts("""
                select c.directorate_id, s.delay_reason, %s
                from case_stage s join feedback_case c on c.id = s.case_id
                where s.authority_id = :a and c.feedback_type = 'complaint' and s.delay_reason is not null
                  and s.responded_on between :from and :to
                group by c.directorate_id, s.delay_reason""".formatted(perYear("s.responded_on", "count(*)",
                years.size())), 2, authorityId, years);
    }

    /** Table 14: complaints, comments, compliments and informal concerns received, per channel. */
    Counts table14Channels(long authorityId, List<FinancialYear> years) {
        return counts("""
                select c.channel, %s
                from feedback_case c
                where c.authority_id = :a and c.feedback_type in (%s) and c.received_on between :from and :to
                group by c.channel""".formatted(perYear("c.received_on", "count(*)", years.size()), TABLE_14_TYPES),
                1, authorityId, years);
    }

    /** Table 15: money paid or waived, per paying directorate and source (local resolution or Ombudsman). */
    Sums table15Payments(long authorityId, List<FinancialYear> years) {
        Map<List<Object>, BigDecimal[]> result = new LinkedHashMap<>();
        years(db.sql("""
                select p.directorate_id, p.source, %s
                from payment p
                where p.authority_id = :a and p.paid_on between :from and :to
                group by p.directorate_id, p.source""".formatted(perYear("p.paid_on", "sum(p.amount)",
                years.size()))), authorityId, years)
                .query((ResultSet rs) -> {
                    BigDecimal[] values = new BigDecimal[years.size()];
                    for (int i = 0; i < years.size(); i++) {
                        values[i] = rs.getBigDecimal("y" + i);
                    }
                    result.put(normalise(List.of(rs.getObject(1), rs.getObject(2))), values);
                });
        return new Sums(result, years.size());
    }

    /**
     * The chart of money by complaint reason (seed table 15's chart): payments in the year per top-level reason of
     * their case, a payment counted once under each reason; key null for a case with no reason recorded.
     */
    Sums compensationByReason(long authorityId, FinancialYear year) {
        Map<List<Object>, BigDecimal[]> result = new LinkedHashMap<>();
        db.sql("""
                select reason, sum(amount) as paid, count(*) as payments
                from (select distinct p.id, p.amount, coalesce(cr.parent_key, cr.reason_key) as reason
                      from payment p
                        left join case_reason r on r.case_id = p.case_id
                        left join complaint_reason cr on cr.authority_id = r.authority_id
                                                     and cr.reason_key = r.reason_key
                      where p.authority_id = :a and p.paid_on between :f0 and :t0) paid
                group by reason""")
                .param("a", authorityId).param("f0", year.start()).param("t0", year.end())
                .query((ResultSet rs) -> {
                    List<Object> key = new ArrayList<>();
                    key.add(rs.getString("reason"));
                    result.put(key, new BigDecimal[] {rs.getBigDecimal("paid"),
                            BigDecimal.valueOf(rs.getLong("payments"))});
                });
        return new Sums(result, 2);
    }

    /** Table 23: remedy actions recorded at each stage, by the date that stage was responded to. */
    Counts table23RemedyActions(long authorityId, FinancialYear year) {
        return counts("""
                select ra.action_kind, ra.stage_number, count(*) as y0
                from remedy_action ra
                  join case_stage s on s.case_id = ra.case_id and s.stage_number = ra.stage_number
                where ra.authority_id = :a and s.responded_on between :f0 and :t0
                group by ra.action_kind, ra.stage_number""", 2, authorityId, List.of(year));
    }

    /**
     * Timeliness of stage 1 complaint responses, by quarter of the response date (1-4) for the year, and 0 for the
     * whole previous year: responses, on time (by the due date in force, after extensions and suspensions), and
     * those whose clock a suspension stopped.
     */
    Map<Integer, long[]> timeliness(long authorityId, FinancialYear year) {
        Map<Integer, long[]> result = new LinkedHashMap<>();
        FinancialYear before = year.previous();
        // the period is worked out in a subquery: PostgreSQL cannot match a GROUP BY expression holding parameters
        db.sql("""
                select period, count(*) as responses,
                       count(*) filter (where on_time) as on_time,
                       count(*) filter (where suspended_working_days > 0) as suspended
                from (select case when s.responded_on < :q2 then case when s.responded_on < :y then 0 else 1 end
                                  when s.responded_on < :q3 then 2
                                  when s.responded_on < :q4 then 3 else 4 end as period,
                             s.responded_on <= s.response_due as on_time,
                             s.suspended_working_days
                      from case_stage s join feedback_case c on c.id = s.case_id
                      where s.authority_id = :a and s.stage_number = 1 and c.feedback_type = 'complaint'
                        and s.responded_on between :from and :to) responses
                group by period""")
                .param("a", authorityId).param("from", before.start()).param("to", year.end())
                .param("y", year.start()).param("q2", year.quarterStart(2)).param("q3", year.quarterStart(3))
                .param("q4", year.quarterStart(4))
                .query((ResultSet rs) -> {
                    result.put(rs.getInt("period"), new long[] {rs.getLong("responses"), rs.getLong("on_time"),
                            rs.getLong("suspended")});
                });
        return result;
    }

    /** Feedback received carrying a tag (matched ignoring case), per type. */
    Counts taggedFeedback(long authorityId, String tag, List<FinancialYear> years) {
        Map<List<Object>, long[]> result = new LinkedHashMap<>();
        years(db.sql("""
                select c.feedback_type, %s
                from feedback_case c
                  join case_tag ct on ct.case_id = c.id
                  join tag t on t.id = ct.tag_id
                where c.authority_id = :a and t.authority_id = :a and t.tag_key = :tag
                  and c.received_on between :from and :to
                group by c.feedback_type""".formatted(perYear("c.received_on", "count(distinct c.id)", years.size())))
                .param("tag", tag.strip().toLowerCase(java.util.Locale.ROOT)), authorityId, years)
                .query((ResultSet rs) -> {
                    long[] values = new long[years.size()];
                    for (int i = 0; i < years.size(); i++) {
                        values[i] = rs.getLong("y" + i);
                    }
                    result.put(List.of(rs.getString(1)), values);
                });
        return new Counts(result, years.size());
    }

    // ---- the dashboard ----------------------------------------------------------------------------------------------

    /** Dashboard: feedback received per directorate and type in each period (this year so far, last year to date). */
    Counts receivedInPeriods(long authorityId, List<Period> periods) {
        return countsIn("""
                select c.directorate_id, c.feedback_type, %s
                from feedback_case c
                where c.authority_id = :a and c.received_on between :from and :to
                group by c.directorate_id, c.feedback_type""".formatted(perYear("c.received_on", "count(*)",
                periods.size())), 2, authorityId, periods);
    }

    /** Dashboard: complaints received per directorate and top-level reason in each period. */
    Counts reasonsInPeriods(long authorityId, List<Period> periods) {
        return countsIn("""
                select c.directorate_id, coalesce(cr.parent_key, cr.reason_key) as reason, %s
                from feedback_case c
                  join case_reason r on r.case_id = c.id
                  join complaint_reason cr on cr.authority_id = r.authority_id and cr.reason_key = r.reason_key
                where c.authority_id = :a and c.feedback_type = 'complaint' and c.received_on between :from and :to
                group by c.directorate_id, coalesce(cr.parent_key, cr.reason_key)""".formatted(
                perYear("c.received_on", "count(distinct c.id)", periods.size())), 2, authorityId, periods);
    }

    /**
     * Dashboard: open cases now per directorate and service, [open, overdue]; overdue means the current stage's
     * response is past its due date.
     */
    Counts openNow(long authorityId, LocalDate today) {
        Map<List<Object>, long[]> result = new LinkedHashMap<>();
        db.sql("""
                select c.directorate_id, c.service_id, count(*) as open_cases,
                       count(*) filter (where s.responded_on is null and s.response_due < :today) as overdue
                from feedback_case c
                  join case_stage s on s.case_id = c.id and s.stage_number = c.current_stage
                where c.authority_id = :a and c.status in ('received', 'acknowledged', 'under_investigation')
                group by c.directorate_id, c.service_id""")
                .param("a", authorityId).param("today", today)
                .query((ResultSet rs) -> {
                    result.put(normalise(List.of(rs.getObject(1), rs.getObject(2))),
                            new long[] {rs.getLong("open_cases"), rs.getLong("overdue")});
                });
        return new Counts(result, 2);
    }

    /** Dashboard: stage 1 complaint responses in a period per directorate, [responses, on time]. */
    Counts respondedInPeriod(long authorityId, Period period) {
        Map<List<Object>, long[]> result = new LinkedHashMap<>();
        db.sql("""
                select c.directorate_id, count(*) as responses,
                       count(*) filter (where s.responded_on <= s.response_due) as on_time
                from case_stage s join feedback_case c on c.id = s.case_id
                where s.authority_id = :a and s.stage_number = 1 and c.feedback_type = 'complaint'
                  and s.responded_on between :from and :to
                group by c.directorate_id""")
                .param("a", authorityId).param("from", period.from()).param("to", period.to())
                .query((ResultSet rs) -> {
                    result.put(normalise(List.of(rs.getObject(1))),
                            new long[] {rs.getLong("responses"), rs.getLong("on_time")});
                });
        return new Counts(result, 2);
    }

    /** The first financial year with any feedback, for the year chooser; empty when there is none. */
    java.util.Optional<FinancialYear> firstYear(long authorityId) {
        return db.sql("select min(received_on) from feedback_case where authority_id = ?").param(authorityId)
                .query((rs, n) -> java.util.Optional.ofNullable(rs.getObject(1, java.time.LocalDate.class)))
                .single().map(FinancialYear::of);
    }

    static long[] sum(long[] a, long[] b) {
        long[] out = a.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] += b[i];
        }
        return out;
    }

}
