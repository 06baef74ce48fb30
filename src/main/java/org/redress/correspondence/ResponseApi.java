package org.redress.correspondence;

import java.time.Instant;
import java.time.LocalDate;

import org.redress.casework.CaseApi;
import org.redress.organisation.StaffUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The stage's response over JSON: written (or taken from the template), sent, or put forward for sign-off. */
@RestController
@Tag(name = "Cases")
class ResponseApi {

    private final Responses responses;
    private final CaseApi cases;

    ResponseApi(Responses responses, CaseApi cases) {
        this.responses = responses;
        this.cases = cases;
    }

    /** The fields of the response: those of the respond step, and the letter. */
    record ResponseBody(Integer version, LocalDate date, String outcome, String summary, String delayReason,
            String letter) {
    }

    /** A response put forward for sign-off: nothing has been sent yet. */
    record AwaitingSignOff(String reference, String status, String subject, String letter, String draftedBy,
            Instant submittedAt) {
    }

    @PostMapping("/api/v1/cases/{reference}/response")
    @Operation(summary = "Send the stage's response: date, outcome (complaints), delayReason when late, letter",
            description = "letter is the full text sent to the customer (at most 10,000 characters); without it the "
                    + "council's template for the case's stage and outcome is sent as it stands. It goes by email with "
                    + "the letter as a PDF where the customer gave an address, otherwise as a letter to print. "
                    + "Answers 200 with the case once sent. When the council requires sign-off, answers 202 with "
                    + "status awaiting_sign_off: nothing is sent until another member of staff with sign-off rights "
                    + "approves it (POST .../response/approval).")
    @ApiResponse(responseCode = "200", description = "Sent; the case as it now stands")
    @ApiResponse(responseCode = "202", description = "Waiting for sign-off",
            content = @Content(schema = @Schema(implementation = AwaitingSignOff.class)))
    ResponseEntity<?> respond(@AuthenticationPrincipal StaffUser user, @PathVariable String reference,
            @RequestBody ResponseBody b) {
        Responses.Letter letter = responses.respond(user, reference, b.version(), b.date(), Responses.outcome(b.outcome()),
                b.summary(), b.delayReason(), b.letter());
        if (letter.status() == Responses.Status.SENT) {
            return ResponseEntity.ok(cases.shown(user, reference));
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new AwaitingSignOff(reference,
                letter.status().key(), letter.subject(), letter.body(), letter.draftedByName(), letter.submittedAt()));
    }

    @PostMapping("/api/v1/cases/{reference}/response/approval")
    @Operation(summary = "Sign off the response waiting on the case, which sends it",
            description = "By a member of staff with sign-off rights (administrators and the customer feedback team) "
                    + "other than its writer: 409 for the writer, and 409 when nothing on the case waits for sign-off.")
    Object approve(@AuthenticationPrincipal StaffUser user, @PathVariable String reference) {
        responses.approve(user, reference);
        return cases.shown(user, reference);
    }
}
