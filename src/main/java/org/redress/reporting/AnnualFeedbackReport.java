package org.redress.reporting;

import org.redress.platform.FinancialYear;
import org.redress.platform.Percentages;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.redress.casework.Channel;
import org.redress.conduct.ConductStatistics;
import org.redress.conduct.Table16Row;
import org.redress.casework.ComplaintReason;
import org.redress.casework.DelayReason;
import org.redress.casework.FeedbackType;
import org.redress.casework.Outcome;
import org.redress.casework.PaymentSource;
import org.redress.casework.RemedyKind;
import org.redress.casework.Taxonomy;
import org.redress.organisation.Authorities;
import org.redress.organisation.CouncilService;
import org.redress.organisation.CouncilStructure;
import org.redress.organisation.Directorate;
import org.redress.procedure.Procedures;
import org.redress.reporting.AnnualReport.SuspendedPeriod;
import org.redress.reporting.ReportQueries.DirectorateAnd;
import org.redress.reporting.ReportQueries.Money;
import org.redress.reporting.ReportQueries.PaidBy;
import org.redress.reporting.ReportQueries.PaidForReason;
import org.redress.reporting.ReportQueries.RemedyAtStage;
import org.redress.reporting.ReportQueries.Responses;
import org.redress.reporting.ReportQueries.ServiceIn;
import org.redress.reporting.ReportQueries.StageOutcome;
import org.redress.reporting.ReportQueries.Tally;
import org.redress.reporting.ReportQueries.ThreeYears;
import org.redress.reporting.ReportQueries.YearPair;
import org.redress.ombudsman.AnnualFigures;
import org.redress.ombudsman.Fraction;
import org.redress.ombudsman.OmbudsmanCategory;
import org.redress.ombudsman.OmbudsmanDecision;
import org.redress.ombudsman.OmbudsmanStatistics;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the annual customer feedback report of a council for a financial year, table by table as the model report
 * numbers them (docs/rules.md §11). Most figures come from {@link ReportQueries}' three passes (received, stages,
 * reasons; ADR 0008), the rest from a query each (money, remedy actions); here they are only arranged, totalled
 * (every total is the sum of the parts shown), compared with the year before and turned into percentages by
 * {@link Percentages}. Each table's id and title come from {@link TableId} and the messages.
 *
 * <p>Table 16 comes from the Monitoring Officer's conduct complaints through {@link ConductStatistics}; tables 17 to
 * 22 and the Ombudsman's column of table 1 from the council's own Ombudsman cases through
 * {@link OmbudsmanStatistics}.
 */
@Service
public class AnnualFeedbackReport {

    /** The parent reason whose sub-reasons table 10 breaks down. */
    static final String ISSUES_WITH_SERVICE = "issues_with_service";

    private final ReportQueries queries;
    private final CouncilStructure structure;
    private final Taxonomy taxonomy;
    private final Procedures procedures;
    private final Authorities authorities;
    private final ReportingProperties properties;
    private final OmbudsmanStatistics ombudsman;
    private final ConductStatistics conduct;
    private final MessageSource messages;

    AnnualFeedbackReport(ReportQueries queries, CouncilStructure structure, Taxonomy taxonomy, Procedures procedures,
            Authorities authorities, ReportingProperties properties, OmbudsmanStatistics ombudsman,
            ConductStatistics conduct, MessageSource messages) {
        this.queries = queries;
        this.structure = structure;
        this.taxonomy = taxonomy;
        this.procedures = procedures;
        this.authorities = authorities;
        this.properties = properties;
        this.ombudsman = ombudsman;
        this.conduct = conduct;
        this.messages = messages;
    }

    /**
     * What a reader may choose besides the year.
     *
     * @param tag the tag to count feedback for (null: the configured one)
     * @param remedyThreshold table 23 shows actions recorded more than this many times (null: the configured one)
     */
    public record Options(String tag, Integer remedyThreshold) {
        public static final Options DEFAULTS = new Options(null, null);
    }

    /** The report with the configured options. */
    @Transactional(readOnly = true)
    public AnnualReport build(long authorityId, FinancialYear year) {
        return build(authorityId, year, Options.DEFAULTS);
    }

    @Transactional(readOnly = true)
    public AnnualReport build(long authorityId, FinancialYear year, Options options) {
        String tag = options.tag() == null || options.tag().isBlank() ? properties.tag() : options.tag().strip();
        int threshold = options.remedyThreshold() == null ? properties.remedyThreshold() : options.remedyThreshold();
        queries.roomToCount();
        Context x = new Context(authorityId, year, tag);

        List<ReportTable> tables = new ArrayList<>();
        tables.add(table1(x));
        tables.add(taggedFeedback(x, tag));
        tables.add(table2(x));
        tables.add(table3(x));
        tables.add(table4(x));
        tables.add(outcomes(x, TableId.TABLE_5, 1));
        tables.add(outcomes(x, TableId.TABLE_6, 2));
        tables.add(table7(x));
        tables.add(table8(x));
        tables.add(table9(x));
        tables.add(table10(x));
        tables.add(timeliness(x));
        Tally<DirectorateAnd, YearPair> delays = x.stages.delays();
        tables.add(table11(x, delays));
        tables.add(table12(x, delays));
        tables.add(table13(x, delays));
        tables.add(table14(x));
        tables.add(table15(x));
        tables.add(compensationByReason(x));
        tables.add(table16(x));
        tables.add(table17(x));
        tables.add(table18(x));
        tables.add(ombudsmanRates(x));
        tables.addAll(tables19To22(x));
        tables.add(table23(x, threshold));
        tables.addAll(appendixA(x));

        List<SuspendedPeriod> suspended = procedures.suspensions(authorityId).stream()
                .filter(s -> !s.lastDay().isBefore(year.previous().start()) && !s.firstDay().isAfter(year.end()))
                .map(s -> new SuspendedPeriod(s.firstDay(), s.lastDay(), s.description()))
                .toList();
        return new AnnualReport(year.name(), year.startYear(), authorities.get(authorityId).name(), year.start(),
                year.end(), suspended, tables);
    }

    /** What every table needs: the years, the council's structure and taxonomy, and the shared counts. */
    private final class Context {
        final long authorityId;
        final FinancialYear year;
        final FinancialYear previous;
        final List<FinancialYear> twoYears;
        final List<FinancialYear> threeYears;
        final List<Directorate> directorates;
        final List<CouncilService> services;
        final List<ComplaintReason> reasons;
        final Tally<DirectorateAnd, ThreeYears> received;
        final Tally<ServiceIn, ThreeYears> complaintsByService;
        final ReportQueries.Received receivedCounts;
        final ReportQueries.Stages stages;
        final ReportQueries.Reasons reasonCounts;

        Context(long authorityId, FinancialYear year, String tag) {
            this.authorityId = authorityId;
            this.year = year;
            this.previous = year.previous();
            this.twoYears = List.of(year, previous);
            this.threeYears = List.of(year, previous, previous.previous());
            this.directorates = structure.directorates(authorityId);
            this.services = structure.services(authorityId);
            this.reasons = taxonomy.reasons(authorityId);
            // three passes over the records fill most tables (ADR 0008)
            this.receivedCounts = queries.received(authorityId, year, tag);
            this.received = receivedCounts.byDirectorateAndType();
            this.complaintsByService = receivedCounts.complaintsByService();
            this.stages = queries.stages(authorityId, year);
            this.reasonCounts = queries.reasons(authorityId, year, ISSUES_WITH_SERVICE);
        }

        /** Feedback of a type received in the whole council, in the year and the two before. */
        ThreeYears received(FeedbackType type) {
            ThreeYears total = ThreeYears.NONE;
            for (Directorate d : directorates) {
                total = total.plus(received(d, type));
            }
            return total;
        }

        ThreeYears received(Directorate d, FeedbackType type) {
            return received.of(new DirectorateAnd(d.id(), type.key()));
        }

        List<String> directorateNames() {
            return directorates.stream().map(Directorate::name).toList();
        }

        List<ComplaintReason> topReasons() {
            return reasons.stream().filter(r -> r.parentKey() == null).toList();
        }
    }

    // ---- section 3: feedback received ------------------------------------------------------------------------------

    private ReportTable table1(Context x) {
        List<FeedbackType> types = List.of(FeedbackType.COMPLAINT, FeedbackType.COMMENT, FeedbackType.COMPLIMENT);
        List<YearPair> columns = new ArrayList<>(types.stream().map(t -> x.received(t).lastTwo()).toList());
        List<OmbudsmanStatistics.ReceivedRow> heard = ombudsman.receivedOverYears(x.authorityId,
                x.year.startYear(), 2); // newest first
        columns.add(new YearPair(heard.get(0).total(), heard.get(1).total()));
        return new ReportTable(TableId.TABLE_1.id(), title(TableId.TABLE_1),
                List.of("Complaints (stage 1)", "Comments", "Compliments", "Ombudsman complaints"), comparison(x, columns),
                "Received in the year, by the date received; Ombudsman complaints and enquiries by the date the "
                        + "council heard from the Ombudsman (table 17's total).");
    }

    private ReportTable taggedFeedback(Context x, String tag) {
        Tally<String, ThreeYears> tagged = x.receivedCounts.taggedByType();
        List<ReportRow> rows = new ArrayList<>();
        YearPair total = YearPair.NONE;
        for (FeedbackType type : FeedbackType.values()) {
            YearPair n = tagged.of(type.key()).lastTwo();
            rows.add(changeRow(type.label(), n));
            total = total.plus(n);
        }
        rows.add(changeRow("Total", total));
        return new ReportTable(TableId.TAGGED_FEEDBACK.id(), title(TableId.TAGGED_FEEDBACK, tag),
                List.of(x.year.name(), x.previous.name(), "Difference", "% difference"), rows, List.of(3),
                "Every type of feedback received in the year carrying the tag, matched ignoring case.");
    }

    private ReportTable table2(Context x) {
        List<YearPair> perDirectorate = x.directorates.stream()
                .map(d -> x.received(d, FeedbackType.COMPLAINT).lastTwo()).toList();
        return new ReportTable(TableId.TABLE_2.id(), title(TableId.TABLE_2),
                andTotal(x.directorateNames()), comparison(x, withTotal(perDirectorate)),
                "Complaints received in the year, by the directorate that was responsible when they were logged.");
    }

    private ReportTable table3(Context x) {
        Tally<Long, YearPair> stage2 = x.stages.stage2Received();
        List<YearPair> perDirectorate = x.directorates.stream().map(d -> stage2.of(d.id())).toList();
        return new ReportTable(TableId.TABLE_3.id(), title(TableId.TABLE_3),
                andTotal(x.directorateNames()), comparison(x, withTotal(perDirectorate)),
                "Requests for stage 2 received in the year, by the date asked for.");
    }

    private ReportTable table4(Context x) {
        Tally<DirectorateAnd, YearPair> closed = x.stages.closedAtStage1();
        List<FeedbackType> types = List.of(FeedbackType.COMMENT, FeedbackType.COMPLAINT, FeedbackType.COMPLIMENT);
        List<ReportRow> rows = new ArrayList<>();
        List<YearPair> totals = new ArrayList<>();
        types.forEach(t -> totals.add(YearPair.NONE));
        for (Directorate d : x.directorates) {
            List<YearPair> n = new ArrayList<>();
            for (int t = 0; t < types.size(); t++) {
                n.add(closed.of(new DirectorateAnd(d.id(), types.get(t).key())));
                totals.set(t, totals.get(t).plus(n.get(t)));
            }
            rows.add(ReportRow.counts(d.name(), boxed(withTotal(figures(n, YearPair::current)))));
        }
        long[] now = withTotal(figures(totals, YearPair::current));
        long[] before = withTotal(figures(totals, YearPair::previous));
        rows.add(ReportRow.counts("Total for " + x.year.name(), boxed(now)));
        rows.add(ReportRow.counts("Total for " + x.previous.name(), boxed(before)));
        rows.add(ReportRow.counts("Difference", boxed(difference(now, before))));
        rows.add(ReportRow.percents("% difference", change(now, before)));
        return new ReportTable(TableId.TABLE_4.id(), title(TableId.TABLE_4),
                List.of("Comment", "Complaint", "Compliment", "Total"), rows,
                "Closed on the date of the stage 1 response, or for feedback closed without one (comments, "
                        + "compliments, withdrawn cases) on the date closed.");
    }

    private ReportTable outcomes(Context x, TableId table, int stage) {
        Tally<StageOutcome, YearPair> counts = x.stages.outcomes();
        List<String> columns = new ArrayList<>();
        for (Outcome o : Outcome.values()) {
            columns.add(o.label());
        }
        columns.add("Total");
        List<YearPair> perOutcome = Arrays.stream(Outcome.values())
                .map(o -> counts.of(new StageOutcome(stage, o.key()))).toList();
        List<ReportRow> rows = sharesByYear(x, perOutcome, false);
        return new ReportTable(table.id(), title(table), columns, rows,
                "Complaints whose stage " + stage + " was responded to in the year; the number closed will not "
                        + "equal the number received.");
    }

    private ReportTable table7(Context x) {
        List<FeedbackType> types = List.of(FeedbackType.MEMBER_ENQUIRY, FeedbackType.ENQUIRY,
                FeedbackType.INFORMAL_CONCERN, FeedbackType.REPRESENTATION);
        return new ReportTable(TableId.TABLE_7.id(), title(TableId.TABLE_7),
                types.stream().map(FeedbackType::label).toList(),
                comparison(x, types.stream().map(t -> x.received(t).lastTwo()).toList()), null);
    }

    private ReportTable table8(Context x) {
        Tally<String, YearPair> reasons = x.reasonCounts.received();
        List<ComplaintReason> top = x.topReasons();
        List<String> columns = new ArrayList<>(top.stream().map(ComplaintReason::name).toList());
        columns.add("Total");
        List<ReportRow> rows = sharesByYear(x, top.stream().map(r -> reasons.of(r.key())).toList(), false);
        return new ReportTable(TableId.TABLE_8.id(), title(TableId.TABLE_8), columns, rows,
                "Complaints received in the year, counted once under each reason given (sub-reasons under their "
                        + "parent); some complaints give more than one reason. Retired reasons stay for old records.");
    }

    private ReportTable table9(Context x) {
        Tally<DirectorateAnd, Long> upheld = x.reasonCounts.upheld();
        List<ComplaintReason> top = x.topReasons();
        return byReasonAndDirectorate(x, TableId.TABLE_9,
                top.stream().map(ComplaintReason::name).toList(),
                top.stream().map(r -> (Function<Directorate, Long>)
                        d -> upheld.of(new DirectorateAnd(d.id(), r.key()))).toList(),
                "%",
                "Complaints upheld (not partly upheld) at stage 1 or 2 with the response in the year, counted once "
                        + "under each reason given.");
    }

    private ReportTable table10(Context x) {
        Tally<DirectorateAnd, Long> upheld = x.reasonCounts.upheldSubReasons();
        List<ComplaintReason> subs = x.reasons.stream().filter(r -> ISSUES_WITH_SERVICE.equals(r.parentKey()))
                .toList();
        return byReasonAndDirectorate(x, TableId.TABLE_10,
                subs.stream().map(ComplaintReason::name).toList(),
                subs.stream().map(r -> (Function<Directorate, Long>)
                        d -> upheld.of(new DirectorateAnd(d.id(), r.key()))).toList(),
                "% of total",
                "Complaints upheld at stage 1 or 2 with the response in the year, by the sub-reason given.");
    }

    /** Rows per reason, a column per directorate, a total column and its share; then a total row and its shares. */
    private ReportTable byReasonAndDirectorate(Context x, TableId table, List<String> reasonNames,
            List<Function<Directorate, Long>> counts, String shareColumn, String note) {
        int dirs = x.directorates.size();
        long[][] cells = new long[reasonNames.size()][dirs];
        long[] perDirectorate = new long[dirs];
        long grand = 0;
        for (int r = 0; r < reasonNames.size(); r++) {
            for (int d = 0; d < dirs; d++) {
                cells[r][d] = counts.get(r).apply(x.directorates.get(d));
                perDirectorate[d] += cells[r][d];
                grand += cells[r][d];
            }
        }
        List<ReportRow> rows = new ArrayList<>();
        for (int r = 0; r < reasonNames.size(); r++) {
            List<Number> values = new ArrayList<>(boxed(withTotal(cells[r])));
            values.add(Percentages.share(Arrays.stream(cells[r]).sum(), grand));
            rows.add(ReportRow.counts(reasonNames.get(r), values));
        }
        List<Number> totals = new ArrayList<>(boxed(withTotal(perDirectorate)));
        totals.add(null); // the share of the total in itself says nothing
        rows.add(ReportRow.counts("Total", totals));
        List<Integer> shares = new ArrayList<>(shares(perDirectorate, grand));
        shares.add(null);
        shares.add(null);
        rows.add(ReportRow.percents("%", shares));
        List<String> columns = new ArrayList<>(andTotal(x.directorateNames()));
        columns.add(shareColumn);
        return new ReportTable(table.id(), title(table), columns, rows, List.of(columns.size() - 1), note);
    }

    // ---- section 4: compliance with standards -------------------------------------------------------------------

    private ReportTable timeliness(Context x) {
        ReportQueries.Timeliness counted = x.stages.timeliness();
        int standard = properties.timelinessStandard();
        List<ReportRow> rows = new ArrayList<>();
        String[] quarters = {"April to June", "July to September", "October to December", "January to March"};
        Responses year = Responses.NONE;
        for (int q = 1; q <= 4; q++) {
            Responses n = counted.quarter(q);
            rows.add(timelinessRow("Quarter " + q + " (" + quarters[q - 1] + ")", n, standard));
            year = year.plus(n);
        }
        rows.add(timelinessRow(x.year.name(), year, standard));
        rows.add(timelinessRow(x.previous.name(), counted.yearBefore(), standard));
        return new ReportTable(TableId.TIMELINESS.id(), title(TableId.TIMELINESS, String.valueOf(standard)),
                List.of("Responses", "On time", "% on time", "Standard (%)", "Points above or below the standard",
                        "Responses whose clock was suspended"),
                rows, List.of(2, 3, 4),
                "By the date of the response. On time means by the due date in force, after any extension and any "
                        + "period when the council suspended its targets (those periods are listed with the report).");
    }

    private static ReportRow timelinessRow(String label, Responses n, int standard) {
        Integer percent = Percentages.share(n.onTime(), n.responses());
        return ReportRow.counts(label, Arrays.asList(n.responses(), n.onTime(), percent, standard,
                percent == null ? null : percent - standard, n.suspended()));
    }

    private ReportTable table11(Context x, Tally<DirectorateAnd, YearPair> delays) {
        List<ReportRow> rows = new ArrayList<>();
        YearPair total = YearPair.NONE;
        for (DelayReason reason : taxonomy.delayReasons(x.authorityId)) {
            YearPair n = delayTotal(x, delays, reason.key());
            rows.add(changeRow(reason.name(), n));
            total = total.plus(n);
        }
        rows.add(changeRow("Total", total));
        return new ReportTable(TableId.TABLE_11.id(), title(TableId.TABLE_11),
                List.of(x.year.name(), x.previous.name(), "Difference", "% difference"), rows, List.of(3),
                "Reasons given for late complaint responses (any stage) sent in the year.");
    }

    private static YearPair delayTotal(Context x, Tally<DirectorateAnd, YearPair> delays, String key) {
        YearPair n = YearPair.NONE;
        for (Directorate d : x.directorates) {
            n = n.plus(delays.of(new DirectorateAnd(d.id(), key)));
        }
        return n;
    }

    private ReportTable table12(Context x, Tally<DirectorateAnd, YearPair> delays) {
        List<DelayReason> reasons = taxonomy.delayReasons(x.authorityId);
        Map<DelayReason, YearPair> totals = new LinkedHashMap<>();
        for (DelayReason r : reasons) {
            totals.put(r, delayTotal(x, delays, r.key()));
        }
        List<DelayReason> top = topByThisYear(reasons, totals, 5);
        long complaints = x.received(FeedbackType.COMPLAINT).current();
        List<ReportRow> rows = List.of(
                ReportRow.counts(x.year.name(), top.stream().map(r -> totals.get(r).current()).toList()),
                ReportRow.counts(x.previous.name(), top.stream().map(r -> totals.get(r).previous()).toList()),
                ReportRow.percents("% of complaints received in " + x.year.name(),
                        top.stream().map(r -> Percentages.share(totals.get(r).current(), complaints)).toList()));
        return new ReportTable(TableId.TABLE_12.id(), title(TableId.TABLE_12),
                top.stream().map(DelayReason::name).toList(), rows,
                "The five reasons given most often this year, against the complaints received this year.");
    }

    private ReportTable table13(Context x, Tally<DirectorateAnd, YearPair> delays) {
        List<DelayReason> reasons = taxonomy.delayReasons(x.authorityId);
        List<ReportRow> rows = new ArrayList<>();
        for (Directorate d : x.directorates) {
            Map<DelayReason, YearPair> counts = new LinkedHashMap<>();
            for (DelayReason r : reasons) {
                counts.put(r, delays.of(new DirectorateAnd(d.id(), r.key())));
            }
            long complaints = x.received(d, FeedbackType.COMPLAINT).current();
            for (DelayReason r : topByThisYear(reasons, counts, 3)) {
                YearPair n = counts.get(r);
                rows.add(new ReportRow(r.name(), ReportRow.COUNT, d.name(),
                        Arrays.asList(n.current(), n.previous(), Percentages.share(n.current(), complaints))));
            }
        }
        return new ReportTable(TableId.TABLE_13.id(), title(TableId.TABLE_13),
                List.of(x.year.name(), x.previous.name(), "% of the directorate's complaints received in "
                        + x.year.name()), rows, List.of(2),
                "For each directorate, the three reasons it gave most often this year.");
    }

    /** The reasons with the most this year (ties in the council's order), leaving out those never given. */
    private static List<DelayReason> topByThisYear(List<DelayReason> reasons, Map<DelayReason, YearPair> counts,
            int how) {
        return reasons.stream()
                .filter(r -> counts.get(r).current() > 0 || counts.get(r).previous() > 0)
                .sorted(Comparator.comparingLong((DelayReason r) -> -counts.get(r).current()))
                .limit(how)
                .toList();
    }

    // ---- section 5 onwards ---------------------------------------------------------------------------------------

    private ReportTable table14(Context x) {
        Tally<String, ThreeYears> channels = x.receivedCounts.byChannel();
        List<String> columns = new ArrayList<>();
        for (Channel c : Channel.values()) {
            columns.add(c.label());
        }
        columns.add("Total");
        List<ReportRow> rows = sharesByYear(x,
                Arrays.stream(Channel.values()).map(c -> channels.of(c.key()).lastTwo()).toList(), true);
        return new ReportTable(TableId.TABLE_14.id(), title(TableId.TABLE_14), columns, rows,
                "Complaints, comments, compliments and informal concerns received in the year.");
    }

    private ReportTable table15(Context x) {
        Tally<PaidBy, Money> paid = queries.table15Payments(x.authorityId, x.year);
        List<ReportRow> rows = new ArrayList<>();
        BigDecimal[] totals = {zero(), zero(), zero(), zero()};
        for (Directorate d : x.directorates) {
            Money local = paid.of(new PaidBy(d.id(), PaymentSource.LOCAL_RESOLUTION.key()));
            Money ombudsman = paid.of(new PaidBy(d.id(), PaymentSource.OMBUDSMAN.key()));
            BigDecimal[] row = {local.current(), ombudsman.current(), local.current().add(ombudsman.current()),
                    local.previous().add(ombudsman.previous())};
            for (int i = 0; i < 4; i++) {
                totals[i] = totals[i].add(row[i]);
            }
            rows.add(moneyRow(d.name(), row));
        }
        rows.add(moneyRow("Total", totals));
        return new ReportTable(TableId.TABLE_15.id(), title(TableId.TABLE_15),
                List.of("Local resolution " + x.year.name(), "After Ombudsman decisions " + x.year.name(),
                        "Total " + x.year.name(), "Total " + x.previous.name(), "Difference", "% difference"),
                rows, List.of(5),
                "Money paid or waived in the year, by the date paid and the directorate that paid. Money paid in a "
                        + "year may relate to complaints of earlier years.");
    }

    private ReportTable compensationByReason(Context x) {
        Map<String, PaidForReason> paid = queries.compensationByReason(x.authorityId, x.year);
        List<ReportRow> rows = new ArrayList<>();
        List<String> keys = new ArrayList<>(x.topReasons().stream().map(ComplaintReason::key).toList());
        keys.add(null); // a case with no reason recorded
        for (String key : keys) {
            if (!paid.containsKey(key)) {
                continue;
            }
            String name = key == null ? "No reason recorded" : x.topReasons().stream()
                    .filter(r -> r.key().equals(key)).findFirst().map(ComplaintReason::name).orElse(key);
            rows.add(ReportRow.money(name, List.of(paid.get(key).paid())));
        }
        return new ReportTable(TableId.COMPENSATION_BY_REASON.id(), title(TableId.COMPENSATION_BY_REASON),
                List.of(x.year.name()), rows,
                "Money paid or waived in the year, under each reason its complaint gave; a complaint with several "
                        + "reasons counts under each, so the rows add up to more than table 15's total.");
    }

    private static ReportRow moneyRow(String label, BigDecimal[] v) {
        return ReportRow.money(label, Arrays.asList(v[0], v[1], v[2], v[3], v[2].subtract(v[3]),
                Percentages.change(v[2], v[3])));
    }

    // ---- section 7: member code-of-conduct complaints ------------------------------------------------------------

    /** The model report's shape: a row per outcome, a column per year, this year first. */
    private ReportTable table16(Context x) {
        List<ConductStatistics.YearCounts> years = conduct.table16(x.authorityId, x.threeYears);
        List<ReportRow> rows = Arrays.stream(Table16Row.values())
                .map(r -> ReportRow.counts(r.label(), years.stream().map(y -> y.count(r)).toList()))
                .toList();
        return new ReportTable(TableId.TABLE_16.id(), title(TableId.TABLE_16),
                x.threeYears.stream().map(FinancialYear::name).toList(), rows,
                "By the date of the Monitoring Officer's final decision (complaints responded to in the year). A "
                        + "complaint referred for investigation counts when the investigation concludes: a sanction "
                        + "under action taken, no breach found under no action.");
    }

    // ---- sections 9 to 12: the Ombudsman ---------------------------------------------------------------------------

    private ReportTable table17(Context x) {
        List<OmbudsmanStatistics.ReceivedRow> years = ombudsman.receivedOverYears(x.authorityId, x.year.startYear(), 3);
        List<String> columns = new ArrayList<>(Arrays.stream(OmbudsmanCategory.values()).map(OmbudsmanCategory::label)
                .toList());
        columns.add("Total");
        List<ReportRow> rows = years.stream().map(y -> {
            List<Long> values = new ArrayList<>(y.byCategory().stream().map(OmbudsmanStatistics.CategoryCount::count)
                    .toList());
            values.add(y.total());
            return ReportRow.counts(y.year().name(), values);
        }).toList();
        return new ReportTable(TableId.TABLE_17.id(), title(TableId.TABLE_17),
                columns, rows, "By the date the council heard from the Ombudsman.");
    }

    /** The model report's order: the detailed investigations first. */
    private static final List<OmbudsmanDecision> TABLE_18_ORDER = List.of(OmbudsmanDecision.UPHELD,
            OmbudsmanDecision.NOT_UPHELD, OmbudsmanDecision.ADVICE_GIVEN,
            OmbudsmanDecision.CLOSED_AFTER_INITIAL_ENQUIRIES, OmbudsmanDecision.INCOMPLETE_OR_INVALID,
            OmbudsmanDecision.REFERRED_BACK);

    private ReportTable table18(Context x) {
        List<String> columns = new ArrayList<>(TABLE_18_ORDER.stream().map(OmbudsmanDecision::label).toList());
        columns.add("Total");
        List<ReportRow> rows = ombudsman.decisionsOverYears(x.authorityId, x.year.startYear(), 3).stream().map(y -> {
            List<Long> values = new ArrayList<>(TABLE_18_ORDER.stream().map(y.decisions()::count).toList());
            values.add(y.decisions().total());
            return ReportRow.counts(y.year().name(), values);
        }).toList();
        return new ReportTable(TableId.TABLE_18.id(), title(TableId.TABLE_18), columns, rows,
                "By the date of the Ombudsman's decision. Upheld and not upheld follow a detailed investigation.");
    }

    /** The three rates of the Ombudsman's annual review letter, with their counts, this year and last. */
    private ReportTable ombudsmanRates(Context x) {
        AnnualFigures now = ombudsman.forAuthority(x.authorityId, x.year.startYear());
        AnnualFigures before = ombudsman.forAuthority(x.authorityId, x.previous.startYear());
        List<ReportRow> rows = List.of(
                rateRow("Uphold rate (upheld of detailed investigations)", now.uphold(), before.uphold()),
                rateRow("Compliance rate (recommendations implemented)", now.compliance(), before.compliance()),
                rateRow("Satisfactory remedy rate (upheld cases the council had put right)", now.satisfactoryRemedy(),
                        before.satisfactoryRemedy()));
        return new ReportTable(TableId.OMBUDSMAN_RATES.id(), title(TableId.OMBUDSMAN_RATES),
                List.of(x.year.name(), "Out of", x.year.name() + " (%)", x.previous.name() + " (%)"), rows,
                List.of(2, 3), "From the council's own Ombudsman cases, counted as the Ombudsman's annual review "
                        + "letter counts them; blank where there was nothing to count (not applicable, never 0%).");
    }

    private static ReportRow rateRow(String label, Fraction now, Fraction before) {
        return ReportRow.counts(label, Arrays.asList(now.numerator(), now.denominator(), now.percent(),
                before.percent()));
    }

    /**
     * Tables 19 to 22: each directorate's Ombudsman decisions of the year by service, in the council's order of
     * directorates; a council with more than four gets the rest under ids of their own.
     */
    private List<ReportTable> tables19To22(Context x) {
        Map<Long, OmbudsmanStatistics.DirectorateOutcomes> decided = new LinkedHashMap<>();
        for (OmbudsmanStatistics.DirectorateOutcomes d : ombudsman.outcomesByDirectorate(x.authorityId,
                x.year.startYear())) {
            decided.put(d.directorateId(), d);
        }
        List<ReportTable> tables = new ArrayList<>();
        for (int index = 0; index < x.directorates.size(); index++) {
            Directorate d = x.directorates.get(index);
            OmbudsmanStatistics.DirectorateOutcomes outcomes = decided.get(d.id());
            Map<String, OmbudsmanStatistics.OutcomeRow> byService = new LinkedHashMap<>();
            x.services.stream().filter(s -> s.directorateId() == d.id())
                    .forEach(s -> byService.put(s.name(), new OmbudsmanStatistics.OutcomeRow(s.name(), 0, 0, 0, 0)));
            if (outcomes != null) {
                // rows for services since moved or with no service ("Directorate-wide") join the directorate's own
                outcomes.services().forEach(r -> byService.put(r.label(), r));
            }
            List<ReportRow> rows = new ArrayList<>();
            long[] total = new long[5];
            for (OmbudsmanStatistics.OutcomeRow r : byService.values()) {
                long[] v = {r.upheld(), r.notUpheld(), r.closed(), r.premature(), r.total()};
                rows.add(ReportRow.counts(r.label(), boxed(v)));
                for (int i = 0; i < v.length; i++) {
                    total[i] += v[i];
                }
            }
            rows.add(ReportRow.counts("Total", boxed(total)));
            tables.add(new ReportTable(TableId.ombudsmanOutcomes(index, slug(d.name())),
                    title(TableId.OMBUDSMAN_OUTCOMES, d.name()),
                    List.of("Upheld", "Not upheld", "Closed: out of jurisdiction, no further action or withdrawn",
                            "Premature", "Total"), rows,
                    "Decided in the year. Decisions without a detailed investigation as the council classes them."));
        }
        return tables;
    }

    private ReportTable table23(Context x, int threshold) {
        Tally<RemedyAtStage, Long> actions = queries.table23RemedyActions(x.authorityId, x.year);
        List<ReportRow> rows = Arrays.stream(RemedyKind.values())
                .filter(k -> actions.of(new RemedyAtStage(k.key(), 1)) > threshold)
                .sorted(Comparator.comparing(RemedyKind::label))
                .map(k -> ReportRow.counts(k.label(), List.of(actions.of(new RemedyAtStage(k.key(), 1)))))
                .toList();
        return new ReportTable(TableId.TABLE_23.id(), title(TableId.TABLE_23), List.of("Stage 1"), rows,
                "Remedy actions recorded more than " + threshold + " times at stage 1, by the date of the stage 1 "
                        + "response.");
    }

    // ---- appendix A ----------------------------------------------------------------------------------------------

    private List<ReportTable> appendixA(Context x) {
        List<ReportTable> tables = new ArrayList<>();
        Set<String> slugs = new LinkedHashSet<>();
        List<FinancialYear> oldestFirst = List.of(x.threeYears.get(2), x.threeYears.get(1), x.year);
        for (Directorate d : x.directorates) {
            String slug = slug(d.name());
            if (!slugs.add(slug)) {
                slug = slug + "-" + d.id();
            }
            List<ReportRow> feedback = new ArrayList<>();
            List<ToLongFunction<ThreeYears>> newestFirst = List.of(ThreeYears::current, ThreeYears::previous,
                    ThreeYears::beforeThat);
            for (int i = 0; i < 3; i++) {
                ToLongFunction<ThreeYears> in = newestFirst.get(i);
                feedback.add(ReportRow.counts(x.threeYears.get(i).name(),
                        List.of(in.applyAsLong(x.received(d, FeedbackType.COMPLAINT)),
                                in.applyAsLong(x.received(d, FeedbackType.COMMENT)),
                                in.applyAsLong(x.received(d, FeedbackType.COMPLIMENT)))));
            }
            tables.add(new ReportTable(TableId.APPENDIX_A_FEEDBACK.appendixA(slug),
                    title(TableId.APPENDIX_A_FEEDBACK, d.name()),
                    List.of("Complaints (stage 1)", "Comments", "Compliments"), feedback, null));

            Map<Long, String> serviceNames = new LinkedHashMap<>();
            x.services.stream().filter(s -> s.directorateId() == d.id())
                    .forEach(s -> serviceNames.put(s.id(), s.name()));
            // a service since moved elsewhere still shows under the directorate its old cases were logged in
            x.complaintsByService.byKey().keySet().stream()
                    .filter(k -> k.directorateId() == d.id())
                    .map(ServiceIn::serviceId)
                    .forEach(id -> serviceNames.computeIfAbsent(id, i -> x.services.stream()
                            .filter(s -> s.id() == i).map(CouncilService::name).findFirst().orElse("Service " + i)));
            List<ReportRow> rows = new ArrayList<>();
            serviceNames.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(e -> {
                ThreeYears n = x.complaintsByService.of(new ServiceIn(d.id(), e.getKey()));
                rows.add(ReportRow.counts(e.getValue(), List.of(n.beforeThat(), n.previous(), n.current())));
            });
            ThreeYears total = ThreeYears.NONE;
            for (Long id : serviceNames.keySet()) {
                total = total.plus(x.complaintsByService.of(new ServiceIn(d.id(), id)));
            }
            rows.add(ReportRow.counts("Total complaints", List.of(total.beforeThat(), total.previous(),
                    total.current())));
            tables.add(new ReportTable(TableId.APPENDIX_A_SERVICES.appendixA(slug),
                    title(TableId.APPENDIX_A_SERVICES, d.name()),
                    oldestFirst.stream().map(FinancialYear::name).toList(), rows, null));
        }
        return tables;
    }

    /** "Growth, Environment and Transport" becomes "growth-environment-and-transport". */
    static String slug(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "directorate" : slug;
    }

    // ---- arithmetic shared by the tables -------------------------------------------------------------------------

    /** The table's title from the messages, with its arguments (a tag, a directorate's name) put in. */
    private String title(TableId table, Object... args) {
        return messages.getMessage(table.titleKey(), args, LocaleContextHolder.getLocale());
    }

    /** This year, last year, the difference and the percentage change, one column per series. */
    private static List<ReportRow> comparison(Context x, List<YearPair> columns) {
        long[] now = figures(columns, YearPair::current);
        long[] before = figures(columns, YearPair::previous);
        return List.of(ReportRow.counts(x.year.name(), boxed(now)),
                ReportRow.counts(x.previous.name(), boxed(before)),
                ReportRow.counts("Difference", boxed(difference(now, before))),
                ReportRow.percents("% difference", change(now, before)));
    }

    /**
     * For each year, newest first, a row of the parts' counts with their total, and a row of each as a share of the
     * total; the shares first if {@code sharesFirst}.
     */
    private static List<ReportRow> sharesByYear(Context x, List<YearPair> parts, boolean sharesFirst) {
        List<ReportRow> rows = new ArrayList<>();
        List<ToLongFunction<YearPair>> newestFirst = List.of(YearPair::current, YearPair::previous);
        for (int i = 0; i < 2; i++) {
            String year = x.twoYears.get(i).name();
            long[] withTotal = withTotal(figures(parts, newestFirst.get(i)));
            ReportRow counts = ReportRow.counts(year, boxed(withTotal));
            ReportRow shares = ReportRow.percents(year + " (%)", shares(withTotal, withTotal[withTotal.length - 1]));
            rows.addAll(sharesFirst ? List.of(shares, counts) : List.of(counts, shares));
        }
        return rows;
    }

    /** One year's figure of each series, in order. */
    private static long[] figures(List<YearPair> series, ToLongFunction<YearPair> year) {
        return series.stream().mapToLong(year).toArray();
    }

    private static ReportRow changeRow(String label, YearPair n) {
        return ReportRow.counts(label, Arrays.asList(n.current(), n.previous(), n.current() - n.previous(),
                Percentages.change(n.current(), n.previous())));
    }

    /** Adds a total series: the sum of the others, year by year. */
    private static List<YearPair> withTotal(List<YearPair> series) {
        List<YearPair> out = new ArrayList<>(series);
        out.add(series.stream().reduce(YearPair.NONE, YearPair::plus));
        return out;
    }

    private static long[] withTotal(long[] parts) {
        long[] out = Arrays.copyOf(parts, parts.length + 1);
        out[parts.length] = Arrays.stream(parts).sum();
        return out;
    }

    private static List<String> andTotal(List<String> names) {
        List<String> out = new ArrayList<>(names);
        out.add("Total");
        return out;
    }

    private static long[] difference(long[] now, long[] before) {
        long[] out = new long[now.length];
        for (int i = 0; i < now.length; i++) {
            out[i] = now[i] - before[i];
        }
        return out;
    }

    private static List<Integer> change(long[] now, long[] before) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < now.length; i++) {
            out.add(Percentages.change(now[i], before[i]));
        }
        return out;
    }

    private static List<Integer> shares(long[] parts, long whole) {
        List<Integer> out = new ArrayList<>();
        for (long part : parts) {
            out.add(Percentages.share(part, whole));
        }
        return out;
    }

    private static List<Long> boxed(long[] values) {
        return Arrays.stream(values).boxed().toList();
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
