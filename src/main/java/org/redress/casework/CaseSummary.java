package org.redress.casework;

import java.time.LocalDate;

/** A row of a work queue or search result. */
public record CaseSummary(long id, String reference, FeedbackType type, CaseStatus status, LocalDate receivedOn,
        String customerName, String directorateName, String serviceName, int stage, LocalDate responseDue,
        String assignedTo) {

    public boolean overdue(LocalDate today) {
        return status.isOpen() && responseDue.isBefore(today);
    }
}
