package org.redress.calendar;

import java.time.LocalDate;
import java.util.Objects;

import org.redress.platform.InvalidInput;

/**
 * Working-day arithmetic for any calendar that can say, day by day, whether a date is worked. Counting walks the
 * days: periods are weeks, not centuries, and walking leaves no room for an off-by-one at a weekend. A walk longer
 * than {@link #MOST_DAYS_WALKED} is refused rather than taken, so no input can keep a request counting for hours.
 */
public abstract class DayByDayCalendar implements WorkingCalendar {

    /** Fifty years of calendar days: far beyond any deadline, extension or suspension a procedure allows. */
    public static final int MOST_DAYS_WALKED = 50 * 366;

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return nonWorkingReason(date).isEmpty();
    }

    /** Negative {@code workingDays} count backwards; zero gives {@code start} itself. */
    @Override
    public LocalDate addWorkingDays(LocalDate start, int workingDays) {
        Objects.requireNonNull(start, "start");
        int step = workingDays < 0 ? -1 : 1;
        long left = Math.abs((long) workingDays); // as a long: the absolute value of Integer.MIN_VALUE is not an int
        LocalDate day = start;
        for (int walked = 0; left > 0; walked++) {
            if (walked == MOST_DAYS_WALKED) {
                throw tooFar();
            }
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
        if (fromExclusive.plusDays(MOST_DAYS_WALKED).isBefore(toInclusive)) {
            throw tooFar();
        }
        int count = 0;
        for (LocalDate day = fromExclusive.plusDays(1); !day.isAfter(toInclusive); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    private static InvalidInput tooFar() {
        return new InvalidInput("date", "Working days can be counted over at most 50 years");
    }
}
