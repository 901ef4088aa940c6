-- The company account the deal is for, as the accepted proposal names it (lead-service's accounts); null: not known.
alter table contract add column account_id uuid;
