-- The annual report at a million cases: a council's stages received, responded to or whose case closed in the two
-- years the stage pass counts, and its reasons received in them, found by date instead of by reading every council's
-- rows (bench/README.md: on sixteen councils' 1.1 million stages the stage pass went from 87 to about 40 ms, table 23
-- from 35 to 20 and the reasons pass from 53 to 27). The responded index also carries what the reasons pass asks of
-- the year's upheld complaints, so it replaces case_stage_responded (V13), whose stage-number-first order suited the
-- report's earlier queries. Each index is one more write of every stage or reason saved or imported: together about
-- half a second per 100,000 stages.
create index case_stage_received_on on case_stage (authority_id, received_on);
create index case_stage_responded_on on case_stage (authority_id, responded_on, stage_number, outcome, case_id);
create index case_stage_closed_on on case_stage (authority_id, case_closed_on);
create index case_reason_received on case_reason (authority_id, case_received_on);
drop index case_stage_responded;
