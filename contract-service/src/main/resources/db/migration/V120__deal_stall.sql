-- Stalled deals: one row per stall (a record and its last activity) once it is published as
-- DealStalled; the key makes a second replica's insert of the same stall do nothing.
create table deal_stall (
    record_id         uuid not null,
    last_activity_at  timestamptz not null,
    deal_id           uuid not null,
    status            varchar(40) not null,
    owner             varchar(200),
    detected_at       timestamptz not null,
    primary key (record_id, last_activity_at)
);
