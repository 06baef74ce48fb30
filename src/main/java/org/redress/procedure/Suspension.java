package org.redress.procedure;

import java.time.LocalDate;

/**
 * A period when the council suspended its complaint targets (docs/rules.md §4: the Covid lockdowns). Working days
 * from {@code firstDay} to {@code lastDay} inclusive do not count towards any due date: the clock stands still.
 */
public record Suspension(long id, LocalDate firstDay, LocalDate lastDay, String description) {

    public boolean covers(LocalDate date) {
        return !date.isBefore(firstDay) && !date.isAfter(lastDay);
    }
}
