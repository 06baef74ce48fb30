-- Indexes no query needs any more, each kept up to date on every case logged, imported or saved. Measured at a
-- million cases (bench/README.md): each secondary index costs an import about a second per 100,000 rows.
--   feedback_case_work (V13.2): the work queue's, until V17 gave the queue feedback_case_open_queue; open cases by
--     status are found by feedback_case_queue.
--   case_stage_case (V4): its column leads case_stage_unique (case_id, stage_number), which serves the same lookups;
--     dropped on PostgreSQL only (vendor V20.1): H2 holds its foreign key to feedback_case by it.
--   case_stage_current (V13.2): the queue's join to each open case's current stage, until V17; the join by
--     (case_id, stage_number) uses case_stage_unique.
--   case_stage_received, case_stage_due (V13, V4): the annual report's, until V19 let it read the stages in one pass.
drop index feedback_case_work;
drop index case_stage_current;
drop index case_stage_received;
drop index case_stage_due;
