-- A seller's list reads the leads they own in the list's order (Keyset.fetchVisible): newest
-- first walks (owner, created_at, id) from the seller's newest lead, however many leads of
-- others are newer. It replaces lead_owner (owner, id): nothing reads leads by owner in id order,
-- and the manager's owner filter is sorted too. One index for one, so intake writes no more
-- index entries than before. By name, the list walks lead_name (sort_name, id) and keeps the
-- seller's leads: a seller's leads are spread over all names, so the walk stays short.
drop index if exists lead_owner;
create index lead_owner_created on lead (owner, created_at, id);
