package org.redress.casework;

import java.time.LocalDate;
import java.util.List;

import org.redress.calendar.Calendars;
import org.redress.calendar.WorkingCalendar;
import org.redress.procedure.Procedures;
import org.redress.procedure.StageClock;
import org.redress.procedure.SuspensionsChanged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When a council suspends its targets (docs/rules.md §4: lockdowns) or lifts a suspension, open stages whose clock
 * runs through the window get their due dates again from the procedure, visibly: each move is a case event.
 * Stages with a response date agreed with the customer keep it.
 */
@Component
class SuspensionEffects {

    private final JdbcClient db;
    private final CaseRepository cases;
    private final CaseEvents events;
    private final Procedures procedures;
    private final Calendars calendars;

    SuspensionEffects(JdbcClient db, CaseRepository cases, CaseEvents events, Procedures procedures,
            Calendars calendars) {
        this.db = db;
        this.cases = cases;
        this.events = events;
        this.procedures = procedures;
        this.calendars = calendars;
    }

    @EventListener
    void on(SuspensionsChanged change) {
        List<Long> affected = db.sql("""
                select c.id from feedback_case c
                join case_stage st on st.case_id = c.id and st.stage_number = c.current_stage
                where c.authority_id = ? and c.status in ('received', 'acknowledged', 'under_investigation')
                  and st.responded_on is null and st.agreed_response_on is null
                  and st.received_on <= ? and st.response_due >= ?
                order by c.id""")
                .params(change.authorityId(), change.lastDay(), change.firstDay())
                .query(Long.class).list();
        WorkingCalendar calendar = calendars.forAuthority(change.authorityId());
        String why = (change.added() ? "targets suspended " : "suspension lifted ")
                + FeedbackCase.plain(change.firstDay()) + " to " + FeedbackCase.plain(change.lastDay())
                + " (" + change.description() + ")";
        for (long id : affected) {
            FeedbackCase c = cases.findById(change.authorityId(), id).orElseThrow();
            Stage stage = c.current();
            StageClock clock = procedures.startStage(c.authorityId, c.procedureCode, stage.number, stage.receivedOn);
            LocalDate original = stage.acknowledgedOn == null ? clock.responseDue()
                    : procedures.responseDueOnAcknowledgement(c.authorityId, c.procedureCode, stage.number,
                            stage.receivedOn, stage.acknowledgedOn);
            int extension = Math.max(0, calendar.workingDaysBetween(stage.originalResponseDue, stage.responseDue));
            LocalDate due = extension == 0 ? original : calendar.addWorkingDays(original, extension);
            if (due.equals(stage.responseDue) && clock.suspendedWorkingDays() == stage.suspendedWorkingDays) {
                continue;
            }
            c.moveDueDates(clock.acknowledgementDue(), original, due, clock.suspendedWorkingDays(), why);
            cases.update(c);
            events.append(c.authorityId, c.id, CaseEvents.Actor.SYSTEM, c.drainEvents());
        }
    }
}
