package org.redress.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.redress.calendar.Calendars;
import org.redress.calendar.WorkingCalendar;
import org.redress.ombudsman.RecommendationsDue;
import org.redress.ombudsman.RecommendationsDue.RecommendationDue;
import org.redress.organisation.Authorities;
import org.redress.organisation.Authority;
import org.redress.organisation.Role;
import org.redress.organisation.StaffAccounts;
import org.redress.organisation.StaffMember;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Each working morning, reminds the feedback team (who keep the Ombudsman's cases) of recommendations coming due: once
 * when one is within 10 working days of its due date, again within 2, and once when it is overdue. One email per
 * person lists what reached a milestone today. A milestone is claimed in {@code ombudsman_reminder} in the same
 * transaction as the emails are queued, so a second run, on any instance, sends nothing more.
 */
@Component
class OmbudsmanReminders {

    private static final Logger log = LoggerFactory.getLogger(OmbudsmanReminders.class);

    /** How far ahead each reminder looks, in working days. */
    enum Milestone {
        TEN_DAYS(10), TWO_DAYS(2), OVERDUE(-1);

        final int workingDays;

        Milestone(int workingDays) {
            this.workingDays = workingDays;
        }

        String key() {
            return name().toLowerCase();
        }
    }

    private final Authorities authorities;
    private final StaffAccounts staff;
    private final RecommendationsDue recommendations;
    private final Calendars calendars;
    private final EmailTemplates templates;
    private final Outbox outbox;
    private final JdbcClient db;
    private final TransactionTemplate transaction;
    private final NotificationProperties properties;
    private final Clock clock;

    OmbudsmanReminders(Authorities authorities, StaffAccounts staff, RecommendationsDue recommendations,
            Calendars calendars, EmailTemplates templates, Outbox outbox, JdbcClient db,
            PlatformTransactionManager transactions, NotificationProperties properties, Clock clock) {
        this.authorities = authorities;
        this.staff = staff;
        this.recommendations = recommendations;
        this.calendars = calendars;
        this.templates = templates;
        this.outbox = outbox;
        this.db = db;
        this.transaction = new TransactionTemplate(transactions);
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(cron = "${redress.notification.reminders-cron:0 0 7 * * MON-FRI}", zone = "Europe/London")
    @SchedulerLock(name = "ombudsman-reminders", lockAtLeastFor = "PT5M", lockAtMostFor = "PT1H")
    void daily() {
        int sent = remind(LocalDate.now(clock));
        log.info("Ombudsman recommendation reminders: {} email(s) queued", sent);
    }

    /** Queues today's reminders not yet queued; returns how many emails this call queued. */
    int remind(LocalDate today) {
        int queued = 0;
        for (Authority authority : authorities.all()) {
            queued += transaction.execute(status -> remind(authority, today));
        }
        return queued;
    }

    private int remind(Authority authority, LocalDate today) {
        WorkingCalendar calendar = calendars.forAuthority(authority.id());
        Map<RecommendationDue, Milestone> reached = new LinkedHashMap<>();
        for (RecommendationDue r : recommendations.notDoneBy(authority.id(),
                calendar.addWorkingDays(today, Milestone.TEN_DAYS.workingDays))) {
            Milestone m = r.dueOn().isBefore(today) ? Milestone.OVERDUE
                    : !r.dueOn().isAfter(calendar.addWorkingDays(today, Milestone.TWO_DAYS.workingDays))
                            ? Milestone.TWO_DAYS : Milestone.TEN_DAYS;
            // Claim the milestone: a second run waits here for the first to commit, then finds the row taken.
            int claimed = db.sql("""
                    insert into ombudsman_reminder (authority_id, recommendation_id, milestone, reminded_on)
                    select ?, ?, ?, ? where not exists (
                        select 1 from ombudsman_reminder where recommendation_id = ? and milestone = ?)""")
                    .params(authority.id(), r.recommendationId(), m.key(), today, r.recommendationId(), m.key())
                    .update();
            if (claimed == 1) {
                reached.put(r, m);
            }
        }
        if (reached.isEmpty()) {
            return 0;
        }
        List<StaffMember> recipients = recipients(authority.id());
        if (recipients.isEmpty()) {
            log.warn("Ombudsman recommendations of {} are due but nobody in the feedback team has an email address",
                    authority.name());
        }
        String list = list(reached, today);
        for (StaffMember person : recipients) {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("name", person.displayName());
            values.put("council", authority.name());
            values.put("count", String.valueOf(reached.size()));
            values.put("recommendations", list);
            values.put("link", properties.baseUrl() + "/staff/ombudsman");
            outbox.enqueue(authority.id(), EmailTemplate.OMBUDSMAN_REMINDER, null, person.email(),
                    templates.render(authority.id(), EmailTemplate.OMBUDSMAN_REMINDER, values));
        }
        return recipients.size();
    }

    /** The feedback team, who keep the Ombudsman's cases; administrators where the council has no such team. */
    private List<StaffMember> recipients(long authorityId) {
        List<StaffMember> team = new ArrayList<>();
        List<StaffMember> administrators = new ArrayList<>();
        for (StaffMember s : staff.all(authorityId)) {
            if (!s.active() || s.email() == null || s.email().isBlank()) {
                continue;
            }
            if (s.roles().contains(Role.FEEDBACK_TEAM)) {
                team.add(s);
            } else if (s.roles().contains(Role.ADMINISTRATOR)) {
                administrators.add(s);
            }
        }
        return team.isEmpty() ? administrators : team;
    }

    static String list(Map<RecommendationDue, Milestone> reached, LocalDate today) {
        StringBuilder out = new StringBuilder();
        reached.forEach((r, m) -> {
            out.append("- ").append(r.ombudsmanReference()).append(", ").append(r.type().label().toLowerCase());
            if (r.description() != null && !r.description().isBlank()) {
                out.append(" (").append(r.description().strip()).append(')');
            }
            out.append(": ").append(m == Milestone.OVERDUE ? "overdue, was due " : "due ")
                    .append(Notifications.plain(r.dueOn())).append('\n');
        });
        return out.toString().stripTrailing();
    }
}
