-- Webhook deliveries accepted from a community platform, kept before anything is started from them, so an accepted
-- event is never lost and a redelivery (same platform, client and event id) is recognised: the primary key refuses
-- it. Owned by the intake module.
create table intake_inbox (
    platform     varchar(32)  not null,
    client       varchar(64)  not null,
    event_id     varchar(128) not null,
    event_type   varchar(64)  not null,
    event_name   varchar(64)  not null,
    body         text         not null,
    received_at  timestamp with time zone not null,
    constraint intake_inbox_pk primary key (platform, client, event_id)
);
