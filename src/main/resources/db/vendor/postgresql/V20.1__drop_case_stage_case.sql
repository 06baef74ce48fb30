-- case_stage_case (V4) repeats the first column of case_stage_unique (case_id, stage_number), which serves every lookup
-- by case and the foreign key's checks; see V20. (H2 keeps it: it holds the foreign key by that index.)
drop index case_stage_case;
