-- The addresses each account has lately signed in from with its password. Once failed sign-ins for an account from
-- every address together pass a limit (a guess attack spread over many addresses), sign-in is refused from any
-- other address until the window passes, while the real person still signs in from an address they used lately.

create table sign_in_known_address (
    username           varchar(200) not null,
    address            varchar(64)  not null,
    last_signed_in_at  timestamp with time zone not null,
    primary key (username, address)
);
comment on table sign_in_known_address is 'Client addresses from which each username (lower case) signed in successfully, kept for a while; pruned on each sign-in';
comment on column sign_in_known_address.username is 'The username signed in with, in lower case';
comment on column sign_in_known_address.address is 'The client address the successful sign-in came from';
comment on column sign_in_known_address.last_signed_in_at is 'The latest successful sign-in from this address';
