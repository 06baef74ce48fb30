-- Imports keep what earlier systems recorded where it only disagrees with Redress's own calendar, and say so: the
-- check's warnings are kept with the upload, shown before it is confirmed and after it is imported.

alter table case_import add column warning_count bigint;
alter table case_import add column warnings text;
comment on column case_import.warning_count is 'How many warnings the check found, all of them: records kept as recorded though they disagree with Redress''s rules';
comment on column case_import.warnings is 'The first warnings found, as JSON [{line, column, message}]';
