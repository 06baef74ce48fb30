-- Hosting many councils: the service operator, who creates and suspends councils and alone imports the
-- Ombudsman's national data, and councils that can be suspended.

alter table authority add column suspended boolean not null default false;
comment on column authority.suspended is 'True while the service operator has suspended the council: its staff cannot sign in or use the API';

-- An installation that is already running: its first administrator becomes the service operator, as a new
-- installation's first administrator does.
insert into staff_role (staff_id, authority_id, role)
select s.id, s.authority_id, 'service_operator' from staff s
where s.id = (select min(r.staff_id) from staff_role r where r.role = 'administrator');

comment on table staff_role is 'Roles held: service_operator, administrator, feedback_team, investigating_officer, report_viewer';
