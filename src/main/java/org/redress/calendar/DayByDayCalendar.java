package org.redress.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Working-day arithmetic for any calendar that can say, day by day, whether a date is worked. Counting walks the
 * days: periods are weeks, not centuries, and walking leaves no room for an off-by-one at a weekend.
 */
public abstract class DayByDayCalendar implements WorkingCalendar {

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return nonWorkingReason(date).isEmpty();
    }

    /** Negative {@code workingDays} count backwards; zero gives {@code start} itself. */
    @Override
    public LocalDate addWorkingDays(LocalDate start, int workingDays) {
        Objects.requireNonNull(start, "start");
        int step = workingDays < 0 ? -1 : 1;
        int left = Math.abs(workingDays);
        LocalDate day = start;
        while (left > 0) {
            day = day.plusDays(step);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    @Override
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        Objects.requireNonNull(fromExclusive, "fromExclusive");
        Objects.requireNonNull(toInclusive, "toInclusive");
        if (toInclusive.isBefore(fromExclusive)) {
            return -workingDaysBetween(toInclusive, fromExclusive);
        }
        int count = 0;
        for (LocalDate day = fromExclusive.plusDays(1); !day.isAfter(toInclusive); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
