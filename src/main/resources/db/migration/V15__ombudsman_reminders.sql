-- Reminders of the Ombudsman's recommendations: each recommendation is reminded of at most once at each milestone
-- (10 working days before due, 2 working days before due, overdue), however many instances run the job.

create table ombudsman_reminder (
    authority_id       bigint       not null references authority (id),
    recommendation_id  bigint       not null references ombudsman_recommendation (id),
    milestone          varchar(20)  not null,
    reminded_on        date         not null,
    primary key (recommendation_id, milestone)
);
comment on table ombudsman_reminder is 'Which reminder each Ombudsman recommendation has had: one row per recommendation and milestone, claimed before the email is queued so that a second run sends nothing more';
comment on column ombudsman_reminder.authority_id is 'The council';
comment on column ombudsman_reminder.recommendation_id is 'The recommendation reminded of';
comment on column ombudsman_reminder.milestone is 'ten_days (due within 10 working days), two_days (due within 2 working days) or overdue';
comment on column ombudsman_reminder.reminded_on is 'The day the reminder went';

comment on column notification_template.template_key is 'Which email: acknowledgement, thanks, response_sent, stage_requested, staff_reminder, ombudsman_reminder';
comment on column ombudsman_event.action is 'recorded, updated, recommendation_added, recommendation_done, compliance_recorded, imported (from earlier records)';
