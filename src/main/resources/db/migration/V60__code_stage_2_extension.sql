-- The Complaint Handling Codes let a stage 2 response be extended by up to 20 working days
-- (docs/complaint-handling-code.md), not the 10 first seeded. Councils that kept the seeded 10 get the Code's 20;
-- a council that chose its own figure keeps it.
update procedure_stage
set max_extension_days = 20
where stage_number = 2
  and max_extension_days = 10
  and policy_id in (select id from procedure_policy where kind = 'complaint_handling_code');
