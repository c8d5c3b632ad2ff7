-- The notification emails a person has chosen, per client and type ('mine': of the items they hold, 'all', 'none').
-- Only explicit choices are kept: a person with no row for a client and type gets the default (the holder warnings,
-- account managers breaches and escalations), so a changed default reaches everyone who has not chosen. Whether the
-- person is still a member of the client is checked when each email is written, never stored here. Owned by the
-- notification module.
create table notification_preferences (
    person_id   varchar(64)  not null,
    client      varchar(64)  not null,
    event_type  varchar(64)  not null,
    choice      varchar(8)   not null,
    chosen_at   timestamp with time zone not null,
    constraint notification_preferences_key primary key (person_id, client, event_type),
    constraint notification_preferences_choice check (choice in ('mine', 'all', 'none'))
);
create index notification_preferences_of_client on notification_preferences (client, event_type);
