-- A seller's list reads the leads they own in the list's order (Keyset.fetchVisible), down one
-- of these indexes from the seller's first lead in that order, however many leads of others come
-- before it (150 000 newer leads of others made her first page walk them all: 118 ms p99).
-- Newest/oldest first: (owner, created_at, id) replaces lead_owner (owner, id): nothing reads
-- leads by owner in id order, and the manager's owner filter is sorted too (it walked lead_created).
drop index if exists lead_owner;
create index lead_owner_created on lead (owner, created_at, id);
-- By name: the walk down lead_name (sort_name, id) is short only while a seller's leads are spread
-- over all names; when they are not (the benchmark's sally.seller: all hers are "Grace ...") it
-- passed 900 000 leads (2.4 s). One index more for intake to write, for a list that stays
-- O(page) whatever the names.
create index lead_owner_name on lead (owner, sort_name, id);
