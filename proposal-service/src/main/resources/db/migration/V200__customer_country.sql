-- The customer's country (ISO 3166-1 alpha-2) as the prospect's hand-over names it; null: not known.
-- It describes the deal, not the person: an erasure keeps it.
alter table proposal add column customer_country varchar(2);
