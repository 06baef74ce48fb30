package org.redress.procedure;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.redress.calendar.DayByDayCalendar;
import org.redress.calendar.WorkingCalendar;

/** The council's calendar with its suspension windows taken out: the calendar every due date is counted on. */
final class SuspendedCalendar extends DayByDayCalendar {

    private final WorkingCalendar council;
    private final List<Suspension> suspensions;

    SuspendedCalendar(WorkingCalendar council, List<Suspension> suspensions) {
        this.council = council;
        this.suspensions = List.copyOf(suspensions);
    }

    @Override
    public Optional<String> nonWorkingReason(LocalDate date) {
        Optional<String> reason = council.nonWorkingReason(date);
        if (reason.isPresent()) {
            return reason;
        }
        return suspensions.stream().filter(s -> s.covers(date)).findFirst()
                .map(s -> "Targets suspended: " + s.description());
    }
}
