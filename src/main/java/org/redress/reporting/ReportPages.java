package org.redress.reporting;

import org.redress.platform.FinancialYear;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.redress.organisation.Scope;
import org.redress.organisation.StaffUser;
import org.redress.platform.InvalidInput;
import org.redress.platform.Percentages;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The annual report as a web page for any signed-in member of staff who sees the whole council (report viewers
 * included), with a year chooser,
 * a contents list, every table, the charts, and the downloads. Downloads are served here too, on the staff session,
 * so a browser needs no API credentials. Staff scoped to one directorate get that directorate's dashboard only.
 */
@Controller
class ReportPages {

    private final ReportDownloads downloads;
    private final ReportQueries queries;
    private final ReportCharts charts;
    private final ReportingProperties properties;
    private final ReportDashboard dashboards;
    private final ComplaintHandlingFigures complaintHandling;
    private final Clock clock;

    ReportPages(ReportDownloads downloads, ReportQueries queries, ReportCharts charts, ReportingProperties properties,
            ReportDashboard dashboards, ComplaintHandlingFigures complaintHandling, Clock clock) {
        this.complaintHandling = complaintHandling;
        this.dashboards = dashboards;
        this.downloads = downloads;
        this.queries = queries;
        this.charts = charts;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/staff/reports/annual")
    String annual(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) String year,
            Model model) {
        ReportDownloads.requireWholeCouncil(user);
        FinancialYear current = FinancialYear.of(LocalDate.now(clock));
        // the last complete year is what a committee reads
        FinancialYear chosen = year == null || year.isBlank() ? current.previous() : downloads.year(parse(year));
        AnnualReport report = downloads.report(user, chosen, AnnualFeedbackReport.Options.DEFAULTS);
        model.addAttribute("report", report);
        model.addAttribute("years", years(user.authorityId(), current, chosen));
        model.addAttribute("fmt", new ReportFormat());
        model.addAttribute("charts", charts.all(report));
        model.addAttribute("standard", properties.timelinessStandard());
        model.addAttribute("tag", properties.tag());
        return "reporting/annual";
    }

    /** The Complaint Handling Code's figures, the same as the API's, with each directorate's and service's. */
    @GetMapping("/staff/reports/complaint-handling")
    String complaintHandling(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) String year,
            Model model) {
        ReportDownloads.requireWholeCouncil(user);
        FinancialYear current = FinancialYear.of(LocalDate.now(clock));
        FinancialYear chosen = year == null || year.isBlank() ? current.previous() : downloads.year(parse(year));
        model.addAttribute("report", complaintHandling.build(user.authorityId(), chosen));
        model.addAttribute("year", chosen);
        model.addAttribute("years", years(user.authorityId(), current, chosen));
        model.addAttribute("share", new Share());
        return "reporting/complaint-handling";
    }

    /** The years a chooser offers: from the current one back to the first with records, or the one chosen. */
    private List<FinancialYear> years(long authorityId, FinancialYear current, FinancialYear chosen) {
        FinancialYear first = queries.firstYear(authorityId).orElse(current.previous());
        List<FinancialYear> years = new ArrayList<>();
        for (int y = current.startYear(); y >= Math.min(first.startYear(), chosen.startYear()); y--) {
            years.add(new FinancialYear(y));
        }
        return years;
    }

    /** A count with its share of another for the page: "12 (92%)", or "0 (not applicable)" with nothing to share. */
    static final class Share {
        public String of(long part, long whole) {
            Integer percent = Percentages.share(part, whole);
            return String.format(Locale.UK, "%,d", part)
                    + (percent == null ? " (not applicable)" : " (" + percent + "%)");
        }
    }

    @GetMapping("/staff/reports/annual/download")
    ResponseEntity<?> download(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) String year,
            @RequestParam(required = false) String format, @RequestParam(required = false) String table) {
        ReportDownloads.requireWholeCouncil(user);
        ReportDownloads.Format chosen = ReportDownloads.Format.parse(format == null ? "xlsx" : format);
        AnnualReport report = downloads.report(user, downloads.year(parse(year)),
                AnnualFeedbackReport.Options.DEFAULTS);
        return downloads.respond(report, chosen, table);
    }

    @GetMapping("/staff/reports/dashboard")
    String dashboard(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) String directorate,
            Model model) {
        Long chosen = null;
        if (directorate != null && !directorate.isBlank()) {
            try {
                chosen = Long.valueOf(directorate.strip());
            } catch (NumberFormatException e) {
                throw new InvalidInput("directorate", "Choose one of the council's directorates");
            }
        }
        Scope scope = user.caseScope();
        switch (scope.kind()) {
            case WHOLE_COUNCIL -> { }
            case DIRECTORATE -> {
                if (chosen != null && chosen != scope.directorateId().longValue()) {
                    throw new AccessDeniedException("You see your own directorate's dashboard only");
                }
                chosen = scope.directorateId();
            }
            // the dashboard counts by directorate: a service's officer has no directorate's figures to see
            case SERVICE -> throw new AccessDeniedException("The dashboard shows a whole directorate; staff scoped "
                    + "to one service see its cases in the work queue");
        }
        model.addAttribute("dashboard", dashboards.build(user.authorityId(), chosen));
        model.addAttribute("scoped", !user.seesWholeCouncil());
        model.addAttribute("fmt", new ReportFormat());
        return "reporting/dashboard";
    }

    private static Integer parse(String year) {
        if (year == null || year.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(year.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput("year", "Give the financial year by its first year, e.g. 2020 for 2020/21, not '"
                    + year + "'");
        }
    }

    /** A year or format nobody offered: say which and why, with a 400. */
    @ExceptionHandler(InvalidInput.class)
    ModelAndView invalid(InvalidInput e) {
        ModelAndView page = new ModelAndView("reporting/problem", HttpStatus.BAD_REQUEST);
        page.addObject("problems", e.problems());
        return page;
    }
}
