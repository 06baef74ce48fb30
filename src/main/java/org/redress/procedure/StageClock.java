package org.redress.procedure;

import java.time.LocalDate;

/**
 * The due dates of a stage as computed when it starts; casework stores them on the stage.
 *
 * @param acknowledgementDue null when the stage has no acknowledgement step
 * @param suspendedWorkingDays working days the clock stood still inside a suspension window (0 if none)
 */
public record StageClock(LocalDate acknowledgementDue, LocalDate responseDue, int suspendedWorkingDays) {
}
