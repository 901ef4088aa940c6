-- A web-form token posts once: each accepted token is kept (the SHA-256 of its payload) until it
-- expires, so a second post with it is refused. Expired ones are purged.
create table web_form_token_use (
    token_sha256 char(64) primary key,
    form_id      varchar(100) not null,
    expires_at   timestamptz not null
);
create index web_form_token_use_expires on web_form_token_use (expires_at);
