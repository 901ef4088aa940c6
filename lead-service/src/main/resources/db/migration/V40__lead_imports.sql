-- Bulk imports of lead lists (CSV). One row per import: its settings, its progress counters
-- and the checkpoint up to which its rows are committed (so a restart resumes there).
create table lead_import (
    id              uuid primary key,
    state           varchar(20) not null,
    mode            varchar(20) not null,
    source_kind     varchar(30) not null,
    source_detail   varchar(500) not null,
    file_name       varchar(500),
    delimiter       char(1) not null,
    header          text[] not null,
    mapping         jsonb not null,
    size_bytes      bigint not null,
    position_bytes  bigint not null default 0,
    rows_read       bigint not null default 0,
    created         bigint not null default 0,
    duplicates      bigint not null default 0,
    rejected        bigint not null default 0,
    checkpoint_row  bigint not null default 0,
    failure         text,
    worker          varchar(100),
    heartbeat_at    timestamptz not null,
    created_by      varchar(200) not null,
    created_at      timestamptz not null,
    started_at      timestamptz,
    finished_at     timestamptz
);
-- Recovery looks for unfinished imports only.
create index lead_import_unfinished on lead_import (heartbeat_at) where state in ('QUEUED', 'RUNNING');

-- Rows an import refused, with the reason, in file order: GET /api/lead-imports/{id}/errors.
create table lead_import_error (
    import_id   uuid not null references lead_import (id) on delete cascade,
    row_number  bigint not null,
    reason      text not null,
    fields      text[] not null,
    primary key (import_id, row_number)
);
