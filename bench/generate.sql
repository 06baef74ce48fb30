-- Fills the council BENCH with :n generated cases over three financial years (2018/19 to 2020/21), with types,
-- channels, outcomes and delays in the seed report's rough proportions. One case in 50 is still open, received in
-- the last 60 days, so the work queue has about 20,000 cases at 1,000,000. Descriptions and names vary so that
-- search has rare and common words to find. Used by bench/run (psql -v n=...).
\set a '(select id from authority where code = ''BENCH'')'
insert into directorate (authority_id, name)
select :a, n from unnest(array['Adult Social Care and Health', 'Children, Young People and Education',
    'Growth, Environment and Transport', 'Strategic and Corporate Services']) n;
insert into service (authority_id, directorate_id, name)
select :a, d.id, 'Service ' || g || ' of ' || d.name from directorate d, generate_series(1, 4) g
where d.authority_id = :a;
insert into feedback_case (authority_id, reference, feedback_type, channel, status, received_on, directorate_id,
    service_id, procedure_code, current_stage, description, customer_name, closed_on)
select :a, 'B' || g,
    (array['complaint', 'complaint', 'complaint', 'comment', 'compliment', 'enquiry', 'enquiry', 'enquiry',
           'member_enquiry', 'informal_concern'])[1 + (g * 7) % 10],
    (array['phone', 'letter', 'email', 'face_to_face', 'online', 'online', 'via_member', 'other'])[1 + (g * 13) % 8],
    case when g % 50 = 0 then (array['received', 'acknowledged', 'under_investigation'])[1 + (g / 50) % 3]
         else 'closed' end,
    case when g % 50 = 0 then current_date - (g % 60)::int else date '2018-04-01' + ((g * 37) % 1095)::int end,
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
    case when g % 50 = 0 then null else date '2018-04-01' + ((g * 37) % 1095)::int + 12 end
from generate_series(1, :n) g
join (select id, directorate_id, row_number() over (order by id) - 1 as k from service where authority_id = :a) s
  on s.k = g % 16;
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
from feedback_case where authority_id = :a;
insert into case_stage (authority_id, case_id, stage_number, received_on, response_due, original_response_due,
    responded_on, outcome, case_feedback_type, case_directorate_id, case_closed_on)
select authority_id, case_id, 2, responded_on + 5, responded_on + 33, responded_on + 33, responded_on + 20,
    (array['not_upheld', 'upheld', 'partly_upheld'])[1 + case_id % 3], case_feedback_type, case_directorate_id,
    case_closed_on
from case_stage s where s.authority_id = :a and s.stage_number = 1 and s.outcome in ('upheld', 'partly_upheld')
  and (s.case_id / 7) % 8 = 0;
update feedback_case c set current_stage = 2 where authority_id = :a
  and exists (select 1 from case_stage s where s.case_id = c.id and s.stage_number = 2);
-- As the application keeps it (V17): each open case's current stage response due date, null on the others.
update feedback_case c set open_response_due = s.response_due from case_stage s
where c.authority_id = :a and c.status in ('received', 'acknowledged', 'under_investigation')
  and s.case_id = c.id and s.stage_number = c.current_stage;
insert into case_reason (case_id, authority_id, reason_key, case_feedback_type, case_directorate_id, case_received_on)
select id, authority_id, (array['communications_or_information', 'policy_and_procedure', 'staff_conduct',
    'issues_with_service/delay_in_doing_something', 'issues_with_service/failure_to_do_something',
    'value_for_money'])[1 + (id / 5) % 6], feedback_type, directorate_id, received_on
from feedback_case where authority_id = :a and feedback_type = 'complaint';
insert into tag (authority_id, tag_key, label) values (:a, 'covid', 'Covid');
insert into case_tag (case_id, tag_id, authority_id)
select c.id, t.id, c.authority_id from feedback_case c join tag t on t.authority_id = c.authority_id
where c.authority_id = :a and (c.id / 3) % 10 = 0;
insert into remedy_action (authority_id, case_id, stage_number, action_kind)
select authority_id, case_id, 1, (array['formal_apology', 'explanation', 'discuss_at_team_meeting',
    'staff_training_or_guidance'])[1 + (case_id / 11) % 4]
from case_stage where authority_id = :a and stage_number = 1 and outcome in ('upheld', 'partly_upheld');
insert into payment (authority_id, case_id, payment_kind, amount, paid_on, directorate_id, source)
select c.authority_id, c.id, 'compensation', 25 + (c.id % 500), s.responded_on + 10, c.directorate_id,
    case when c.id % 3 = 0 then 'ombudsman' else 'local_resolution' end
from feedback_case c join case_stage s on s.case_id = c.id and s.stage_number = 1
where c.authority_id = :a and s.outcome = 'upheld' and (c.id / 13) % 10 = 0;
vacuum analyze;
