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
import org.redress.reporting.ReportQueries.DirectorateAnd;
import org.redress.reporting.ReportQueries.OnTime;
import org.redress.reporting.ReportQueries.OpenCases;
import org.redress.reporting.ReportQueries.Period;
import org.redress.reporting.ReportQueries.ServiceIn;
import org.redress.reporting.ReportQueries.Tally;
import org.redress.reporting.ReportQueries.YearPair;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff dashboard: this financial year so far against the same point last year, open and overdue cases now,
 * timeliness this quarter, and the reasons complained about most; for the whole council or one directorate
 * (docs/rules.md §11). Each table is one query of {@link ReportQueries}, counting both periods at once.
 */
@Service
public class ReportDashboard {

    static final int TOP_REASONS = 5;

    private final ReportQueries queries;
    private final CouncilStructure structure;
    private final Taxonomy taxonomy;
    private final ReportingProperties properties;
    private final Clock clock;
    private final MessageSource messages;

    ReportDashboard(ReportQueries queries, CouncilStructure structure, Taxonomy taxonomy,
            ReportingProperties properties, Clock clock, MessageSource messages) {
        this.queries = queries;
        this.structure = structure;
        this.taxonomy = taxonomy;
        this.properties = properties;
        this.clock = clock;
        this.messages = messages;
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
        Period soFarThisYear = new Period(year.start(), today);
        Period lastYearToDate = new Period(year.previous().start(), sameDayLastYear);

        Tally<DirectorateAnd, YearPair> received = queries.receivedInPeriods(authorityId, soFarThisYear,
                lastYearToDate);
        List<ReportRow> receivedRows = new ArrayList<>();
        YearPair total = YearPair.NONE;
        for (FeedbackType type : FeedbackType.values()) {
            YearPair n = YearPair.NONE;
            for (Directorate d : shown) {
                n = n.plus(received.of(new DirectorateAnd(d.id(), type.key())));
            }
            receivedRows.add(changeRow(type.label(), n));
            total = total.plus(n);
        }
        receivedRows.add(changeRow("Total", total));
        String soFar = "1 April to today";
        ReportTable receivedTable = new ReportTable(TableId.DASHBOARD_RECEIVED.id(),
                title(TableId.DASHBOARD_RECEIVED),
                List.of(year.name() + " (" + soFar + ")", year.previous().name() + " to the same day",
                        "Difference", "% difference"), receivedRows, List.of(3),
                "Received from 1 April to today, against 1 April to the same day last year.");

        Tally<ServiceIn, OpenCases> open = queries.openNow(authorityId, today);
        List<CouncilService> services = structure.services(authorityId).stream()
                .filter(s -> shown.stream().anyMatch(d -> d.id() == s.directorateId())).toList();
        List<ReportRow> openRows = new ArrayList<>();
        OpenCases openTotal = OpenCases.NONE;
        for (CouncilService s : services) {
            OpenCases n = open.of(new ServiceIn(s.directorateId(), s.id()));
            openRows.add(ReportRow.counts(s.directorateName() + ": " + s.name(), List.of(n.open(), n.overdue())));
            openTotal = openTotal.plus(n);
        }
        openRows.add(ReportRow.counts("Total", List.of(openTotal.open(), openTotal.overdue())));
        ReportTable openTable = new ReportTable(TableId.DASHBOARD_OPEN.id(), title(TableId.DASHBOARD_OPEN),
                List.of("Open", "Overdue"), openRows,
                "Overdue: the current stage's response is past its due date.");

        int quarter = year.quarterOf(today);
        Tally<Long, OnTime> responded = queries.respondedInPeriod(authorityId,
                new Period(year.quarterStart(quarter), today));
        List<ReportRow> timelinessRows = new ArrayList<>();
        OnTime timelinessTotal = OnTime.NONE;
        for (Directorate d : shown) {
            OnTime n = responded.of(d.id());
            timelinessRows.add(timelinessRow(d.name(), n));
            timelinessTotal = timelinessTotal.plus(n);
        }
        if (shown.size() > 1) {
            timelinessRows.add(timelinessRow("Whole council", timelinessTotal));
        }
        ReportTable timelinessTable = new ReportTable(TableId.DASHBOARD_TIMELINESS.id(),
                title(TableId.DASHBOARD_TIMELINESS, String.valueOf(quarter)),
                List.of("Responses", "On time", "% on time", "Standard (%)"), timelinessRows, List.of(2, 3), null);

        Tally<DirectorateAnd, YearPair> reasons = queries.reasonsInPeriods(authorityId, soFarThisYear,
                lastYearToDate);
        List<ComplaintReason> top = taxonomy.reasons(authorityId).stream().filter(r -> r.parentKey() == null)
                .toList();
        List<ReportRow> reasonRows = top.stream()
                .map(r -> {
                    YearPair n = YearPair.NONE;
                    for (Directorate d : shown) {
                        n = n.plus(reasons.of(new DirectorateAnd(d.id(), r.key())));
                    }
                    return ReportRow.counts(r.name(), List.of(n.current(), n.previous()));
                })
                .filter(row -> row.values().get(0).longValue() > 0)
                .sorted(Comparator.comparingLong((ReportRow row) -> -row.values().get(0).longValue()))
                .limit(TOP_REASONS)
                .toList();
        ReportTable reasonsTable = new ReportTable(TableId.DASHBOARD_REASONS.id(), title(TableId.DASHBOARD_REASONS),
                List.of(year.name() + " so far", year.previous().name() + " to the same day"), reasonRows,
                "Complaints received, counted once under each reason given.");

        return new Dashboard(today, year, quarter, chosen, all, services, receivedTable, openTable, timelinessTable,
                reasonsTable);
    }

    private static ReportRow changeRow(String label, YearPair n) {
        return ReportRow.counts(label, Arrays.asList(n.current(), n.previous(), n.current() - n.previous(),
                Percentages.change(n.current(), n.previous())));
    }

    private ReportRow timelinessRow(String label, OnTime n) {
        return ReportRow.counts(label, Arrays.asList(n.responses(), n.onTime(), Percentages.share(n.onTime(),
                n.responses()), properties.timelinessStandard()));
    }

    private String title(TableId table, Object... args) {
        return messages.getMessage(table.titleKey(), args, LocaleContextHolder.getLocale());
    }
}
