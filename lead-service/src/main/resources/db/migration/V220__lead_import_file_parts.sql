-- An uploaded CSV file while its import has not ended, in parts of up to 1 MiB (ImportSpool), so
-- whichever replica takes an interrupted import over reads the same file. Deleted when the import
-- ends; parts left by an upload whose import was never recorded are swept by ImportWorkers.
create table lead_import_file_part (
    import_id uuid not null,
    part integer not null,
    bytes bytea not null,
    -- Each part's own insert time (a slow upload's transaction began long before its last part).
    stored_at timestamptz not null default clock_timestamp(),
    primary key (import_id, part)
);

-- Whole files come and go: keep the table's dead rows from piling up between imports.
alter table lead_import_file_part set (autovacuum_vacuum_scale_factor = 0.0, autovacuum_vacuum_threshold = 200);
