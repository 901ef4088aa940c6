-- Leads of one status, newest (or oldest) first: one small index per status a lead reaches after
-- NEW, on the sort key alone. Recent leads are mostly NEW, so a walk down lead_created that
-- filters for CONTACTED passes every newer NEW lead first (100 000 after an import: ~50 ms);
-- lead_status_created (status, created_at, id) serves the same order, but the planner prices
-- the two close together and took either. A partial index on (created_at, id) is the cheapest
-- plan by far, so it is the one chosen. NEW leads are in none of them: intake writes no more
-- index entries than before.
create index lead_contacted_created on lead (created_at, id) where status = 'CONTACTED';
create index lead_qualified_created on lead (created_at, id) where status = 'QUALIFIED';
create index lead_disqualified_created on lead (created_at, id) where status = 'DISQUALIFIED';
