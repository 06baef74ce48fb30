package org.redress.conduct;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.redress.organisation.StaffUser;
import org.redress.platform.InvalidInput;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Conduct complaints over JSON, with the same rules as the staff pages. Outcomes are lower_snake_case keys; a
 * decision accepts the {@code version} the caller last saw, and a stale one answers 409.
 */
@RestController
@RequestMapping("/api/v1/conduct-complaints")
@Tag(name = "Conduct complaints")
class ConductApi {

    private final ConductComplaints complaints;

    ConductApi(ConductComplaints complaints) {
        this.complaints = complaints;
    }

    record CreateComplaint(LocalDate receivedOn, String councillor, String complainant, String summary) {
    }

    record DecisionBody(Integer version, String outcome, LocalDate decidedOn) {
    }

    record ComplaintView(String reference, LocalDate receivedOn, String councillor, String complainant,
            String summary, String status, LocalDate assessedOn, String outcome, LocalDate concludedOn,
            String table16Row, int version) {

        static ComplaintView of(ConductComplaint c) {
            return new ComplaintView(c.reference(), c.receivedOn(), c.councillor(), c.complainant(), c.summary(),
                    c.status().key(), c.assessedOn(), c.outcome() == null ? null : c.outcome().key(), c.concludedOn(),
                    c.outcome() == null || c.outcome().row() == null ? null : c.outcome().row().name().toLowerCase(),
                    c.version());
        }
    }

    @GetMapping
    @Operation(summary = "Conduct complaints, newest first; year (2020 for 2020/21) keeps those received in that year")
    List<ComplaintView> list(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) Integer year) {
        if (year != null && (year < org.redress.platform.FinancialYear.EARLIEST
                || year > org.redress.platform.FinancialYear.LATEST)) {
            throw new InvalidInput("year", "Give the first year of a financial year, like 2020 for 2020/21");
        }
        return complaints.list(user, year).stream().map(ComplaintView::of).toList();
    }

    @PostMapping
    @Operation(summary = "Record a complaint about a councillor (administrators and the feedback team); answers with "
            + "its reference")
    ResponseEntity<ComplaintView> create(@AuthenticationPrincipal StaffUser user,
            @RequestBody(required = false) CreateComplaint body) {
        if (body == null) {
            throw new InvalidInput("body", "Send the complaint as a JSON object");
        }
        ConductComplaint c = complaints.record(user, new NewComplaint(body.receivedOn(), body.councillor(),
                body.complainant(), body.summary()));
        return ResponseEntity.created(URI.create("/api/v1/conduct-complaints/" + c.reference()))
                .body(ComplaintView.of(c));
    }

    @GetMapping("/{reference}")
    ComplaintView get(@AuthenticationPrincipal StaffUser user, @PathVariable String reference) {
        return ComplaintView.of(complaints.get(user, reference));
    }

    @GetMapping("/{reference}/events")
    @Operation(summary = "The complaint's timeline: every change, newest first")
    List<ConductEvent> events(@AuthenticationPrincipal StaffUser user, @PathVariable String reference) {
        return complaints.timeline(user, complaints.get(user, reference).id());
    }

    @PostMapping("/{reference}/decision")
    @Operation(summary = "Record the Monitoring Officer's decision: an assessment outcome, or an investigation's "
            + "finding for a complaint referred for one")
    ComplaintView decide(@AuthenticationPrincipal StaffUser user, @PathVariable String reference,
            @RequestBody(required = false) DecisionBody body) {
        if (body == null) {
            throw new InvalidInput("body", "Send the decision as a JSON object");
        }
        ConductOutcome outcome = null;
        if (body.outcome() != null && !body.outcome().isBlank()) {
            try {
                outcome = ConductOutcome.fromKey(body.outcome());
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("outcome", e.getMessage());
            }
        }
        ConductComplaint c = complaints.get(user, reference);
        return ComplaintView.of(complaints.decide(user, c.id(), body.version(), outcome, body.decidedOn()));
    }
}
