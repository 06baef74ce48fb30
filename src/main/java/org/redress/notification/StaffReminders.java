package org.redress.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.redress.calendar.Calendars;
import org.redress.casework.AssignedCaseDue;
import org.redress.casework.Casework;
import org.redress.organisation.Authorities;
import org.redress.organisation.Authority;
import org.redress.organisation.StaffAccounts;
import org.redress.organisation.StaffMember;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Each working morning, every officer with open cases due within 2 working days or overdue gets one email listing
 * them. ShedLock lets one instance of several run the job; the {@code staff_reminder} row (one per officer per day,
 * written with the email) makes a second run on the same day, on any instance, send nothing more.
 */
@Component
class StaffReminders {

    private static final Logger log = LoggerFactory.getLogger(StaffReminders.class);
    static final int WORKING_DAYS_AHEAD = 2;

    private final Authorities authorities;
    private final StaffAccounts staff;
    private final Casework casework;
    private final Calendars calendars;
    private final EmailTemplates templates;
    private final Outbox outbox;
    private final JdbcClient db;
    private final TransactionTemplate transaction;
    private final NotificationProperties properties;
    private final Clock clock;

    StaffReminders(Authorities authorities, StaffAccounts staff, Casework casework, Calendars calendars,
            EmailTemplates templates, Outbox outbox, JdbcClient db, PlatformTransactionManager transactions,
            NotificationProperties properties, Clock clock) {
        this.authorities = authorities;
        this.staff = staff;
        this.casework = casework;
        this.calendars = calendars;
        this.templates = templates;
        this.outbox = outbox;
        this.db = db;
        this.transaction = new TransactionTemplate(transactions);
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(cron = "${redress.notification.reminders-cron:0 0 7 * * MON-FRI}", zone = "Europe/London")
    @SchedulerLock(name = "staff-reminders", lockAtLeastFor = "PT5M", lockAtMostFor = "PT1H")
    void daily() {
        int sent = remind(LocalDate.now(clock));
        log.info("Deadline reminders: {} officer(s) reminded", sent);
    }

    /** Queues today's reminders not yet queued; returns how many this call queued. */
    int remind(LocalDate today) {
        int queued = 0;
        for (Authority authority : authorities.all()) {
            LocalDate dueBy = calendars.forAuthority(authority.id()).addWorkingDays(today, WORKING_DAYS_AHEAD);
            Map<Long, List<AssignedCaseDue>> byOfficer = casework.assignedCasesDueBy(authority.id(), dueBy).stream()
                    .collect(Collectors.groupingBy(AssignedCaseDue::staffId, LinkedHashMap::new, Collectors.toList()));
            if (byOfficer.isEmpty()) {
                continue;
            }
            for (StaffMember officer : staff.all(authority.id())) {
                List<AssignedCaseDue> cases = byOfficer.get(officer.id());
                if (cases == null || !officer.active() || officer.email() == null || officer.email().isBlank()) {
                    continue;
                }
                if (remind(authority, officer, cases, today)) {
                    queued++;
                }
            }
        }
        return queued;
    }

    private boolean remind(Authority authority, StaffMember officer, List<AssignedCaseDue> cases, LocalDate today) {
        try {
            return Boolean.TRUE.equals(transaction.execute(status -> {
                // Claim the day first: a second run waits here for the first to commit, then finds the row taken.
                int claimed = db.sql("""
                        insert into staff_reminder (authority_id, staff_id, reminder_date)
                        select ?, ?, ? where not exists (
                            select 1 from staff_reminder where staff_id = ? and reminder_date = ?)""")
                        .params(authority.id(), officer.id(), today, officer.id(), today).update();
                if (claimed == 0) {
                    return false;
                }
                Map<String, String> values = new LinkedHashMap<>();
                values.put("name", officer.displayName());
                values.put("council", authority.name());
                values.put("count", String.valueOf(cases.size()));
                values.put("cases", list(cases, today));
                values.put("link", properties.baseUrl() + "/staff");
                long id = outbox.enqueue(authority.id(), EmailTemplate.STAFF_REMINDER, null, officer.email(),
                        templates.render(authority.id(), EmailTemplate.STAFF_REMINDER, values));
                db.sql("update staff_reminder set outbox_id = ? where staff_id = ? and reminder_date = ?")
                        .params(id, officer.id(), today).update();
                return true;
            }));
        } catch (DuplicateKeyException sentByAnotherInstance) {
            return false;
        }
    }

    static String list(List<AssignedCaseDue> cases, LocalDate today) {
        StringBuilder out = new StringBuilder();
        for (AssignedCaseDue c : cases) {
            out.append("- ").append(c.reference()).append(", ").append(c.type().label().toLowerCase())
                    .append(c.stage() > 1 ? " (stage " + c.stage() + ")" : "").append(": ")
                    .append(c.responseDue().isBefore(today) ? "overdue, was due " : "due ")
                    .append(Notifications.plain(c.responseDue())).append('\n');
        }
        return out.toString().stripTrailing();
    }
}
