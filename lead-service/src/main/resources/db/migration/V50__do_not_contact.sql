-- The do-not-contact register: the SHA-256 (hex) of a normalised e-mail address, never the
-- address itself, with the erasure request that listed it.
create table do_not_contact (
    email_sha256 varchar(64) primary key,
    erasure_id   uuid not null,
    listed_at    timestamptz not null
);
