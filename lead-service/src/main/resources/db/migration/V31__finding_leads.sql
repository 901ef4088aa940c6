-- Finding leads in a base of millions: every list is a keyset walk down one of these indexes,
-- so the first page and a page deep in the list cost the same.

-- q: substring search over name, e-mail and company through a trigram index (pg_trgm is a
-- trusted extension: the database's owner may create it).
create extension if not exists pg_trgm;
alter table lead
    add column search_text text generated always as
        (lower(coalesce(person_name, '') || ' ' || coalesce(email, '') || ' ' || coalesce(company, ''))) stored,
    add column sort_name text generated always as (lower(person_name)) stored;
create index lead_search_trgm on lead using gin (search_text gin_trgm_ops);

-- Sorts: newest/oldest first (created_at, id) and by name (sort_name, id); each filter that
-- narrows a lot gets its own (filter, created_at, id) index.
drop index if exists lead_status;
create index lead_created on lead (created_at, id);
create index lead_name on lead (sort_name, id);
create index lead_status_created on lead (status, created_at, id);
create index lead_source_kind_created on lead (source_kind, created_at, id);
create index lead_country_created on lead (country, created_at, id);
