package org.redress.reporting;

import org.redress.platform.FinancialYear;

import org.redress.organisation.StaffUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The annual customer feedback report of the caller's council over the API, in every format. */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports")
class ReportApi {

    private final ReportDownloads downloads;

    ReportApi(ReportDownloads downloads) {
        this.downloads = downloads;
    }

    @GetMapping("/annual-feedback")
    @Operation(summary = "The annual customer feedback report for a financial year",
            description = "JSON: {financialYear, tables:[{id, title, columns, rows:[{label, unit, values}]}]}; table "
                    + "ids table-1 ... table-23 as the council's report numbers them (16: conduct complaints; 19-22 are the council's first four "
                    + "directorates, in its order), appendix-a-<directorate>-feedback and -services, timeliness, "
                    + "tagged-feedback, ombudsman-rates, compensation-by-reason. Values "
                    + "are numbers, or null where a percentage does not apply.")
    ResponseEntity<?> annualFeedback(@AuthenticationPrincipal StaffUser user,
            @Parameter(description = "first year of the financial year: 2020 for 2020/21")
            @RequestParam(required = false) Integer year,
            @Parameter(description = "json (default), csv, xlsx or pdf") @RequestParam(required = false) String format,
            @Parameter(description = "one table's id: the JSON or CSV of that table alone")
            @RequestParam(required = false) String table,
            @Parameter(description = "the tag to count feedback for (default Covid)")
            @RequestParam(required = false) String tag,
            @Parameter(description = "table 23 lists remedy actions recorded more than this many times (default 100)")
            @RequestParam(required = false) Integer remedyThreshold) {
        ReportDownloads.requireWholeCouncil(user);
        ReportDownloads.Format chosen = ReportDownloads.Format.parse(format);
        FinancialYear financialYear = downloads.year(year);
        AnnualReport report = downloads.report(user, financialYear,
                downloads.options(tag, remedyThreshold));
        return downloads.respond(report, chosen, table);
    }
}
