-- Integration keys for lead intake (issue 7): only the SHA-256 of a key is stored.
create table api_key (
    id           uuid primary key,
    integration  varchar(100) not null,
    key_hash     varchar(64) not null unique,
    key_prefix   varchar(10) not null,
    created_by   varchar(200) not null,
    created_at   timestamptz not null,
    revoked_at   timestamptz,
    revoked_by   varchar(200)
);
