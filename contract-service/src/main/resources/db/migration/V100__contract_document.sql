-- The PDF of each contract sent for signature, stored when it is sent (platform StoredPdfs):
-- source_key names what it was rendered from, sha256 is the hash of exactly these bytes (what a
-- signature commits to, and the ETag). Contracts sent earlier get theirs on their first GET;
-- drafts are rendered on demand, never stored.
create table contract_document (
    id          uuid primary key references contract (id) on delete cascade,
    source_key  char(64)    not null,
    sha256      char(64)    not null,
    pdf         bytea       not null,
    rendered_at timestamptz not null
);
