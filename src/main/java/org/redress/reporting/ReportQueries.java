package org.redress.reporting;

import org.redress.platform.DatabaseProduct;
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
    private final DatabaseProduct database;

    ReportQueries(JdbcClient db, DatabaseProduct database) {
        this.db = db;
        this.database = database;
    }

    /**
     * Gives the report's transaction room to count on PostgreSQL: the passes join and group a council's every stage,
     * which at the default 4 MB of working memory spills to disk in batches; and JIT compiling each pass costs more
     * than it saves at this size. Local to the transaction, so other work keeps the server's settings.
     */
    void roomToCount() {
        if (database.isPostgres()) {
            db.sql("set local work_mem = '64MB'").update();
            db.sql("set local jit = off").update();
        }
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

    // ---- one pass per family of tables (ADR 0008) ------------------------------------------------------------------

    /**
     * Counts from one pass, per report table: a pass first counts its rows once at the finest grain any of its tables
     * needs (a few thousand groups), then each table is a GROUP BY over those counts, named in the column
     * {@code counted}; the keys of a table are the columns {@code keys} names for it, the values {@code v0, v1, ...}.
     */
    private Map<String, Counts> pass(JdbcClient.StatementSpec spec, Map<String, List<String>> keys, int values) {
        Map<String, Map<List<Object>, long[]>> tables = new LinkedHashMap<>();
        keys.keySet().forEach(table -> tables.put(table, new LinkedHashMap<>()));
        spec.query((ResultSet rs) -> {
            String table = rs.getString("counted");
            List<Object> key = new ArrayList<>();
            for (String column : keys.get(table)) {
                key.add(rs.getObject(column));
            }
            long[] v = new long[values];
            for (int i = 0; i < values; i++) {
                v[i] = rs.getLong("v" + i);
            }
            tables.get(table).put(normalise(key), v);
        });
        Map<String, Counts> out = new LinkedHashMap<>();
        tables.forEach((table, byKey) -> out.put(table, new Counts(byKey, values)));
        return out;
    }

    /** {@code sum(n) filter (where <column> = 0) as v0, ...}: a value per year from the finest counts. */
    private static String sumPerYear(String column, int years) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < years; i++) {
            parts.add("sum(n) filter (where " + column + " = " + i + ") as v" + i);
        }
        return String.join(", ", parts);
    }

    /** {@code case when <date> between :f0 and :t0 then 0 when ... then 1 end}: the year a date falls in, or null. */
    private static String yearOf(String date, int years) {
        StringBuilder sql = new StringBuilder("case");
        for (int i = 0; i < years; i++) {
            sql.append(" when ").append(date).append(" between :f").append(i).append(" and :t").append(i)
                    .append(" then ").append(i);
        }
        return sql.append(" end").toString();
    }

    /** The tables counting feedback by the date it was received, in the order of the years asked for. */
    record Received(Counts byDirectorateAndType, Counts complaintsByService, Counts byChannel, Counts taggedByType) {
    }

    /**
     * Tables 1, 2, 7 and 14, the tagged feedback table and appendix A, in one pass over the cases received in the
     * years: feedback per directorate and type; complaints per directorate and service; complaints, comments,
     * compliments and informal concerns per channel; and feedback carrying the tag (matched ignoring case) per type.
     */
    Received received(long authorityId, List<FinancialYear> years, String tag) {
        int n = years.size();
        String sums = sumPerYear("received", n);
        Map<String, Counts> counted = pass(years(db.sql("""
                with received as (
                    select directorate_id, service_id, feedback_type, channel, tagged, received, count(*) as n
                    from (select c.directorate_id, c.service_id, c.feedback_type, c.channel,
                                 case when t.case_id is null then 0 else 1 end as tagged, %s as received
                          from feedback_case c
                            left join (select ct.case_id from case_tag ct join tag on tag.id = ct.tag_id
                                       where tag.authority_id = :a and tag.tag_key = :tag) t on t.case_id = c.id
                          where c.authority_id = :a and c.received_on between :from and :to) cases
                    group by directorate_id, service_id, feedback_type, channel, tagged, received)
                select 'type' as counted, directorate_id, cast(null as bigint) as service_id, feedback_type,
                       cast(null as varchar(40)) as channel, %s
                from received group by directorate_id, feedback_type
                union all
                select 'service', directorate_id, service_id, null, null, %s
                from received where feedback_type = 'complaint' group by directorate_id, service_id
                union all
                select 'channel', null, null, null, channel, %s
                from received where feedback_type in (%s) group by channel
                union all
                select 'tagged', null, null, feedback_type, null, %s
                from received where tagged = 1 group by feedback_type""".formatted(yearOf("c.received_on", n),
                sums, sums, sums, TABLE_14_TYPES, sums))
                .param("tag", tag.strip().toLowerCase(java.util.Locale.ROOT)), authorityId, years),
                Map.of("type", List.of("directorate_id", "feedback_type"),
                        "service", List.of("directorate_id", "service_id"),
                        "channel", List.of("channel"),
                        "tagged", List.of("feedback_type")), n);
        return new Received(counted.get("type"), counted.get("service"), counted.get("channel"),
                counted.get("tagged"));
    }

    /** The tables counting stages, for the year and the year before. */
    record Stages(Counts stage2Received, Counts closedAtStage1, Counts outcomes, Counts delays, Counts timeliness) {
        /** Complaint outcomes at one stage, keyed by outcome. */
        Counts outcomesAt(int stage) {
            Map<List<Object>, long[]> byOutcome = new LinkedHashMap<>();
            outcomes.byKey().forEach((key, values) -> {
                if (((Long) key.get(0)).intValue() == stage) {
                    byOutcome.put(List.of(key.get(1)), values);
                }
            });
            return new Counts(byOutcome, outcomes.years());
        }
    }

    /**
     * Tables 3 to 6, 11 to 13 and timeliness in one pass over the stages, for the year and the one before (domain.md
     * §6):
     * <ul>
     * <li>table 3 ({@code stage2Received}): requests for stage 2 of complaints, per directorate, by the date asked;
     * <li>table 4 ({@code closedAtStage1}): stage 1 of comments, complaints and compliments closed, per directorate
     *     and type, on the stage 1 response date or, with no response, the date the case closed;
     * <li>tables 5 and 6 ({@code outcomes}): complaint outcomes per stage and outcome, by the response date;
     * <li>tables 11 to 13 ({@code delays}): delay reasons given on complaint responses at any stage, per directorate
     *     and reason, by the response date;
     * <li>timeliness: stage 1 complaint responses by quarter of the response date (1 to 4) in the year and 0 for the
     *     whole year before, as [responses, on time by the due date in force, those whose clock was suspended].
     * </ul>
     */
    Stages stages(long authorityId, FinancialYear year) {
        List<FinancialYear> years = List.of(year, year.previous());
        Map<String, Counts> counted = pass(years(db.sql("""
                with stages as (
                    select directorate_id, feedback_type, stage_number, outcome, delay_reason, asked, closed,
                           responded, on_time, suspended, count(*) as n
                    from (select c.directorate_id, c.feedback_type, s.stage_number, s.outcome, s.delay_reason,
                                 %s as asked,
                                 case when s.stage_number = 1 then %s end as closed,
                                 case when s.responded_on between :f0 and :t0 then
                                          case when s.responded_on < :q2 then 1 when s.responded_on < :q3 then 2
                                               when s.responded_on < :q4 then 3 else 4 end
                                      when s.responded_on between :f1 and :t1 then 0 end as responded,
                                 case when s.responded_on <= s.response_due then 1 else 0 end as on_time,
                                 case when s.suspended_working_days > 0 then 1 else 0 end as suspended
                          from case_stage s join feedback_case c on c.id = s.case_id
                          where s.authority_id = :a and c.authority_id = :a
                            and (s.responded_on between :from and :to or s.received_on between :from and :to
                                 or c.closed_on between :from and :to)) stage
                    group by directorate_id, feedback_type, stage_number, outcome, delay_reason, asked, closed,
                             responded, on_time, suspended)
                select 'stage-2-received' as counted, directorate_id, cast(null as varchar(40)) as feedback_type,
                       cast(null as integer) as stage_number, cast(null as varchar(40)) as keyed,
                       %s, cast(0 as bigint) as v2
                from stages where stage_number = 2 and feedback_type = 'complaint' group by directorate_id
                union all
                select 'closed-at-stage-1', directorate_id, feedback_type, null, null, %s, 0
                from stages where feedback_type in ('comment', 'complaint', 'compliment')
                group by directorate_id, feedback_type
                union all
                select 'outcomes', null, null, stage_number, outcome, sum(n) filter (where responded > 0),
                       sum(n) filter (where responded = 0), 0
                from stages where feedback_type = 'complaint' and outcome is not null
                group by stage_number, outcome
                union all
                select 'delays', directorate_id, null, null, delay_reason, sum(n) filter (where responded > 0),
                       sum(n) filter (where responded = 0), 0
                from stages where feedback_type = 'complaint' and delay_reason is not null
                group by directorate_id, delay_reason
                union all
                select 'timeliness', null, null, responded, null, sum(n), sum(n) filter (where on_time = 1),
                       sum(n) filter (where suspended = 1)
                from stages where stage_number = 1 and feedback_type = 'complaint' and responded is not null
                group by responded""".formatted(yearOf("s.received_on", 2),
                yearOf("coalesce(s.responded_on, c.closed_on)", 2), sumPerYear("asked", 2),
                sumPerYear("closed", 2)))
                .param("q2", year.quarterStart(2)).param("q3", year.quarterStart(3))
                .param("q4", year.quarterStart(4)), authorityId, years),
                Map.of("stage-2-received", List.of("directorate_id"),
                        "closed-at-stage-1", List.of("directorate_id", "feedback_type"),
                        "outcomes", List.of("stage_number", "keyed"),
                        "delays", List.of("directorate_id", "keyed"),
                        "timeliness", List.of("stage_number")), 3);
        return new Stages(counted.get("stage-2-received"), counted.get("closed-at-stage-1"),
                counted.get("outcomes"), counted.get("delays"), counted.get("timeliness"));
    }

    /** The tables counting complaints by their reasons. */
    record Reasons(Counts received, Counts upheld, Counts upheldSubReasons) {
    }

    /**
     * Tables 8 to 10 in one pass over the reasons given for complaints; a complaint counts once under each reason
     * given, sub-reasons under their parent (tables 8 and 9):
     * <ul>
     * <li>table 8 ({@code received}): complaints received in the year and the year before, per top-level reason;
     * <li>table 9 ({@code upheld}): complaints upheld (not partly) at stage 1 or 2 with a response in the year, per
     *     top-level reason and directorate, [this year];
     * <li>table 10 ({@code upheldSubReasons}): as table 9, per sub-reason of {@code parentKey} and directorate.
     * </ul>
     */
    Reasons reasons(long authorityId, FinancialYear year, String parentKey) {
        List<FinancialYear> years = List.of(year, year.previous());
        Map<String, Counts> counted = pass(years(db.sql("""
                with upheld as (
                    select distinct case_id from case_stage
                    where authority_id = :a and outcome = 'upheld' and responded_on between :f0 and :t0),
                reasons as (
                    select c.id, c.directorate_id, cr.reason_key, cr.parent_key,
                           coalesce(cr.parent_key, cr.reason_key) as top_reason, %s as received,
                           case when u.case_id is null then 0 else 1 end as upheld
                    from case_reason r
                      join feedback_case c on c.id = r.case_id
                      join complaint_reason cr on cr.authority_id = r.authority_id and cr.reason_key = r.reason_key
                      left join upheld u on u.case_id = r.case_id
                    where r.authority_id = :a and c.authority_id = :a and c.feedback_type = 'complaint'
                      and (c.received_on between :from and :to or u.case_id is not null))
                select 'received' as counted, top_reason as reason, cast(null as bigint) as directorate_id,
                       count(distinct id) filter (where received = 0) as v0,
                       count(distinct id) filter (where received = 1) as v1
                from reasons group by top_reason
                union all
                select 'upheld', top_reason, directorate_id, count(distinct id) filter (where upheld = 1), 0
                from reasons group by top_reason, directorate_id
                union all
                select 'upheld-sub-reasons', reason_key, directorate_id, count(distinct id) filter (where upheld = 1), 0
                from reasons where parent_key = :parent group by reason_key, directorate_id""".formatted(
                yearOf("c.received_on", 2))).param("parent", parentKey), authorityId, years),
                Map.of("received", List.of("reason"),
                        "upheld", List.of("reason", "directorate_id"),
                        "upheld-sub-reasons", List.of("reason", "directorate_id")), 2);
        return new Reasons(counted.get("received"), counted.get("upheld"), counted.get("upheld-sub-reasons"));
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
