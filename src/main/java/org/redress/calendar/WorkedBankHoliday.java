package org.redress.calendar;

import java.time.LocalDate;

/** A bank holiday the council chose to work (e.g. it opens on Easter Monday); a working day for its clocks. */
public record WorkedBankHoliday(LocalDate date, String description) {
}
