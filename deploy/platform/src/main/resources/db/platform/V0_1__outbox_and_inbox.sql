-- Messaging tables every service has: events waiting to be relayed (outbox) and ids of
-- events already processed (inbox). Platform migrations are numbered V0_x so that they run
-- before the service's own V1+ migrations.
create table outbox_message (
    id           uuid primary key,
    position     bigint generated always as identity unique,
    topic        varchar(200) not null,
    event_type   varchar(200) not null,
    deal_id      uuid not null,
    payload      jsonb not null,
    actor        varchar(200),
    occurred_at  timestamptz not null,
    published_at timestamptz
);
create index outbox_message_pending on outbox_message (position) where published_at is null;

create table processed_event (
    event_id     varchar(200) primary key,
    topic        varchar(200) not null,
    processed_at timestamptz not null
);
