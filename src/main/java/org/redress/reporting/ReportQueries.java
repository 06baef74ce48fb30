package org.redress.reporting;

import org.redress.platform.DatabaseProduct;
import org.redress.platform.FinancialYear;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The report's SQL, over casework's tables (whose meaning casework states in its {@code COMMENT ON}s; see ADR 0003).
 * Read only. Most of the annual report comes from three passes, one query per family of tables (ADR 0008): feedback
 * received, stages, and complaint reasons; money, remedy actions and the dashboard have a query each. Every query
 * counts the years or periods it shows at once, a column per year with {@code FILTER}, so a table is one scan of the
 * council's rows for those years.
 *
 * <p>Each query hands back a record per family of figures ({@link YearPair}, {@link ThreeYears}, {@link Responses},
 * ...) in a {@link Tally} keyed by a record ({@link DirectorateAnd}, {@link ServiceIn}, ...), so the code that builds
 * a table reads each figure by name. The counting rules are in the SQL, one place each, and written up in
 * docs/rules.md §11: received counts use the date received (the case's, or for stage 2 the date stage 2 was asked
 * for); outcomes, delay reasons and timeliness the date the stage was responded to; money the date paid. A stage 1
 * "closed" date is its response date or, for feedback closed without a response (comments, compliments, withdrawn
 * cases), the case's closing date.
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
     * Gives the report's transaction room to count on PostgreSQL: the passes group a council's stages and reasons of
     * two years, which at the default 4 MB of working memory can spill to disk in batches; and JIT compiling each pass costs more
     * than it saves at this size. The driver prepares a statement run often (the same report asked for again) on the
     * server, which may then plan it once for any dates; planned for the dates asked for, the estimates stay right.
     * Local to the transaction, so other work keeps the server's settings.
     */
    void roomToCount() {
        if (database.isPostgres()) {
            db.sql("set local work_mem = '64MB'").update();
            db.sql("set local jit = off").update();
            db.sql("set local plan_cache_mode = force_custom_plan").update();
        }
    }

    // ---- what the passes hand back: a record per family of figures, read by name ----------------------------------

    /**
     * Figures per key; a key with no rows reads as {@code none} (nothing counted is a zero, not a missing row).
     *
     * @param byKey in the order the query gave them
     */
    record Tally<K, V>(Map<K, V> byKey, V none) {
        V of(K key) {
            return byKey.getOrDefault(key, none);
        }
    }

    /** A figure in the year asked for and the year before it. */
    record YearPair(long current, long previous) {
        static final YearPair NONE = new YearPair(0, 0);

        YearPair plus(YearPair other) {
            return new YearPair(current + other.current, previous + other.previous);
        }
    }

    /** A figure in the year asked for and the two before it (the tables that show three years). */
    record ThreeYears(long current, long previous, long beforeThat) {
        static final ThreeYears NONE = new ThreeYears(0, 0, 0);

        ThreeYears plus(ThreeYears other) {
            return new ThreeYears(current + other.current, previous + other.previous, beforeThat + other.beforeThat);
        }

        YearPair lastTwo() {
            return new YearPair(current, previous);
        }
    }

    /** Money in the year asked for and the year before it, to the penny. */
    record Money(BigDecimal current, BigDecimal previous) {
        static final Money NONE = new Money(BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2));
    }

    /** Keys: a directorate and one of its feedback types, complaint reasons or delay reasons. */
    record DirectorateAnd(long directorateId, String key) {
    }

    /** Key: a service, under the directorate its cases were logged in. */
    record ServiceIn(long directorateId, long serviceId) {
    }

    /** Key: an outcome at a stage. */
    record StageOutcome(int stage, String outcome) {
    }

    /** Key: money paid by a directorate from a source ({@link org.redress.casework.PaymentSource}'s key). */
    record PaidBy(long directorateId, String source) {
    }

    /** Key: a kind of remedy action recorded at a stage. */
    record RemedyAtStage(String actionKind, int stage) {
    }

    /** Stage 1 complaint responses in a period: how many, how many on time, how many had their clock suspended. */
    record Responses(long responses, long onTime, long suspended) {
        static final Responses NONE = new Responses(0, 0, 0);

        Responses plus(Responses other) {
            return new Responses(responses + other.responses, onTime + other.onTime,
                    suspended + other.suspended);
        }
    }

    /** The timeliness table's counts: each quarter of the year (1 to 4) and the whole year before. */
    record Timeliness(Map<Integer, Responses> quarters, Responses yearBefore) {
        Responses quarter(int quarter) {
            return quarters.getOrDefault(quarter, Responses.NONE);
        }
    }

    /** Money paid in the year under one complaint reason, and in how many payments. */
    record PaidForReason(BigDecimal paid, long payments) {
    }

    /** The dashboard's open cases: open now, and of those, past the current stage's due date. */
    record OpenCases(long open, long overdue) {
        static final OpenCases NONE = new OpenCases(0, 0);

        OpenCases plus(OpenCases other) {
            return new OpenCases(open + other.open, overdue + other.overdue);
        }
    }

    /** The dashboard's stage 1 complaint responses in a period: how many, how many on time. */
    record OnTime(long responses, long onTime) {
        static final OnTime NONE = new OnTime(0, 0);

        OnTime plus(OnTime other) {
            return new OnTime(responses + other.responses, onTime + other.onTime);
        }
    }

    /** Reads one thing (a key, or a group's figures) from the current row. */
    @FunctionalInterface
    private interface Column<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** The figures {@code v0, v1} of a pass's row. */
    private static YearPair pair(ResultSet rs) throws SQLException {
        return new YearPair(rs.getLong("v0"), rs.getLong("v1"));
    }

    /** The figures {@code v0, v1, v2} of a pass's row. */
    private static ThreeYears three(ResultSet rs) throws SQLException {
        return new ThreeYears(rs.getLong("v0"), rs.getLong("v1"), rs.getLong("v2"));
    }

    /** The columns {@code y0, y1} of a query counting two periods. */
    private static YearPair twoPeriods(ResultSet rs) throws SQLException {
        return new YearPair(rs.getLong("y0"), rs.getLong("y1"));
    }

    /** {@code count(*) filter (where <date> between :f0 and :t0) as y0, ...} for each year. */
    private static String perYear(String date, String what, int years) {
        return perYear(date, what, years, "y");
    }

    /** As {@link #perYear(String, String, int)}, the columns named {@code <name>0, <name>1, ...}. */
    private static String perYear(String date, String what, int years, String name) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < years; i++) {
            parts.add(what + " filter (where " + date + " between :f" + i + " and :t" + i + ") as " + name + i);
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

    /** A query's rows, one per key, each read by the two readers given. */
    private static <K, V> Tally<K, V> tally(JdbcClient.StatementSpec spec, Column<K> key, Column<V> value, V none) {
        Map<K, V> rows = new LinkedHashMap<>();
        spec.query((ResultSet rs) -> {
            rows.put(key.read(rs), value.read(rs));
        });
        return new Tally<>(Collections.unmodifiableMap(rows), none);
    }

    // ---- one pass per family of tables (ADR 0008) ------------------------------------------------------------------

    /** One branch of a pass's {@code UNION ALL}: how to read its key and its figures, and the rows read so far. */
    private record Branch<K, V>(Column<K> key, Column<V> value, V none, Map<K, V> rows) {
        Branch(Column<K> key, Column<V> value, V none) {
            this(key, value, none, new LinkedHashMap<>());
        }

        void read(ResultSet rs) throws SQLException {
            rows.put(key.read(rs), value.read(rs));
        }

        Tally<K, V> tally() {
            return new Tally<>(Collections.unmodifiableMap(rows), none);
        }
    }

    /**
     * Reads one pass: the pass first counts its rows once at the finest grain any of its tables needs (a few thousand
     * groups), then each table is a GROUP BY over those counts, named in the column {@code counted}; each row goes to
     * the branch of that name, which reads its own key and figure columns.
     */
    private static void pass(JdbcClient.StatementSpec spec, Map<String, Branch<?, ?>> branches) {
        spec.query((ResultSet rs) -> {
            branches.get(rs.getString("counted")).read(rs);
        });
    }

    /**
     * The tables counting feedback by the date it was received, in the year and the two before it.
     *
     * @param byDirectorateAndType feedback of each type, per directorate (key: the type's key)
     * @param complaintsByService complaints per service
     * @param byChannel complaints, comments, compliments and informal concerns per channel (key: the channel's key)
     * @param taggedByType feedback carrying the tag, per type (key: the type's key)
     */
    record Received(Tally<DirectorateAnd, ThreeYears> byDirectorateAndType,
            Tally<ServiceIn, ThreeYears> complaintsByService, Tally<String, ThreeYears> byChannel,
            Tally<String, ThreeYears> taggedByType) {
    }

    /**
     * Tables 1, 2, 7 and 14, the tagged feedback table and appendix A, in one pass over the cases received in the
     * years: feedback per directorate and type; complaints per directorate and service; complaints, comments,
     * compliments and informal concerns per channel; and feedback carrying the tag (matched ignoring case) per type.
     */
    Received received(long authorityId, FinancialYear year, String tag) {
        List<FinancialYear> years = List.of(year, year.previous(), year.previous().previous());
        int n = years.size();
        // Counted into a column per year rather than grouped by the year, for the reason the stage pass gives.
        String columns = perYear("c.received_on", "count(*)", n, "received") + ", "
                + perYear("c.received_on", "count(t.case_id)", n, "tagged");
        List<String> received = new ArrayList<>();
        List<String> tagged = new ArrayList<>();
        List<String> anyTagged = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            received.add("sum(received" + i + ") as v" + i);
            tagged.add("sum(tagged" + i + ") as v" + i);
            anyTagged.add("sum(tagged" + i + ")");
        }
        String sums = String.join(", ", received);
        Branch<DirectorateAnd, ThreeYears> byType = new Branch<>(
                rs -> new DirectorateAnd(rs.getLong("directorate_id"), rs.getString("feedback_type")),
                ReportQueries::three, ThreeYears.NONE);
        Branch<ServiceIn, ThreeYears> byService = new Branch<>(
                rs -> new ServiceIn(rs.getLong("directorate_id"), rs.getLong("service_id")),
                ReportQueries::three, ThreeYears.NONE);
        Branch<String, ThreeYears> byChannel = new Branch<>(rs -> rs.getString("channel"), ReportQueries::three,
                ThreeYears.NONE);
        Branch<String, ThreeYears> byTag = new Branch<>(rs -> rs.getString("feedback_type"), ReportQueries::three,
                ThreeYears.NONE);
        pass(years(db.sql("""
                with received as (
                    select c.directorate_id, c.service_id, c.feedback_type, c.channel, %s
                    from feedback_case c
                      left join (select ct.case_id from case_tag ct join tag on tag.id = ct.tag_id
                                 where tag.authority_id = :a and tag.tag_key = :tag) t on t.case_id = c.id
                    where c.authority_id = :a and c.received_on between :from and :to
                    group by c.directorate_id, c.service_id, c.feedback_type, c.channel)
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
                from received group by feedback_type having %s > 0""".formatted(columns,
                sums, sums, sums, TABLE_14_TYPES, String.join(", ", tagged), String.join(" + ", anyTagged)))
                .param("tag", tag.strip().toLowerCase(java.util.Locale.ROOT)), authorityId, years),
                Map.of("type", byType, "service", byService, "channel", byChannel, "tagged", byTag));
        return new Received(byType.tally(), byService.tally(), byChannel.tally(), byTag.tally());
    }

    /**
     * The tables counting stages, for the year and the year before.
     *
     * @param stage2Received requests for stage 2 per directorate (key: the directorate's id)
     * @param closedAtStage1 stage 1 closed per directorate and type (key: the type's key)
     * @param outcomes complaint outcomes per stage and outcome (key: the outcome's key)
     * @param delays delay reasons per directorate (key: the delay reason's key)
     * @param timeliness stage 1 complaint responses per quarter of the year and in the year before
     */
    record Stages(Tally<Long, YearPair> stage2Received, Tally<DirectorateAnd, YearPair> closedAtStage1,
            Tally<StageOutcome, YearPair> outcomes, Tally<DirectorateAnd, YearPair> delays, Timeliness timeliness) {
    }

    /**
     * Tables 3 to 6, 11 to 13 and timeliness in one pass over the stages, for the year and the one before
     * (docs/rules.md §11):
     * <ul>
     * <li>table 3 ({@code stage2Received}): requests for stage 2 of complaints, per directorate, by the date asked;
     * <li>table 4 ({@code closedAtStage1}): stage 1 of comments, complaints and compliments closed, per directorate
     *     and type, on the stage 1 response date or, with no response, the date the case closed;
     * <li>tables 5 and 6 ({@code outcomes}): complaint outcomes per stage and outcome, by the response date;
     * <li>tables 11 to 13 ({@code delays}): delay reasons given on complaint responses at any stage, per directorate
     *     and reason, by the response date;
     * <li>timeliness: stage 1 complaint responses by quarter of the response date (1 to 4, in the column
     *     {@code stage_number}) in the year and 0 for the whole year before, as {@code v0, v1, v2}: responses, on time
     *     by the due date in force, those whose clock was suspended.
     * </ul>
     */
    Stages stages(long authorityId, FinancialYear year) {
        List<FinancialYear> years = List.of(year, year.previous());
        // The pass reads the stages alone: each carries its case's type, directorate and closing date (V19). It counts
        // each group's stages into columns, one per year or quarter, rather than grouping by the year or quarter:
        // grouped by such derived keys PostgreSQL guessed a million groups (there are a few thousand), sorted every
        // stage to count them and could not count in parallel.
        String responded = "s.responded_on between :f0 and :t0";
        List<String> quarters = List.of(responded + " and s.responded_on < :q2",
                "s.responded_on >= :q2 and s.responded_on < :q3", "s.responded_on >= :q3 and s.responded_on < :q4",
                "s.responded_on >= :q4 and " + responded);
        StringBuilder onTimeColumns = new StringBuilder();
        StringBuilder perQuarter = new StringBuilder();
        for (int q = 1; q <= 4; q++) {
            onTimeColumns.append(onTime(quarters.get(q - 1), "q" + q)).append(",\n");
            perQuarter.append("""
                    union all
                    select 'timeliness', null, null, %d, null, sum(responded_q%d), sum(on_time_q%d), sum(suspended_q%d)
                    from stages where stage_number = 1 and feedback_type = 'complaint' having sum(responded_q%d) > 0
                    """.formatted(q, q, q, q, q));
        }
        Branch<Long, YearPair> stage2Received = new Branch<>(rs -> rs.getLong("directorate_id"),
                ReportQueries::pair, YearPair.NONE);
        Branch<DirectorateAnd, YearPair> closedAtStage1 = new Branch<>(
                rs -> new DirectorateAnd(rs.getLong("directorate_id"), rs.getString("feedback_type")),
                ReportQueries::pair, YearPair.NONE);
        Branch<StageOutcome, YearPair> outcomes = new Branch<>(
                rs -> new StageOutcome(rs.getInt("stage_number"), rs.getString("keyed")), ReportQueries::pair,
                YearPair.NONE);
        Branch<DirectorateAnd, YearPair> delays = new Branch<>(
                rs -> new DirectorateAnd(rs.getLong("directorate_id"), rs.getString("keyed")), ReportQueries::pair,
                YearPair.NONE);
        Branch<Integer, Responses> timeliness = new Branch<>(rs -> rs.getInt("stage_number"),
                rs -> new Responses(rs.getLong("v0"), rs.getLong("v1"), rs.getLong("v2")), Responses.NONE);
        pass(years(db.sql("""
                with stages as (
                    select s.case_directorate_id as directorate_id, s.case_feedback_type as feedback_type,
                           s.stage_number, s.outcome, s.delay_reason,
                           count(*) filter (where s.received_on between :f0 and :t0) as asked0,
                           count(*) filter (where s.received_on between :f1 and :t1) as asked1,
                           count(*) filter (where s.stage_number = 1 and coalesce(s.responded_on, s.case_closed_on)
                                            between :f0 and :t0) as closed0,
                           count(*) filter (where s.stage_number = 1 and coalesce(s.responded_on, s.case_closed_on)
                                            between :f1 and :t1) as closed1,
                           count(*) filter (where s.responded_on between :f0 and :t0) as responded0,
                           %s
                           %s
                    from case_stage s
                    where s.authority_id = :a
                      and (s.responded_on between :from and :to or s.received_on between :from and :to
                           or s.case_closed_on between :from and :to)
                    group by s.case_directorate_id, s.case_feedback_type, s.stage_number, s.outcome, s.delay_reason)
                select 'stage-2-received' as counted, directorate_id, cast(null as varchar(40)) as feedback_type,
                       cast(null as integer) as stage_number, cast(null as varchar(40)) as keyed,
                       sum(asked0) as v0, sum(asked1) as v1, cast(0 as bigint) as v2
                from stages where stage_number = 2 and feedback_type = 'complaint' group by directorate_id
                union all
                select 'closed-at-stage-1', directorate_id, feedback_type, null, null, sum(closed0), sum(closed1), 0
                from stages where feedback_type in ('comment', 'complaint', 'compliment')
                group by directorate_id, feedback_type
                union all
                select 'outcomes', null, null, stage_number, outcome, sum(responded0), sum(responded_before), 0
                from stages where feedback_type = 'complaint' and outcome is not null
                group by stage_number, outcome
                union all
                select 'delays', directorate_id, null, null, delay_reason, sum(responded0), sum(responded_before), 0
                from stages where feedback_type = 'complaint' and delay_reason is not null
                group by directorate_id, delay_reason
                union all
                select 'timeliness', null, null, 0, null, sum(responded_before), sum(on_time_before),
                       sum(suspended_before)
                from stages where stage_number = 1 and feedback_type = 'complaint' having sum(responded_before) > 0
                %s""".formatted(onTimeColumns, onTime("s.responded_on between :f1 and :t1", "before"), perQuarter))
                .param("q2", year.quarterStart(2)).param("q3", year.quarterStart(3))
                .param("q4", year.quarterStart(4)), authorityId, years),
                Map.of("stage-2-received", stage2Received, "closed-at-stage-1", closedAtStage1, "outcomes", outcomes,
                        "delays", delays, "timeliness", timeliness));
        Map<Integer, Responses> byQuarter = new LinkedHashMap<>(timeliness.rows());
        Responses yearBefore = byQuarter.getOrDefault(0, Responses.NONE);
        byQuarter.remove(0);
        return new Stages(stage2Received.tally(), closedAtStage1.tally(), outcomes.tally(), delays.tally(),
                new Timeliness(Collections.unmodifiableMap(byQuarter), yearBefore));
    }

    /** Responses in a period, those on time by the due date in force and those whose clock was suspended. */
    private static String onTime(String period, String name) {
        return ("count(*) filter (where %1$s) as responded_%2$s,\n"
                + "count(*) filter (where %1$s and s.responded_on <= s.response_due) as on_time_%2$s,\n"
                + "count(*) filter (where %1$s and s.suspended_working_days > 0) as suspended_%2$s")
                .formatted(period, name);
    }

    /**
     * The tables counting complaints by their reasons.
     *
     * @param received complaints received per top-level reason (key: the reason's key), this year and the year before
     * @param upheld complaints upheld in the year per directorate and top-level reason
     * @param upheldSubReasons as {@code upheld}, per sub-reason of the parent asked for
     */
    record Reasons(Tally<String, YearPair> received, Tally<DirectorateAnd, Long> upheld,
            Tally<DirectorateAnd, Long> upheldSubReasons) {
    }

    /**
     * Tables 8 to 10 in one pass over the reasons given for complaints; a complaint counts once under each reason
     * given, sub-reasons under their parent (tables 8 and 9):
     * <ul>
     * <li>table 8 ({@code received}): complaints received in the year and the year before, per top-level reason;
     * <li>table 9 ({@code upheld}): complaints upheld (not partly) at stage 1 or 2 with a response in the year, per
     *     top-level reason and directorate, this year only (the column {@code v0});
     * <li>table 10 ({@code upheldSubReasons}): as table 9, per sub-reason of {@code parentKey} and directorate.
     * </ul>
     */
    Reasons reasons(long authorityId, FinancialYear year, String parentKey) {
        List<FinancialYear> years = List.of(year, year.previous());
        // Read from the reasons alone, once: each carries its case's type, directorate and date received (V19). A
        // complaint counts once under each top-level reason, so tables 8 and 9 first take its reasons once per
        // top-level reason; a complaint has each sub-reason once (the key of case_reason), so table 10 counts rows.
        // The upheld complaints are a set each row is tested against (in): joined as a table, H2 ran the set's query
        // again for every reason row (minutes for the demo council). The reasons are read as two parts, those of
        // complaints received in the two years (by case_reason_received) and those of the year's upheld complaints
        // received earlier (by case id): with the two conditions or-ed, PostgreSQL read every council's reasons.
        String upheld = """
                (select case_id from case_stage
                 where authority_id = :a and stage_number in (1, 2) and outcome = 'upheld'
                   and responded_on between :f0 and :t0)""";
        Branch<String, YearPair> received = new Branch<>(rs -> rs.getString("reason"), ReportQueries::pair,
                YearPair.NONE);
        Branch<DirectorateAnd, Long> upheldByReason = new Branch<>(
                rs -> new DirectorateAnd(rs.getLong("directorate_id"), rs.getString("reason")),
                rs -> rs.getLong("v0"), 0L);
        Branch<DirectorateAnd, Long> upheldBySubReason = new Branch<>(
                rs -> new DirectorateAnd(rs.getLong("directorate_id"), rs.getString("reason")),
                rs -> rs.getLong("v0"), 0L);
        pass(years(db.sql("""
                with given as (
                    select r.case_id, r.case_directorate_id as directorate_id, r.reason_key, cr.parent_key,
                           coalesce(cr.parent_key, cr.reason_key) as top_reason, r.case_received_on as received_on,
                           case when r.case_id in %1$s then 1 else 0 end as upheld
                    from (select case_id, reason_key, authority_id, case_directorate_id, case_received_on
                          from case_reason
                          where authority_id = :a and case_feedback_type = 'complaint'
                            and case_received_on between :from and :to
                          union all
                          select case_id, reason_key, authority_id, case_directorate_id, case_received_on
                          from case_reason
                          where case_id in %1$s and authority_id = :a and case_feedback_type = 'complaint'
                            and not case_received_on between :from and :to) r
                      join complaint_reason cr on cr.authority_id = r.authority_id and cr.reason_key = r.reason_key),
                by_case as (
                    select directorate_id, top_reason, received_on, max(upheld) as upheld
                    from given group by case_id, directorate_id, top_reason, received_on),
                reasons as (
                    select directorate_id, top_reason,
                           count(*) filter (where received_on between :f0 and :t0) as received0,
                           count(*) filter (where received_on between :f1 and :t1) as received1,
                           count(*) filter (where upheld = 1) as upheld
                    from by_case group by directorate_id, top_reason)
                select 'received' as counted, top_reason as reason, cast(null as bigint) as directorate_id,
                       sum(received0) as v0, sum(received1) as v1
                from reasons group by top_reason
                union all
                select 'upheld', top_reason, directorate_id, sum(upheld), 0
                from reasons group by top_reason, directorate_id
                union all
                select 'upheld-sub-reasons', reason_key, directorate_id, count(*), 0
                from given where upheld = 1 and parent_key = :parent
                group by reason_key, directorate_id""".formatted(upheld)).param("parent", parentKey),
                authorityId, years),
                Map.of("received", received, "upheld", upheldByReason, "upheld-sub-reasons", upheldBySubReason));
        return new Reasons(received.tally(), upheldByReason.tally(), upheldBySubReason.tally());
    }

    /** Table 15: money paid or waived, per paying directorate and source, in the year and the year before. */
    Tally<PaidBy, Money> table15Payments(long authorityId, FinancialYear year) {
        List<FinancialYear> years = List.of(year, year.previous());
        return tally(years(db.sql("""
                select p.directorate_id, p.source, %s
                from payment p
                where p.authority_id = :a and p.paid_on between :from and :to
                group by p.directorate_id, p.source""".formatted(perYear("p.paid_on", "sum(p.amount)",
                years.size()))), authorityId, years),
                rs -> new PaidBy(rs.getLong("directorate_id"), rs.getString("source")),
                rs -> new Money(pounds(rs.getBigDecimal("y0")), pounds(rs.getBigDecimal("y1"))), Money.NONE);
    }

    /** A sum of no payments (null in SQL) is no money. */
    private static BigDecimal pounds(BigDecimal sum) {
        return sum == null ? BigDecimal.ZERO.setScale(2) : sum;
    }

    /**
     * The chart of money by complaint reason (table 15's chart in the model report): payments in the year per
     * top-level reason of their case, a payment counted once under each reason; key null for a case with no reason
     * recorded.
     */
    Map<String, PaidForReason> compensationByReason(long authorityId, FinancialYear year) {
        Map<String, PaidForReason> result = new LinkedHashMap<>();
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
                    result.put(rs.getString("reason"),
                            new PaidForReason(rs.getBigDecimal("paid"), rs.getLong("payments")));
                });
        return Collections.unmodifiableMap(result);
    }

    /** Table 23: remedy actions recorded at each stage, by the date that stage was responded to. */
    Tally<RemedyAtStage, Long> table23RemedyActions(long authorityId, FinancialYear year) {
        return tally(years(db.sql("""
                select ra.action_kind, ra.stage_number, count(*) as y0
                from remedy_action ra
                  join case_stage s on s.case_id = ra.case_id and s.stage_number = ra.stage_number
                where ra.authority_id = :a and s.authority_id = :a and s.responded_on between :f0 and :t0
                group by ra.action_kind, ra.stage_number"""), authorityId, List.of(year)),
                rs -> new RemedyAtStage(rs.getString("action_kind"), rs.getInt("stage_number")),
                rs -> rs.getLong("y0"), 0L);
    }

    // ---- the dashboard ----------------------------------------------------------------------------------------------

    /**
     * Dashboard: feedback received per directorate and type (key: the type's key) in this year so far
     * ({@code current}) and last year to the same day ({@code previous}).
     */
    Tally<DirectorateAnd, YearPair> receivedInPeriods(long authorityId, Period soFar, Period lastYearToDate) {
        return tally(periods(db.sql("""
                select c.directorate_id, c.feedback_type, %s
                from feedback_case c
                where c.authority_id = :a and c.received_on between :from and :to
                group by c.directorate_id, c.feedback_type""".formatted(perYear("c.received_on", "count(*)", 2))),
                authorityId, List.of(soFar, lastYearToDate)),
                rs -> new DirectorateAnd(rs.getLong("directorate_id"), rs.getString("feedback_type")),
                ReportQueries::twoPeriods, YearPair.NONE);
    }

    /** Dashboard: complaints received per directorate and top-level reason (key: its key), in the same periods. */
    Tally<DirectorateAnd, YearPair> reasonsInPeriods(long authorityId, Period soFar, Period lastYearToDate) {
        return tally(periods(db.sql("""
                select c.directorate_id, coalesce(cr.parent_key, cr.reason_key) as reason, %s
                from feedback_case c
                  join case_reason r on r.case_id = c.id
                  join complaint_reason cr on cr.authority_id = r.authority_id and cr.reason_key = r.reason_key
                where c.authority_id = :a and c.feedback_type = 'complaint' and c.received_on between :from and :to
                group by c.directorate_id, coalesce(cr.parent_key, cr.reason_key)""".formatted(
                perYear("c.received_on", "count(distinct c.id)", 2))), authorityId, List.of(soFar, lastYearToDate)),
                rs -> new DirectorateAnd(rs.getLong("directorate_id"), rs.getString("reason")),
                ReportQueries::twoPeriods, YearPair.NONE);
    }

    /**
     * Dashboard: open cases now per directorate and service; overdue means the current stage's response is past its
     * due date. An open case carries that date as {@code open_response_due}, and only an open one does (V17).
     */
    Tally<ServiceIn, OpenCases> openNow(long authorityId, LocalDate today) {
        return tally(db.sql("""
                select c.directorate_id, c.service_id, count(*) as open_cases,
                       count(*) filter (where c.open_response_due < :today) as overdue
                from feedback_case c
                where c.authority_id = :a and c.open_response_due is not null
                group by c.directorate_id, c.service_id""")
                .param("a", authorityId).param("today", today),
                rs -> new ServiceIn(rs.getLong("directorate_id"), rs.getLong("service_id")),
                rs -> new OpenCases(rs.getLong("open_cases"), rs.getLong("overdue")), OpenCases.NONE);
    }

    /** Dashboard: stage 1 complaint responses in a period per directorate (key: its id). */
    Tally<Long, OnTime> respondedInPeriod(long authorityId, Period period) {
        return tally(db.sql("""
                select s.case_directorate_id, count(*) as responses,
                       count(*) filter (where s.responded_on <= s.response_due) as on_time
                from case_stage s
                where s.authority_id = :a and s.stage_number = 1 and s.case_feedback_type = 'complaint'
                  and s.responded_on between :from and :to
                group by s.case_directorate_id""")
                .param("a", authorityId).param("from", period.from()).param("to", period.to()),
                rs -> rs.getLong("case_directorate_id"),
                rs -> new OnTime(rs.getLong("responses"), rs.getLong("on_time")), OnTime.NONE);
    }

    /** The first financial year with any feedback, for the year chooser; empty when there is none. */
    java.util.Optional<FinancialYear> firstYear(long authorityId) {
        return db.sql("select min(received_on) from feedback_case where authority_id = ?").param(authorityId)
                .query((rs, n) -> java.util.Optional.ofNullable(rs.getObject(1, java.time.LocalDate.class)))
                .single().map(FinancialYear::of);
    }
}
