package org.redress.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.redress.organisation.BankHolidayRegion;

/** Weekends, the region's bank holidays (less those the council works) and the council's closure days. */
final class CouncilCalendar extends DayByDayCalendar {

    private final UkBankHolidays bankHolidays;
    private final BankHolidayRegion region;
    private final Map<LocalDate, String> closures;
    private final Map<LocalDate, String> worked;

    CouncilCalendar(UkBankHolidays bankHolidays, BankHolidayRegion region, Map<LocalDate, String> closures,
            Map<LocalDate, String> worked) {
        this.bankHolidays = bankHolidays;
        this.region = region;
        this.closures = Map.copyOf(closures);
        this.worked = Map.copyOf(worked);
    }

    @Override
    public Optional<String> nonWorkingReason(LocalDate date) {
        if (date.getDayOfWeek() == DayOfWeek.SATURDAY) {
            return Optional.of("Saturday");
        }
        if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return Optional.of("Sunday");
        }
        String closure = closures.get(date);
        if (closure != null) {
            return Optional.of("Council closure: " + closure);
        }
        if (worked.containsKey(date)) {
            return Optional.empty();
        }
        return bankHolidays.on(region, date).map(BankHoliday::title);
    }

    BankHolidayRegion region() {
        return region;
    }
}
