package org.redress.calendar;

import java.time.LocalDate;

/** A weekday the council is closed (e.g. the days between Christmas and New Year); not a working day. */
public record ClosureDay(LocalDate date, String description) {
}
