-- The work queue finds a page's open cases from these two indexes alone (an index-only scan on PostgreSQL): the
-- open cases of a council with what the views filter on, then each one's current stage and its due date. Only the
-- 25 rows of the page are then read in full. Without them every open case row and a scan of all stages were read.
create index feedback_case_work on feedback_case (authority_id, status, current_stage, id, directorate_id,
    service_id, assigned_to, feedback_type);
create index case_stage_current on case_stage (case_id, stage_number, response_due);
