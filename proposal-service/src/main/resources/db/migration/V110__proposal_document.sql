-- The PDF of each sent proposal version, stored when it is rendered (platform StoredPdfs):
-- source_key names what it was rendered from, sha256 is the hash of exactly these bytes (the ETag).
-- Versions sent earlier get theirs on their first GET; drafts are rendered on demand, never stored.
create table proposal_document (
    id          uuid primary key references proposal (id) on delete cascade,
    source_key  char(64)    not null,
    sha256      char(64)    not null,
    pdf         bytea       not null,
    rendered_at timestamptz not null
);
