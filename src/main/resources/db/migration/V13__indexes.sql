-- Indexes for the annual report and the work queue at a million cases (see bench/README.md for the plans).
-- Plain column lists, so H2 and PostgreSQL both take them; PostgreSQL-only indexes are in db/vendor/postgresql.

-- The report counts cases received in a range by type, directorate, service and channel: with these columns in the
-- index PostgreSQL answers from the index alone (an index-only scan) instead of reading every wide case row.
create index feedback_case_report on feedback_case (authority_id, received_on, feedback_type, directorate_id,
    service_id, channel);
drop index feedback_case_received;

-- Stage outcomes, delays and stage-2 counts by response or start date, with the case id for the join.
create index case_stage_responded on case_stage (authority_id, stage_number, responded_on, outcome, delay_reason,
    case_id);
create index case_stage_received on case_stage (authority_id, stage_number, received_on, case_id);
