-- Rate-limit buckets (RateLimits, through Bucket4j's PostgreSQL backend): one row per rule and
-- client, shared by every replica of the service, so a limit of n is n whatever the replicas.
-- expires_at (epoch milliseconds) is when the bucket would be full again plus a margin: from then
-- on the row says nothing a fresh bucket would not, and SharedBuckets deletes it.
-- Unlogged: a counted request commits without waiting for a WAL flush; after a crash or a
-- fail-over the table starts empty, i.e. every client gets a full bucket once, which is harmless.
-- No index on expires_at: it changes on every counted request and an index would stop the
-- in-page (HOT) updates; the periodic clean-up reads the small table whole.
create unlogged table rate_limit_bucket (
    id         text primary key,
    state      bytea,
    expires_at bigint
) with (fillfactor = 70, autovacuum_vacuum_scale_factor = 0.0, autovacuum_vacuum_threshold = 1000);
