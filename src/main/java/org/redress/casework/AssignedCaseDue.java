package org.redress.casework;

import java.time.LocalDate;

/** An open case assigned to an officer, with the due date of its current stage: a line of a deadline reminder. */
public record AssignedCaseDue(long staffId, String reference, FeedbackType type, int stage, LocalDate responseDue) {
}
