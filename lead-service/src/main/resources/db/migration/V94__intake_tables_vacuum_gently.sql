-- Intake appends to these four tables all day; PostgreSQL vacuums and analyzes a table after its
-- inserts pass a share of its size. At the default pace (a 2 ms sleep per 200 cost units, some
-- 100 000 pages in memory a second) that vacuum took a whole core for seconds, and new leads
-- queued for hundreds of milliseconds behind it (deploy/benchmarks/README.md). A ten times
-- gentler pace spreads the same work over longer; nothing else about the vacuum changes.
alter table lead set (autovacuum_vacuum_cost_delay = 20);
alter table lead_source set (autovacuum_vacuum_cost_delay = 20);
alter table audit_entry set (autovacuum_vacuum_cost_delay = 20);
alter table stage_record set (autovacuum_vacuum_cost_delay = 20);
