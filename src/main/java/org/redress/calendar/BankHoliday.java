package org.redress.calendar;

import java.time.LocalDate;

/**
 * A bank holiday of one region, as GOV.UK lists it: the day off, which for a substitute is the weekday the holiday
 * moved to (Boxing Day 2020 is Monday 28 December).
 *
 * @param substitute the holiday fell at a weekend and this is the day given instead
 */
public record BankHoliday(LocalDate date, String title, boolean substitute) {
}
