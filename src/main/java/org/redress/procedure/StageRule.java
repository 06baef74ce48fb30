package org.redress.procedure;

/**
 * How one stage of a procedure runs.
 *
 * @param acknowledgeWithinWorkingDays null when the stage has no acknowledgement step
 * @param respondWithinWorkingDays null when the response date is agreed with the complainant (adults' statutory)
 * @param maxExtensionWorkingDays the most working days all extensions together may add (0: none allowed)
 * @param maxAgreedMonths for an agreed response date, the furthest it may be from receipt unless the complainant
 *        agreed longer; null when dates are not agreed
 * @param differentHandler the stage must be handled by someone other than the previous stage's handler
 */
public record StageRule(int number, String name, Integer acknowledgeWithinWorkingDays,
        Integer respondWithinWorkingDays, ClockStart responseClockStart, int maxExtensionWorkingDays,
        Integer maxAgreedMonths, boolean differentHandler) {
}
