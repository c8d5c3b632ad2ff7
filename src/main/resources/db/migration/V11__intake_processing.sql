-- What became of each accepted delivery: 'received' until it has been acted on in its own transaction ('done', with
-- its outcome), retried with backoff while that fails, 'failed' after the last attempt (kept, with the last error,
-- for an administrator to look at). Owned by the intake module.
alter table intake_inbox add column state varchar(16) default 'received' not null;
alter table intake_inbox add column attempts integer default 0 not null;
alter table intake_inbox add column next_attempt_at timestamp with time zone;
alter table intake_inbox add column outcome varchar(1000);
alter table intake_inbox add column processed_at timestamp with time zone;
update intake_inbox set next_attempt_at = received_at;
alter table intake_inbox alter column next_attempt_at set not null;
create index intake_inbox_due on intake_inbox (state, next_attempt_at);

-- The platform's items that have become work here (a flagged post, a member's topic): its key refuses a second start
-- for the same item, whichever event, node or redelivery (Discourse gives every retry a new event id) tries it.
create table intake_items (
    platform      varchar(32)  not null,
    client        varchar(64)  not null,
    item_key      varchar(128) not null,
    business_key  varchar(255) not null,
    started_at    timestamp with time zone not null,
    constraint intake_items_pk primary key (platform, client, item_key)
);
