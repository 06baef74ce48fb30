package org.redress.casework;

import java.time.LocalDate;

/**
 * Staff recorded that a stage was acknowledged. Published inside the transaction that records it, so the
 * acknowledgement email queued by a listener commits or rolls back with the case.
 *
 * @param channel how the feedback came in: feedback sent online was acknowledged by email as it arrived
 * @param responseDue when the customer will hear back
 */
public record CaseAcknowledged(long authorityId, long caseId, String reference, FeedbackType type, Channel channel,
        int stage, LocalDate responseDue, Contact customer, Contact representative) {
}
