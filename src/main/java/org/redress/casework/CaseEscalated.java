package org.redress.casework;

import java.time.LocalDate;

/**
 * The customer asked for the next stage of the procedure (by phone to staff, or on the tracking page). Published
 * inside the transaction that starts the stage.
 *
 * @param stage the stage now running
 * @param responseDue when the council must answer it
 */
public record CaseEscalated(long authorityId, long caseId, String reference, FeedbackType type, int stage,
        LocalDate requestedOn, LocalDate responseDue, Contact customer, Contact representative) {
}
