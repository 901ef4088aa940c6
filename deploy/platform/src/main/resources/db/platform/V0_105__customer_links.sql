-- Links handed to a customer's contact for one act (decide on a proposal, sign a contract, ...).
-- The token itself is never stored: only its SHA-256 (hex), so a copy of the table opens no link.
create table customer_link (
    id                uuid primary key,
    token_sha256      text not null unique,
    purpose           text not null,
    deal_id           uuid not null,
    record_id         uuid not null,
    record_version    integer not null,
    contact_person_id uuid not null,
    contact_name      text not null,
    contact_email     text,
    issued_by         text not null,
    issued_at         timestamptz not null,
    expires_at        timestamptz not null,
    revoked_at        timestamptz,
    revoked_by        text,
    used_at           timestamptz,
    replaced_by       uuid
);

create index customer_link_record on customer_link (record_id, purpose);
create index customer_link_deal on customer_link (deal_id);
