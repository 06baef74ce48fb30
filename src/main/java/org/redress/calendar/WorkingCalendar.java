package org.redress.calendar;

import java.time.LocalDate;
import java.util.Optional;

/** One council's working days. Periods count from the day after the event (docs/rules.md §3). */
public interface WorkingCalendar {

    boolean isWorkingDay(LocalDate date);

    /** Why a date is not a working day ("Saturday", "Christmas Day", "Council closure: ..."), empty if it is one. */
    Optional<String> nonWorkingReason(LocalDate date);

    /** The date {@code workingDays} working days after {@code start}, not counting {@code start} itself. */
    LocalDate addWorkingDays(LocalDate start, int workingDays);

    /** Working days after {@code fromExclusive} up to and including {@code toInclusive}; negative if reversed. */
    int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive);
}
