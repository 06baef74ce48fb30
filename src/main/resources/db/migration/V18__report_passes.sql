-- The annual report counts in three passes (ADR 0008). The stage and reason passes join every stage or reason of the
-- council to its case's type, directorate and closing date: with the case id and closing date in the report index as
-- well, PostgreSQL reads those from the index alone (an index-only scan) instead of every wide case row.
create index feedback_case_report_pass on feedback_case (authority_id, received_on, feedback_type, directorate_id,
    service_id, channel, id, closed_on);
drop index feedback_case_report;
