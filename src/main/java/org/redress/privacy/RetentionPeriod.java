package org.redress.privacy;

import java.time.LocalDate;

/**
 * The rule for "kept for N years from closure": the personal data is kept through the Nth anniversary of the
 * closure date and removed from the day after. A case closed on 29 February has its anniversary on 28 February in a
 * year that is not a leap year (so it goes on 1 March).
 */
record RetentionPeriod(int years) {

    static final int DEFAULT_YEARS = 6;
    static final int MAX_YEARS = 100;

    RetentionPeriod {
        if (years < 1 || years > MAX_YEARS) {
            throw new IllegalArgumentException("A retention period is 1 to " + MAX_YEARS + " years, not " + years);
        }
    }

    /** The last day the personal data of a case closed on {@code closedOn} is kept. */
    LocalDate lastDayKept(LocalDate closedOn) {
        return closedOn.plusYears(years);
    }

    /** Whether, on {@code today}, the personal data of a case closed on {@code closedOn} is due for removal. */
    boolean ended(LocalDate closedOn, LocalDate today) {
        return today.isAfter(lastDayKept(closedOn));
    }

    /**
     * The latest closure date that can have ended by {@code today}: every case whose period has ended closed on or
     * before it (some closed on it may not have ended, so {@link #ended} decides).
     */
    LocalDate latestClosureEndedBy(LocalDate today) {
        return today.minusYears(years);
    }
}
