-- What staff typed for an event (a response, a reason, a note), kept whole: the summary is one line for the timeline
-- and is cut at 2,000 characters, while a response may run to 20,000.
alter table case_event add column words varchar(20000);

comment on column case_event.words is 'What staff typed for this change, in full: the response sent, the reason given for an escalation, withdrawal, extension or assignment, a remedy''s detail, a payment''s note, a note; null when nothing was typed';
