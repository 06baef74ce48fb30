-- The annual report at a million cases: each stage and each reason row carries what the report counts it by from its
-- case (feedback type, directorate, and the date closed or received), so the report's stage and reason passes read
-- case_stage and case_reason alone. Joining each of them to every case was most of those passes' time (ADR 0008).
-- A case's type, directorate and date received never change once it is logged; its closing date changes when it
-- closes or opens again, and is written to its stages with every save of the case.

alter table case_stage add column case_feedback_type varchar(30);
alter table case_stage add column case_directorate_id bigint;
alter table case_stage add column case_closed_on date;
update case_stage set (case_feedback_type, case_directorate_id, case_closed_on) = (
    select c.feedback_type, c.directorate_id, c.closed_on from feedback_case c where c.id = case_stage.case_id);
alter table case_stage alter column case_feedback_type set not null;
alter table case_stage alter column case_directorate_id set not null;
comment on column case_stage.case_feedback_type is 'feedback_case.feedback_type of the stage''s case, copied for counting; written with the stage by the application';
comment on column case_stage.case_directorate_id is 'feedback_case.directorate_id of the stage''s case, copied for counting; written with the stage by the application';
comment on column case_stage.case_closed_on is 'feedback_case.closed_on of the stage''s case, copied for counting; written with the stages on every save of the case';

alter table case_reason add column case_feedback_type varchar(30);
alter table case_reason add column case_directorate_id bigint;
alter table case_reason add column case_received_on date;
update case_reason set (case_feedback_type, case_directorate_id, case_received_on) = (
    select c.feedback_type, c.directorate_id, c.received_on from feedback_case c where c.id = case_reason.case_id);
alter table case_reason alter column case_feedback_type set not null;
alter table case_reason alter column case_directorate_id set not null;
alter table case_reason alter column case_received_on set not null;
comment on column case_reason.case_feedback_type is 'feedback_case.feedback_type of the reason''s case, copied for counting; written with the reason by the application';
comment on column case_reason.case_directorate_id is 'feedback_case.directorate_id of the reason''s case, copied for counting; written with the reason by the application';
comment on column case_reason.case_received_on is 'feedback_case.received_on of the reason''s case, copied for counting; written with the reason by the application';
