-- Failed sign-ins counted per username and client address, so that failures sent from one address cannot stop the
-- real person signing in from another. The counts so far are short-lived and are not carried over.

drop table sign_in_lockout;
create table sign_in_lockout (
    username          varchar(200) not null,
    address           varchar(64)  not null,
    failures          integer      not null,
    first_failure_at  timestamp with time zone not null,
    locked_until      timestamp with time zone,
    primary key (username, address)
);
comment on table sign_in_lockout is 'Failed sign-ins by username (lower case, known or not) and client address, so a lock-out holds across instances';
comment on column sign_in_lockout.address is 'The client address the failures came from';
comment on column sign_in_lockout.first_failure_at is 'Start of the window in which failures are counted';
comment on column sign_in_lockout.locked_until is 'Sign-in from this address refused until then; null while under the limit';
