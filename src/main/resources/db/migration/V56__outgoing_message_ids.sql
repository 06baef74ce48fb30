-- The Message-ID each email Redress sends goes out with, so that a reply (In-Reply-To / References) can be put on
-- the case the email was about.
alter table notification_outbox add column message_id varchar(998);
create index notification_outbox_message_id on notification_outbox (authority_id, message_id);

comment on column notification_outbox.message_id is 'The Message-ID header the email is sent with (over SMTP), with its angle brackets; a reply names it';
