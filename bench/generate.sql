-- Fills the database with :n generated cases, as a hosted Redress holds them: the council BENCH, a large county, has a
-- quarter (all when :councils is 1), and :councils - 1 other councils share the rest; the cases are spread over the
-- :years financial years up to 2020/21 (the year the benchmark reports on). Types, channels, outcomes and delays are
-- in the seed report's rough proportions. One case in 50 is still open, received in the last 60 days, so BENCH's work
-- queue has about 5,000 cases at 1,000,000 (20,000 with one council). Descriptions and names vary so that search has
-- rare and common words to find. Used by bench/run (psql -v n=... -v councils=... -v years=...).
\if :{?councils}
\else
\set councils 16
\endif
\if :{?years}
\else
\set years 10
\endif
\set a '(select id from authority where code = ''BENCH'')'
\set first_day 'make_date(2021 - :years, 4, 1)'
\set days '(date ''2021-04-01'' - make_date(2021 - :years, 4, 1))'
insert into authority (code, name, authority_type, region)
select 'OTHER' || k, 'Other Council ' || k, 'district', 'england-and-wales' from generate_series(1, :councils - 1) k;
-- Each council by its place in the spread: BENCH 0, the others 1 to :councils - 1.
create temporary table council_place as
select id as authority_id, case when code = 'BENCH' then 0 else substr(code, 6)::int end as k
from authority where code = 'BENCH' or code like 'OTHER%';
insert into directorate (authority_id, name)
select p.authority_id, n from council_place p, unnest(array['Adult Social Care and Health',
    'Children, Young People and Education', 'Growth, Environment and Transport',
    'Strategic and Corporate Services']) n;
insert into service (authority_id, directorate_id, name)
select d.authority_id, d.id, 'Service ' || g || ' of ' || d.name
from directorate d join council_place p on p.authority_id = d.authority_id, generate_series(1, 4) g;
-- The other councils use BENCH's complaint reasons, as councils starting from Redress's list do.
insert into complaint_reason (authority_id, reason_key, name, parent_key, retired, position)
select p.authority_id, r.reason_key, r.name, r.parent_key, r.retired, r.position
from complaint_reason r, council_place p where r.authority_id = :a and p.k > 0;
insert into feedback_case (authority_id, reference, feedback_type, channel, status, received_on, directorate_id,
    service_id, procedure_code, current_stage, description, customer_name, closed_on)
select s.authority_id, case when s.council = 0 then 'B' else 'X' end || g,
    (array['complaint', 'complaint', 'complaint', 'comment', 'compliment', 'enquiry', 'enquiry', 'enquiry',
           'member_enquiry', 'informal_concern'])[1 + (g * 7) % 10],
    (array['phone', 'letter', 'email', 'face_to_face', 'online', 'online', 'via_member', 'other'])[1 + (g * 13) % 8],
    case when g % 50 = 0 then (array['received', 'acknowledged', 'under_investigation'])[1 + (g / 50) % 3]
         else 'closed' end,
    case when g % 50 = 0 then current_date - (g % 60)::int else :first_day + ((g * 37) % :days)::int end,
    s.directorate_id, s.id, 'corporate', 1,
    -- one case in 1,000 mentions a sinkhole: a rare word; every case names one of 40 streets; the open cases (every
    -- 50th) say each of the eight things too (with g * 11 alone they only ever said four, never "pothole")
    (array['The bins were not collected', 'A pothole has not been repaired', 'The library closed early',
           'My council tax bill is wrong', 'The carer did not arrive', 'Noise from the depot at night',
           'The school transport was late', 'Fly-tipping has not been cleared'])[1 + (g * 11 + g / 50) % 8]
        || ' in ' || (array['Mill', 'Church', 'Station', 'Park', 'Victoria', 'Green', 'Manor', 'Kings',
           'Queens', 'New'])[1 + (g * 3) % 10] || ' ' || (array['Lane', 'Road', 'Street', 'Close'])[1 + (g / 10) % 4]
        || case when g % 1000 = 7 then ', and now there is a sinkhole' else '' end
        || '. Reported on case ' || g || '.',
    (array['Mr', 'Mrs', 'Ms', 'Dr'])[1 + g % 4] || ' ' || chr(65 + (g * 7) % 26) || ' '
        || (array['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Patel', 'Wright',
           'Khan', 'Evans', 'Thomas', 'Roberts', 'Walker', 'Hughes', 'Green', 'Hall', 'Clarke', 'Wood'])[1 + (g * 17) % 20]
        || case when g % 1000 = 3 then '-Fothergill' else '' end,
    case when g % 50 = 0 then null else :first_day + ((g * 37) % :days)::int + 12 end
from generate_series(1, :n) g
join (select sv.id, sv.authority_id, sv.directorate_id, p.k as council,
             row_number() over (partition by sv.authority_id order by sv.id) - 1 as k
      from service sv join council_place p on p.authority_id = sv.authority_id) s
  -- in runs of 1,000 cases, so each council gets every type, channel, service and text the modular choices give
  on s.council = case when :councils = 1 or (g / 1000) % 4 = 0 then 0 else 1 + (g / 1000) % (:councils - 1) end
 and s.k = g % 16;
insert into case_stage (authority_id, case_id, stage_number, received_on, acknowledgement_due, acknowledged_on,
    response_due, original_response_due, suspended_working_days, responded_on, outcome, delay_reason,
    case_feedback_type, case_directorate_id, case_closed_on)
select authority_id, id, 1, received_on, received_on + 3, received_on + 1, received_on + 28, received_on + 28,
    case when id % 17 = 0 then 5 else 0 end,
    case when feedback_type in ('comment', 'compliment') or status <> 'closed' then null
         else received_on + ((id * 31) % 40)::int end,
    case when feedback_type = 'complaint' and status = 'closed' then
        (array['not_upheld', 'not_upheld', 'upheld', 'partly_upheld', 'resolved_upon_receipt'])[1 + (id / 3) % 5] end,
    case when feedback_type <> 'complaint' or status <> 'closed' or (id * 31) % 40 <= 28 then null
         else (array['complex_case', 'workload', 'sign_off_delay', 'staff_absent_or_unavailable'])[1 + (id / 7) % 4] end,
    feedback_type, directorate_id, closed_on
from feedback_case;
insert into case_stage (authority_id, case_id, stage_number, received_on, response_due, original_response_due,
    responded_on, outcome, case_feedback_type, case_directorate_id, case_closed_on)
select authority_id, case_id, 2, responded_on + 5, responded_on + 33, responded_on + 33, responded_on + 20,
    (array['not_upheld', 'upheld', 'partly_upheld'])[1 + case_id % 3], case_feedback_type, case_directorate_id,
    case_closed_on
from case_stage s where s.stage_number = 1 and s.outcome in ('upheld', 'partly_upheld')
  and (s.case_id / 7) % 8 = 0;
update feedback_case c set current_stage = 2
where exists (select 1 from case_stage s where s.case_id = c.id and s.stage_number = 2);
-- As the application keeps it (V17): each open case's current stage response due date, null on the others.
update feedback_case c set open_response_due = s.response_due from case_stage s
where c.status in ('received', 'acknowledged', 'under_investigation')
  and s.case_id = c.id and s.stage_number = c.current_stage;
insert into case_reason (case_id, authority_id, reason_key, case_feedback_type, case_directorate_id, case_received_on)
select id, authority_id, (array['communications_or_information', 'policy_and_procedure', 'staff_conduct',
    'issues_with_service/delay_in_doing_something', 'issues_with_service/failure_to_do_something',
    'value_for_money'])[1 + (id / 5) % 6], feedback_type, directorate_id, received_on
from feedback_case where feedback_type = 'complaint';
insert into tag (authority_id, tag_key, label) select authority_id, 'covid', 'Covid' from council_place;
insert into case_tag (case_id, tag_id, authority_id)
select c.id, t.id, c.authority_id from feedback_case c join tag t on t.authority_id = c.authority_id
where (c.id / 3) % 10 = 0;
insert into remedy_action (authority_id, case_id, stage_number, action_kind)
select authority_id, case_id, 1, (array['formal_apology', 'explanation', 'discuss_at_team_meeting',
    'staff_training_or_guidance'])[1 + (case_id / 11) % 4]
from case_stage where stage_number = 1 and outcome in ('upheld', 'partly_upheld');
insert into payment (authority_id, case_id, payment_kind, amount, paid_on, directorate_id, source)
select c.authority_id, c.id, 'compensation', 25 + (c.id % 500), s.responded_on + 10, c.directorate_id,
    case when c.id % 3 = 0 then 'ombudsman' else 'local_resolution' end
from feedback_case c join case_stage s on s.case_id = c.id and s.stage_number = 1
where s.outcome = 'upheld' and (c.id / 13) % 10 = 0;
vacuum analyze;
