-- Idempotency-Key on POST /api/leads: the first answer per caller and key, replayed to retries
-- until it expires (sales.idempotency.retention) and is purged.
create table idempotent_request (
    caller          varchar(200) not null,
    idempotency_key varchar(255) not null,
    request_hash    char(64) not null,
    status          int not null,
    location        text,
    body            text not null,
    created_at      timestamptz not null,
    primary key (caller, idempotency_key)
);
create index idempotent_request_created on idempotent_request (created_at);
