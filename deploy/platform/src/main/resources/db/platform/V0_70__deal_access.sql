-- The latest change of who works a deal (owner, sharing list) this service knows, from any
-- stage (sales.deal.access-changed or its own). It orders the changes: an older one never
-- overwrites a newer one, and a record created later from the deal's hand-off adopts it.
create table deal_access (
    deal_id      uuid primary key,
    stage        varchar(20) not null,
    owner        varchar(200),
    shared_with  jsonb not null default '[]',
    changed_at   timestamptz not null
);
