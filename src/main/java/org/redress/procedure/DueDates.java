package org.redress.procedure;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.redress.calendar.WorkingCalendar;
import org.redress.platform.InvalidInput;
import org.redress.platform.Refused;

/**
 * Every due date of one procedure, counted on one council's calendar with its suspension windows taken out.
 * Pure arithmetic: {@link Procedures} loads the policy, calendar and suspensions and hands them here.
 */
final class DueDates implements ProcedureClock {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final ProcedurePolicy policy;
    private final WorkingCalendar council;
    private final WorkingCalendar clock;

    DueDates(ProcedurePolicy policy, WorkingCalendar council, List<Suspension> suspensions) {
        this.policy = policy;
        this.council = council;
        this.clock = new SuspendedCalendar(council, suspensions);
    }

    StageRule rule(int stage) {
        return policy.stage(stage).orElseThrow(() -> new Refused(policy.name() + " has no stage " + stage));
    }

    @Override
    public boolean hasStage(int stage) {
        return policy.hasStage(stage);
    }

    @Override
    public StageClock start(int stage, LocalDate receivedOn) {
        StageRule rule = rule(stage);
        required("receivedOn", receivedOn);
        LocalDate acknowledgementDue = rule.acknowledgeWithinWorkingDays() == null ? null
                : clock.addWorkingDays(receivedOn, rule.acknowledgeWithinWorkingDays());
        LocalDate responseDue;
        if (rule.respondWithinWorkingDays() == null) {
            responseDue = agreedDateLimit(rule, receivedOn, true);
        } else if (rule.responseClockStart() == ClockStart.ACKNOWLEDGEMENT && acknowledgementDue != null) {
            // Provisional: counted from the day acknowledgement is due, recounted when it is actually sent.
            responseDue = clock.addWorkingDays(acknowledgementDue, rule.respondWithinWorkingDays());
        } else {
            responseDue = clock.addWorkingDays(receivedOn, rule.respondWithinWorkingDays());
        }
        return new StageClock(acknowledgementDue, responseDue, suspended(receivedOn, responseDue));
    }

    @Override
    public LocalDate responseDueOnAcknowledgement(int stage, LocalDate receivedOn, LocalDate acknowledgedOn) {
        StageRule rule = rule(stage);
        if (rule.respondWithinWorkingDays() == null || rule.responseClockStart() != ClockStart.ACKNOWLEDGEMENT) {
            return start(stage, receivedOn).responseDue();
        }
        required("acknowledgedOn", acknowledgedOn);
        if (receivedOn != null && acknowledgedOn.isBefore(receivedOn)) {
            throw new InvalidInput("acknowledgedOn", "The acknowledgement date must be on or after the date received");
        }
        return clock.addWorkingDays(acknowledgedOn, rule.respondWithinWorkingDays());
    }

    LocalDate extend(int stage, LocalDate originalDue, LocalDate currentDue, int workingDays) {
        StageRule rule = rule(stage);
        required("originalDue", originalDue);
        required("currentDue", currentDue);
        if (workingDays < 1) {
            throw new InvalidInput("workingDays", "Enter an extension of at least 1 working day");
        }
        if (rule.maxExtensionWorkingDays() == 0) {
            throw new InvalidInput("workingDays", rule.respondWithinWorkingDays() == null
                    ? "The response date at stage " + stage + " of the " + policy.name()
                            + " is agreed with the complainant: agree a new date instead of extending"
                    : "The " + policy.name() + " allows no extension at stage " + stage);
        }
        // Checked before counting: the new date is as many working days past the first one as already extended
        // plus this extension, and counting toward a date the limit refuses anyway is work any caller could ask for.
        int alreadyExtended = clock.workingDaysBetween(originalDue, currentDue);
        if (workingDays > rule.maxExtensionWorkingDays() - alreadyExtended) {
            throw new InvalidInput("workingDays", "The " + policy.name() + " allows at most "
                    + rule.maxExtensionWorkingDays() + " working days of extension at stage " + stage);
        }
        return clock.addWorkingDays(currentDue, workingDays);
    }

    LocalDate agreeResponseDate(int stage, LocalDate receivedOn, LocalDate agreed, boolean complainantAgreedLonger) {
        StageRule rule = rule(stage);
        if (rule.respondWithinWorkingDays() != null) {
            throw new Refused("At stage " + stage + " of the " + policy.name() + " the response is due within "
                    + rule.respondWithinWorkingDays() + " working days; the date is not agreed with the complainant");
        }
        required("receivedOn", receivedOn);
        required("agreed", agreed);
        if (!agreed.isAfter(receivedOn)) {
            throw new InvalidInput("agreed", "The agreed date must be after the date the complaint was received");
        }
        LocalDate limit = agreedDateLimit(rule, receivedOn, false);
        if (agreed.isAfter(limit) && !complainantAgreedLonger) {
            throw new InvalidInput("agreed", "The agreed date must be no later than " + LONG_DATE.format(limit) + " ("
                    + rule.maxAgreedMonths() + " months after receipt) unless the complainant agreed to longer");
        }
        return agreed;
    }

    /**
     * The furthest an agreed date may be: receipt plus the months allowed; as a due date, moved back (never forward,
     * which would break the limit) to a working day; then on by any working days the clock stood still.
     */
    private LocalDate agreedDateLimit(StageRule rule, LocalDate receivedOn, boolean onWorkingDay) {
        LocalDate limit = receivedOn.plusMonths(rule.maxAgreedMonths());
        while (onWorkingDay && !council.isWorkingDay(limit)) {
            limit = limit.minusDays(1);
        }
        int standingStill = suspended(receivedOn, limit);
        return standingStill == 0 ? limit : clock.addWorkingDays(limit, standingStill);
    }

    /** Working days the council worked but the clock did not count, after {@code from} up to {@code to}. */
    private int suspended(LocalDate from, LocalDate to) {
        return council.workingDaysBetween(from, to) - clock.workingDaysBetween(from, to);
    }

    private static void required(String field, LocalDate date) {
        if (date == null) {
            throw new InvalidInput(field, "Enter the date");
        }
    }
}
