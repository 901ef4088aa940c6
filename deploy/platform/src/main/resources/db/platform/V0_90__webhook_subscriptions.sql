-- Webhooks: an admin subscribes an https URL to some of this service's event types (optionally
-- one deal's or one owner's). Deliveries follow the outbox: cursor_position is the position of
-- the last outbox row this subscription is done with (delivered or not matching). One replica
-- delivers a subscription at a time: whoever holds its unexpired lease.
create table webhook_subscription (
    id                   uuid primary key,
    url                  varchar(2000) not null,
    event_types          jsonb not null,
    deal_id              uuid,
    owner                varchar(200),
    secret               varchar(200) not null,
    status               varchar(20) not null,
    cursor_position      bigint not null,
    consecutive_failures integer not null default 0,
    next_attempt_at      timestamptz not null,
    last_error           varchar(1000),
    created_at           timestamptz not null,
    created_by           varchar(300) not null,
    changed_at           timestamptz not null,
    lease_holder         varchar(200),
    lease_expires_at     timestamptz
);
create index webhook_subscription_due on webhook_subscription (next_attempt_at) where status = 'ACTIVE';

-- The delivery log: one row per subscription and outbox event (a replay delivers it again and
-- counts on), with the latest attempt's outcome.
create table webhook_delivery (
    subscription_id   uuid not null references webhook_subscription (id) on delete cascade,
    event_id          uuid not null,
    position          bigint not null,
    event_type        varchar(200) not null,
    status            varchar(20) not null,
    attempts          integer not null,
    http_status       integer,
    last_error        varchar(1000),
    first_attempt_at  timestamptz not null,
    last_attempt_at   timestamptz not null,
    delivered_at      timestamptz,
    primary key (subscription_id, event_id)
);
create index webhook_delivery_recent on webhook_delivery (subscription_id, last_attempt_at desc);
