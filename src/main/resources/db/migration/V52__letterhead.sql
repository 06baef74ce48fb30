-- Letters a council posts (an acknowledgement to someone with no email address) carry its postal address.
create table letterhead (
    authority_id  bigint        not null primary key references authority (id),
    address       varchar(1000) not null,
    version       integer       not null default 0
);

comment on table letterhead is 'What a council prints at the head of the letters Redress produces for posting';
comment on column letterhead.authority_id is 'The council';
comment on column letterhead.address is 'The council''s postal address for replies, one line per line of the address';
comment on column letterhead.version is 'Optimistic lock: raised on every change';
