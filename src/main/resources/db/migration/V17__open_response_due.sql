-- The work queue at a million cases: each open case's current response due date kept on the case row, so that a
-- queue page is a range of one index read in order and stopped after the page (see bench/README.md, "Plans").
-- Before this the queue joined every open case to its current stage and sorted them all for each page.

alter table feedback_case add column open_response_due date;
comment on column feedback_case.open_response_due is 'While the case is open (received, acknowledged, under_investigation): response_due of its current stage; null once it is responded to, closed or withdrawn. Written with the stage by the application; the work queue sorts and filters on it';

-- A council's open cases in due date order, then id (the queue's cursor), with what the views and filters narrow
-- by, so PostgreSQL answers a page from the index alone and stops after it. Closed cases are in the index too
-- (null, after every date: H2 has no partial indexes), but a queue never reads that end of it.
create index feedback_case_open_queue on feedback_case (authority_id, open_response_due, id, assigned_to,
    directorate_id, service_id, feedback_type, status);
-- An officer's own queue ("Assigned to me", the first page officers see): their open cases in due date order,
-- without walking past every other open case of the council to find them.
create index feedback_case_open_mine on feedback_case (authority_id, assigned_to, open_response_due, id);

-- Filled after the index is made, so the index is built on a column that is still empty: built after the update,
-- PostgreSQL would not let it be used by any transaction begun before the migration ended (pg_index.indcheckxmin).
update feedback_case c set open_response_due = (
    select st.response_due from case_stage st where st.case_id = c.id and st.stage_number = c.current_stage)
where c.status in ('received', 'acknowledged', 'under_investigation');
