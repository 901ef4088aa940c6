-- Erasure requests and the services' confirmations (jsonb: at most five, written one at a time).
create table erasure_request (
    id             uuid primary key,
    version        bigint not null,
    state          varchar(20) not null,
    email_sha256   varchar(64),
    lead_ids       jsonb not null,
    deal_ids       jsonb not null,
    confirmations  jsonb not null,
    requested_by   varchar(200) not null,
    requested_at   timestamptz not null,
    completed_at   timestamptz
);

-- An erased lead keeps its id, dealId, status, source and timestamps; the person is gone.
alter table lead add column erased_at timestamptz;
-- Erasure by e-mail finds the person's leads (the stored address is already trimmed, lower-case).
create index lead_email_for_erasure on lead (email);
