package org.redress.ombudsman;

import java.util.List;
import java.util.Map;

import org.redress.organisation.Role;
import org.redress.organisation.StaffUser;
import org.redress.platform.FinancialYear;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The Ombudsman's national annual data over JSON: importing it (the service operator) and each authority's review. */
@RestController
@Tag(name = "Ombudsman")
class OmbudsmanApi {

    private final NationalData data;
    private final AnnualReviews reviews;

    OmbudsmanApi(NationalData data, AnnualReviews reviews) {
        this.data = data;
        this.reviews = reviews;
    }

    record Similar(String type, int count, Integer upholdRate, Integer complianceRate, Integer satisfactoryRemedyRate,
            String averageMethod) {
    }

    record Review(String authority, String authorityName, String financialYear, long detailedInvestigations,
            long upheld, Integer upholdRate, long complianceOutcomes, long complied, Integer complianceRate,
            long remediedByAuthority, Integer satisfactoryRemedyRate, Similar similarAuthorities) {
    }

    @PostMapping(path = "/api/v1/imports/ombudsman-annual-data", consumes = "text/csv")
    @Operation(summary = "Import the Ombudsman's annual data for any number of authorities and years (service operator). "
            + "Any bad row rejects the whole file; every problem is listed with its line and column")
    NationalData.ImportSummary importAnnualData(@AuthenticationPrincipal StaffUser user,
            @RequestBody(required = false) String csv) {
        // The national data is shared by every council on the installation, so no council's administrator may
        // change it: only the service operator.
        if (!user.has(Role.SERVICE_OPERATOR)) {
            throw new AccessDeniedException("Only the service operator may import the Ombudsman's national data");
        }
        return data.importCsv(csv);
    }

    @GetMapping("/api/v1/ombudsman/annual-review")
    @Operation(summary = "An authority's annual review figures beside the average of similar authorities; "
            + "rates are whole percentages, null where not applicable")
    Review annualReview(@RequestParam String authority, @RequestParam int year) {
        FinancialYear.asked("year", year);
        AnnualReview review = reviews.review(authority, year);
        AnnualFigures f = review.figures();
        PeerFigures p = review.similar();
        return new Review(review.authority().authorityCode(), review.authority().authorityName(),
                review.financialYear().name(), f.detailedInvestigations(), f.upheld(), f.upholdRate(),
                f.complianceOutcomes(), f.complied(), f.complianceRate(), f.remediedByAuthority(),
                f.satisfactoryRemedyRate(), new Similar(p.type().key(), p.count(), p.upholdRate(), p.complianceRate(),
                        p.satisfactoryRemedyRate(), p.method().key()));
    }

    @ExceptionHandler(ImportRejected.class)
    ProblemDetail rejected(ImportRejected e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Nothing was imported: the file has " + e.problems().size()
                        + " problem(s), each listed under errors with its line and column.");
        List<Map<String, Object>> errors = e.problems().stream()
                .map(p -> Map.<String, Object>of("line", p.line(), "column", p.column(),
                        "field", "line " + p.line() + (p.column().isEmpty() ? "" : ", " + p.column()),
                        "message", p.message()))
                .toList();
        problem.setProperty("errors", errors);
        return problem;
    }
}
