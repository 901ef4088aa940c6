-- Across the stages (issue 6): the audit trail of every record change, and the stage ledger
-- the funnel figures are computed from. Both are written in the same transaction as the change.

-- One row per change of an entity: who, what, when. Values are kept only for scalar, non-text
-- properties (states, flags, numbers, times, ids); text and structured properties are named
-- without their values, so personal data never lands here (erasure need not chase it).
create table audit_entry (
    position     bigint generated always as identity primary key,
    record_type  varchar(100) not null,
    record_id    varchar(100) not null,
    root_type    varchar(100),
    root_id      varchar(100),
    deal_id      uuid,
    action       varchar(10) not null,
    cause        varchar(500),
    actor        varchar(200) not null,
    changes      jsonb not null default '[]',
    at           timestamptz not null
);
create index audit_entry_record on audit_entry (record_id, position);
create index audit_entry_root on audit_entry (root_id, position) where root_id is not null;
create index audit_entry_deal on audit_entry (deal_id, position) where deal_id is not null;

-- One row per record that entered this service's stage; left_at/outcome are its latest exit.
create table stage_record (
    record_id    uuid primary key,
    stage        varchar(20) not null,
    deal_id      uuid,
    entered_at   timestamptz not null,
    left_at      timestamptz,
    outcome      varchar(20),
    reason       text
);
create index stage_record_entered on stage_record (stage, entered_at);
