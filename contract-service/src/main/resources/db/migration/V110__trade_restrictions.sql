-- This service's copy of the trade restriction lists lead-service owns (fed by
-- sales.trade-restrictions.changed; the highest revision is kept), and the contract sendings
-- the lists blocked, for sales managers to see (the blocked sending itself changed nothing).
create table trade_restriction_copy (
    id                    varchar(40) primary key,
    lock_version          bigint not null default 0,
    revision              bigint not null,
    restricted_countries  jsonb not null default '[]',
    denied_parties        jsonb not null default '[]',
    changed_at            timestamptz,
    received_at           timestamptz not null
);

create table blocked_deal (
    id          uuid primary key,
    stage       varchar(20) not null,
    record_id   uuid not null,
    deal_id     uuid,
    company     varchar(300),
    country     varchar(2),
    reasons     jsonb not null,
    blocked_by  varchar(300) not null,
    blocked_at  timestamptz not null
);
