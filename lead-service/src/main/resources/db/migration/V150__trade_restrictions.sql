-- Trade restrictions: the restricted-country and denied-party lists an admin keeps (one row; its
-- revision grows with every change so the services holding a copy keep the newest), and the deals
-- the lists blocked, for sales managers to see (the blocked action itself changed nothing).
create table trade_restriction_list (
    id                    varchar(40) primary key,
    lock_version          bigint not null default 0,
    revision              bigint not null,
    restricted_countries  jsonb not null default '[]',
    denied_parties        jsonb not null default '[]',
    updated_by            varchar(300),
    updated_at            timestamptz
);
-- Out of the box both lists are empty (nothing blocked); the row exists so that concurrent
-- changes meet on its lock version.
insert into trade_restriction_list (id, revision) values ('trade-restrictions', 0);

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
