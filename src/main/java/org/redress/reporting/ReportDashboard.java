package org.redress.reporting;

import org.redress.platform.FinancialYear;
import org.redress.platform.Percentages;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.redress.casework.ComplaintReason;
import org.redress.casework.FeedbackType;
import org.redress.casework.Taxonomy;
import org.redress.organisation.CouncilService;
import org.redress.organisation.CouncilStructure;
import org.redress.organisation.Directorate;
import org.redress.reporting.ReportQueries.Counts;
import org.redress.reporting.ReportQueries.Period;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff dashboard: this financial year so far against the same point last year, open and overdue cases now,
 * timeliness this quarter, and the reasons complained about most; for the whole council or one directorate. Every
 * table is one aggregation, like the annual report's.
 */
@Service
public class ReportDashboard {

    static final int TOP_REASONS = 5;

    private final ReportQueries queries;
    private final CouncilStructure structure;
    private final Taxonomy taxonomy;
    private final ReportingProperties properties;
    private final Clock clock;

    ReportDashboard(ReportQueries queries, CouncilStructure structure, Taxonomy taxonomy,
            ReportingProperties properties, Clock clock) {
        this.queries = queries;
        this.structure = structure;
        this.taxonomy = taxonomy;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The dashboard.
     *
     * @param directorate the directorate shown, or null for the whole council
     * @param services the services the open-cases table lists, each with its id for links into the work queue
     */
    public record Dashboard(LocalDate today, FinancialYear year, int quarter, Directorate directorate,
            List<Directorate> directorates, List<CouncilService> services, ReportTable received, ReportTable open,
            ReportTable timeliness, ReportTable reasons) {
    }

    @Transactional(readOnly = true)
    public Dashboard build(long authorityId, Long directorateId) {
        LocalDate today = LocalDate.now(clock);
        FinancialYear year = FinancialYear.of(today);
        List<Directorate> all = structure.directorates(authorityId);
        Directorate chosen = directorateId == null ? null : all.stream().filter(d -> d.id() == directorateId)
                .findFirst().orElseThrow(() -> new org.redress.platform.InvalidInput("directorate",
                        "Choose one of the council's directorates"));
        List<Directorate> shown = chosen == null ? all : List.of(chosen);
        // the same day last year; 29 February falls back to the 28th
        LocalDate sameDayLastYear = today.minusYears(1);
        List<Period> periods = List.of(new Period(year.start(), today),
                new Period(year.previous().start(), sameDayLastYear));

        Counts received = queries.receivedInPeriods(authorityId, periods);
        List<ReportRow> receivedRows = new ArrayList<>();
        long[] total = new long[2];
        for (FeedbackType type : FeedbackType.values()) {
            long[] n = new long[2];
            for (Directorate d : shown) {
                n = ReportQueries.sum(n, received.get(d.id(), type.key()));
            }
            receivedRows.add(changeRow(type.label(), n));
            total = ReportQueries.sum(total, n);
        }
        receivedRows.add(changeRow("Total", total));
        String soFar = "1 April to today";
        ReportTable receivedTable = new ReportTable("dashboard-received", "Feedback received this year so far",
                List.of(year.name() + " (" + soFar + ")", year.previous().name() + " to the same day",
                        "Difference", "% difference"), receivedRows, List.of(3),
                "Received from 1 April to today, against 1 April to the same day last year.");

        Counts open = queries.openNow(authorityId, today);
        List<CouncilService> services = structure.services(authorityId).stream()
                .filter(s -> shown.stream().anyMatch(d -> d.id() == s.directorateId())).toList();
        List<ReportRow> openRows = new ArrayList<>();
        long[] openTotal = new long[2];
        for (CouncilService s : services) {
            long[] n = open.get(s.directorateId(), s.id());
            openRows.add(ReportRow.counts(s.directorateName() + ": " + s.name(), List.of(n[0], n[1])));
            openTotal = ReportQueries.sum(openTotal, n);
        }
        openRows.add(ReportRow.counts("Total", List.of(openTotal[0], openTotal[1])));
        ReportTable openTable = new ReportTable("dashboard-open", "Open cases now, by service",
                List.of("Open", "Overdue"), openRows,
                "Overdue: the current stage's response is past its due date.");

        int quarter = year.quarterOf(today);
        Counts responded = queries.respondedInPeriod(authorityId, new Period(year.quarterStart(quarter), today));
        List<ReportRow> timelinessRows = new ArrayList<>();
        long[] timelinessTotal = new long[2];
        for (Directorate d : shown) {
            long[] n = responded.get(d.id());
            timelinessRows.add(timelinessRow(d.name(), n));
            timelinessTotal = ReportQueries.sum(timelinessTotal, n);
        }
        if (shown.size() > 1) {
            timelinessRows.add(timelinessRow("Whole council", timelinessTotal));
        }
        ReportTable timelinessTable = new ReportTable("dashboard-timeliness",
                "Stage 1 complaints responded to on time this quarter (quarter " + quarter + ")",
                List.of("Responses", "On time", "% on time", "Standard (%)"), timelinessRows, List.of(2, 3), null);

        Counts reasons = queries.reasonsInPeriods(authorityId, periods);
        List<ComplaintReason> top = taxonomy.reasons(authorityId).stream().filter(r -> r.parentKey() == null)
                .toList();
        List<ReportRow> reasonRows = top.stream()
                .map(r -> {
                    long[] n = new long[2];
                    for (Directorate d : shown) {
                        n = ReportQueries.sum(n, reasons.get(d.id(), r.key()));
                    }
                    return ReportRow.counts(r.name(), List.of(n[0], n[1]));
                })
                .filter(row -> row.values().get(0).longValue() > 0)
                .sorted(Comparator.comparingLong((ReportRow row) -> -row.values().get(0).longValue()))
                .limit(TOP_REASONS)
                .toList();
        ReportTable reasonsTable = new ReportTable("dashboard-reasons", "Reasons complained about most this year",
                List.of(year.name() + " so far", year.previous().name() + " to the same day"), reasonRows,
                "Complaints received, counted once under each reason given.");

        return new Dashboard(today, year, quarter, chosen, all, services, receivedTable, openTable, timelinessTable,
                reasonsTable);
    }

    private static ReportRow changeRow(String label, long[] n) {
        return ReportRow.counts(label, Arrays.asList(n[0], n[1], n[0] - n[1], Percentages.change(n[0], n[1])));
    }

    private ReportRow timelinessRow(String label, long[] n) {
        return ReportRow.counts(label, Arrays.asList(n[0], n[1], Percentages.share(n[1], n[0]),
                properties.timelinessStandard()));
    }
}
