-- The work queue's indexes (V17) hold only open cases on PostgreSQL: every queue and its counts ask for open cases
-- (open_response_due is not null, or a date comparison with it), and a council's history is nearly all closed. V17
-- put closed cases in them too because H2 has no partial indexes. Smaller indexes for the queue, and no entry to
-- write for a case imported or saved closed (an import of 100,000 closed cases wrote 200,000 entries no query read).
create index feedback_case_open_queue_only on feedback_case (authority_id, open_response_due, id, assigned_to,
    directorate_id, service_id, feedback_type, status) where open_response_due is not null;
create index feedback_case_open_mine_only on feedback_case (authority_id, assigned_to, open_response_due, id)
    where open_response_due is not null;
drop index feedback_case_open_queue;
drop index feedback_case_open_mine;
alter index feedback_case_open_queue_only rename to feedback_case_open_queue;
alter index feedback_case_open_mine_only rename to feedback_case_open_mine;
