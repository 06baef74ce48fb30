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
    private final ComplaintHandlingFigures complaintHandling;

    ReportApi(ReportDownloads downloads, ComplaintHandlingFigures complaintHandling) {
        this.downloads = downloads;
        this.complaintHandling = complaintHandling;
    }

    @GetMapping("/complaint-handling")
    @Operation(summary = "The Complaint Handling Code's figures for a financial year",
            description = "JSON: {financialYear, stage1:{received, acknowledged, acknowledgedInTime, responded, "
                    + "respondedInTime, extended}, stage2:{the same}, refused:{total, byReason:{key: n}}, "
                    + "selfAssessment:[{provision, requirement, complies, evidence, commentary}], directorates:[{"
                    + "directorateId, directorate, stage1, stage2, services:[{serviceId, service, stage1, stage2}]}]}. "
                    + "Counts complaints whose case runs under the Complaint Handling Code procedure. received, "
                    + "acknowledged and acknowledgedInTime count the stages received in the year (stage 2 on the day "
                    + "it was asked for; in time: by the acknowledgement date, 5 working days after receipt); "
                    + "responded, respondedInTime and extended count the responses sent in the year (in time: by the "
                    + "response date in force, 10 working days after stage 1's acknowledgement or 20 after stage 2's, "
                    + "or the extended date). refused is {total:0, byReason:{}} until refusals are recorded, which "
                    + "Redress does not do yet. complies is null and commentary empty until the council fills them "
                    + "in; evidence is the figure from the records where Redress holds one, else null.")
    ComplaintHandlingReport complaintHandling(@AuthenticationPrincipal StaffUser user,
            @Parameter(description = "first year of the financial year: 2025 for 2025/26")
            @RequestParam(required = false) Integer year) {
        ReportDownloads.requireWholeCouncil(user);
        return complaintHandling.build(user.authorityId(), downloads.year(year));
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
