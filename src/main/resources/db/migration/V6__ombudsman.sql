-- Ombudsman: the national annual data the Ombudsman publishes for every council (kept by the Ombudsman's own
-- authority code and year, not by authority_id: see docs/adr/0004), and the council's own record of Ombudsman
-- cases, recommendations and every change to them.

create table ombudsman_annual_data (
    authority_code                  varchar(40)  not null,
    financial_year                  integer      not null,
    authority_name                  varchar(200) not null,
    authority_type                  varchar(30)  not null,
    received_total                  integer      not null,
    incomplete_or_invalid           integer      not null,
    advice_given                    integer      not null,
    referred_back                   integer      not null,
    closed_after_initial_enquiries  integer      not null,
    not_upheld                      integer      not null,
    upheld                          integer      not null,
    remedied_by_authority           integer      not null,
    compliance_outcomes             integer      not null,
    complied                        integer      not null,
    imported_at                     timestamp with time zone not null default current_timestamp,
    constraint ombudsman_annual_data_pk primary key (authority_code, financial_year),
    constraint ombudsman_annual_data_counts check (remedied_by_authority <= upheld and complied <= compliance_outcomes)
);
create index ombudsman_annual_data_year_type on ombudsman_annual_data (financial_year, authority_type);
comment on table ombudsman_annual_data is 'National data, not tenant data: the Ombudsman''s published annual figures for every authority in England, one row per Ombudsman authority code and financial year, whether or not that authority uses this installation. Deliberately has no authority_id (docs/adr/0004); re-importing a code and year replaces its row';
comment on column ombudsman_annual_data.authority_code is 'The authority''s code as the Ombudsman''s data gives it (not a foreign key: most authorities are not councils of this installation)';
comment on column ombudsman_annual_data.financial_year is 'First year of the financial year: 2019 is 1 April 2019 to 31 March 2020';
comment on column ombudsman_annual_data.authority_name is 'The authority''s name as the Ombudsman gives it';
comment on column ombudsman_annual_data.authority_type is 'Peer group for averages: county, district, metropolitan_borough, unitary, london_borough';
comment on column ombudsman_annual_data.received_total is 'Complaints and enquiries the Ombudsman received about the authority';
comment on column ombudsman_annual_data.incomplete_or_invalid is 'Decisions: incomplete or invalid';
comment on column ombudsman_annual_data.advice_given is 'Decisions: advice given (older years)';
comment on column ombudsman_annual_data.referred_back is 'Decisions: referred back for local resolution';
comment on column ombudsman_annual_data.closed_after_initial_enquiries is 'Decisions: closed after initial enquiries';
comment on column ombudsman_annual_data.not_upheld is 'Detailed investigations not upheld';
comment on column ombudsman_annual_data.upheld is 'Detailed investigations upheld (fault found)';
comment on column ombudsman_annual_data.remedied_by_authority is 'Upheld cases where the authority had provided a satisfactory remedy before the Ombudsman';
comment on column ombudsman_annual_data.compliance_outcomes is 'Compliance outcomes recorded in the year';
comment on column ombudsman_annual_data.complied is 'Compliance outcomes where the recommendations were implemented';
comment on column ombudsman_annual_data.imported_at is 'When this row was last imported';

create table ombudsman_annual_received (
    authority_code  varchar(40) not null,
    financial_year  integer     not null,
    category        varchar(40) not null,
    received        integer     not null,
    constraint ombudsman_annual_received_pk primary key (authority_code, financial_year, category),
    constraint ombudsman_annual_received_data foreign key (authority_code, financial_year)
        references ombudsman_annual_data (authority_code, financial_year) on delete cascade
);
comment on table ombudsman_annual_received is 'National data, not tenant data: complaints and enquiries the Ombudsman received about an authority in a year, by the Ombudsman''s category (optional received_<category> columns of the import)';
comment on column ombudsman_annual_received.authority_code is 'The Ombudsman''s code for the authority';
comment on column ombudsman_annual_received.financial_year is 'First year of the financial year';
comment on column ombudsman_annual_received.category is 'adult_care_services, benefits_and_tax, corporate_and_other_services, education_and_childrens_services, environmental_services, highways_and_transport, housing, planning_and_development, other';
comment on column ombudsman_annual_received.received is 'Number received in that category';

create table ombudsman_case (
    id                     bigint generated by default as identity primary key,
    authority_id           bigint        not null references authority (id),
    ombudsman_reference    varchar(20)   not null,
    case_reference         varchar(40),
    category               varchar(40)   not null,
    directorate_id         bigint        not null references directorate (id),
    service_id             bigint        references service (id),
    received_on            date          not null,
    decided_on             date,
    decision               varchar(40),
    council_view           varchar(40),
    remedied_by_authority  boolean       not null default false,
    public_report          boolean       not null default false,
    decision_summary       varchar(10000),
    created_at             timestamp with time zone not null default current_timestamp,
    updated_at             timestamp with time zone not null default current_timestamp,
    version                integer       not null default 0,
    constraint ombudsman_case_reference_unique unique (authority_id, ombudsman_reference)
);
create index ombudsman_case_received on ombudsman_case (authority_id, received_on);
create index ombudsman_case_decided on ombudsman_case (authority_id, decided_on);
comment on table ombudsman_case is 'An enquiry or complaint the Ombudsman has opened about this council, as the council''s Ombudsman link officer records it';
comment on column ombudsman_case.authority_id is 'The council';
comment on column ombudsman_case.ombudsman_reference is 'The Ombudsman''s reference, e.g. 19 020 166 (year, then six digits)';
comment on column ombudsman_case.case_reference is 'The council''s own feedback case about the same matter, where there is one (checked in casework when recorded)';
comment on column ombudsman_case.category is 'Ombudsman category: adult_care_services, benefits_and_tax, corporate_and_other_services, education_and_childrens_services, environmental_services, highways_and_transport, housing, planning_and_development, other';
comment on column ombudsman_case.directorate_id is 'Directorate answering to the Ombudsman (tables 19 to 22 of the annual report)';
comment on column ombudsman_case.service_id is 'Service within the directorate, where known';
comment on column ombudsman_case.received_on is 'Date the council heard of the complaint from the Ombudsman; counts received use this date';
comment on column ombudsman_case.decided_on is 'Date of the Ombudsman''s final decision; counts of decisions use this date';
comment on column ombudsman_case.decision is 'incomplete_or_invalid, advice_given, referred_back, closed_after_initial_enquiries, upheld, not_upheld (the last two after a detailed investigation); empty while open';
comment on column ombudsman_case.council_view is 'The council''s own classification of a decision other than upheld or not upheld: closed_out_of_jurisdiction, closed_no_further_action, closed_withdrawn, premature';
comment on column ombudsman_case.remedied_by_authority is 'Upheld, and the Ombudsman found the council had already provided a satisfactory remedy';
comment on column ombudsman_case.public_report is 'The Ombudsman issued a public report (Local Government Act 1974, s.30)';
comment on column ombudsman_case.decision_summary is 'The decision in brief; people named by letters (Mr C, Miss T), never initials';
comment on column ombudsman_case.version is 'Optimistic lock';

create table ombudsman_recommendation (
    id                      bigint generated by default as identity primary key,
    authority_id            bigint         not null references authority (id),
    ombudsman_case_id       bigint         not null references ombudsman_case (id),
    recommendation_type     varchar(30)    not null,
    description             varchar(2000),
    amount                  numeric(12, 2),
    due_on                  date           not null,
    evidence                varchar(5000),
    done_on                 date,
    compliance              varchar(20),
    compliance_recorded_on  date,
    created_at              timestamp with time zone not null default current_timestamp,
    version                 integer        not null default 0
);
create index ombudsman_recommendation_case on ombudsman_recommendation (ombudsman_case_id);
comment on table ombudsman_recommendation is 'What the Ombudsman recommended the council do to put things right, tracked to compliance';
comment on column ombudsman_recommendation.authority_id is 'The council';
comment on column ombudsman_recommendation.ombudsman_case_id is 'The Ombudsman case it belongs to';
comment on column ombudsman_recommendation.recommendation_type is 'apology, payment, procedure_change, staff_training, audit_of_similar_cases, service_improvement, other';
comment on column ombudsman_recommendation.description is 'What exactly is to be done';
comment on column ombudsman_recommendation.amount is 'For a payment: pounds, exact to the penny';
comment on column ombudsman_recommendation.due_on is 'Date the Ombudsman set for it to be done';
comment on column ombudsman_recommendation.evidence is 'What the council sent the Ombudsman to show it was done';
comment on column ombudsman_recommendation.done_on is 'Date the council did it (for a payment, the date paid: it is then recorded in the linked case''s payments)';
comment on column ombudsman_recommendation.compliance is 'The Ombudsman''s compliance outcome: complied, complied_late, not_complied; empty until recorded';
comment on column ombudsman_recommendation.compliance_recorded_on is 'Date the Ombudsman recorded the compliance outcome; compliance figures count the year of the case''s last one';
comment on column ombudsman_recommendation.version is 'Optimistic lock';

create table ombudsman_event (
    id                 bigint generated by default as identity primary key,
    authority_id       bigint       not null references authority (id),
    ombudsman_case_id  bigint       not null references ombudsman_case (id),
    occurred_at        timestamp with time zone not null,
    staff_id           bigint       references staff (id),
    actor              varchar(200) not null,
    action             varchar(40)  not null,
    summary            varchar(2000) not null
);
create index ombudsman_event_case on ombudsman_event (ombudsman_case_id, occurred_at);
comment on table ombudsman_event is 'Audit trail of every change to an Ombudsman case and its recommendations; rows are appended, never changed';
comment on column ombudsman_event.authority_id is 'The council';
comment on column ombudsman_event.ombudsman_case_id is 'The Ombudsman case changed';
comment on column ombudsman_event.occurred_at is 'When';
comment on column ombudsman_event.staff_id is 'Who (empty for the system)';
comment on column ombudsman_event.actor is 'Their name at the time';
comment on column ombudsman_event.action is 'recorded, updated, recommendation_added, recommendation_done, compliance_recorded';
comment on column ombudsman_event.summary is 'What changed, in words';
