-- The company account the deal is for, as LeadQualified names it (lead-service's accounts); null: not known.
alter table prospect add column account_id uuid;
