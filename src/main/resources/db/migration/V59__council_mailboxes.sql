-- A mailbox per council, saved by its administrators: how Redress signs in to it (a password, or OAuth 2.0 client
-- credentials for Microsoft 365), with every secret encrypted (AES-GCM, key from the environment), how often it is
-- read, and how long emails set aside in triage are kept before their text and files are removed.

alter table inbox_mailbox add column saved boolean not null default false;
alter table inbox_mailbox add column authentication varchar(10) not null default 'password';
alter table inbox_mailbox add column password_sealed varchar(2000);
alter table inbox_mailbox add column token_url varchar(500);
alter table inbox_mailbox add column client_id varchar(200);
alter table inbox_mailbox add column client_secret_sealed varchar(2000);
alter table inbox_mailbox add column scope varchar(500);
alter table inbox_mailbox add column poll_minutes integer not null default 1;
alter table inbox_mailbox add column set_aside_kept_months integer not null default 12;
alter table inbox_mailbox add column saved_by varchar(200);
alter table inbox_mailbox add column saved_at timestamp with time zone;

comment on table inbox_mailbox is 'The mailbox each council''s email is read from (saved by its administrators, or the first council''s from the environment), and how the last poll went';
comment on column inbox_mailbox.saved is 'True when an administrator saved this mailbox: it is then read instead of any mailbox the environment describes. False: the row only records how polls of the environment''s mailbox went';
comment on column inbox_mailbox.authentication is 'How Redress signs in: password, or oauth2 (XOAUTH2 with a token from the client credentials flow)';
comment on column inbox_mailbox.password_sealed is 'Secret: the mailbox password, encrypted with AES-GCM (v1:base64 of nonce and ciphertext); never shown back';
comment on column inbox_mailbox.token_url is 'OAuth 2.0: the token endpoint the client credentials are sent to';
comment on column inbox_mailbox.client_id is 'OAuth 2.0: the application (client) id';
comment on column inbox_mailbox.client_secret_sealed is 'Secret: the OAuth 2.0 client secret, encrypted as password_sealed is';
comment on column inbox_mailbox.scope is 'OAuth 2.0: the scope asked for, https://outlook.office365.com/.default for Microsoft 365';
comment on column inbox_mailbox.poll_minutes is 'How often the mailbox is read, in minutes (1 to 1440)';
comment on column inbox_mailbox.set_aside_kept_months is 'How long an email set aside in triage (or recognised as automatic) and never put on a case keeps its text and files, in months (1 to 120)';
comment on column inbox_mailbox.saved_by is 'Who last saved the settings, as named then';
comment on column inbox_mailbox.saved_at is 'When the settings were last saved';

alter table inbox_message add column cleared_at timestamp with time zone;
comment on column inbox_message.cleared_at is 'When its sender, text and files were removed because it was set aside (or automatic), on no case, for longer than the council keeps such emails; null while kept';
create index inbox_message_clearing on inbox_message (authority_id, status, cleared_at);
