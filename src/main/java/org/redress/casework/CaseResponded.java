package org.redress.casework;

import java.time.LocalDate;

/**
 * A stage's response was sent to the customer. Published inside the transaction that records it, so a listener that
 * writes in the same transaction (an email outbox) commits or rolls back with the case.
 *
 * @param outcome null for feedback that is not judged (anything but a complaint)
 * @param written whether the response was written in Redress and goes to the customer with this step (so no separate
 *                "we have sent our response" email is wanted), rather than sent outside it and recorded here
 */
public record CaseResponded(long authorityId, long caseId, String reference, FeedbackType type, int stage,
        LocalDate respondedOn, Outcome outcome, Contact customer, Contact representative, boolean written) {
}
