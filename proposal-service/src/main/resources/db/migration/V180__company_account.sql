-- The company account the deal is for, as the prospect's hand-over names it (lead-service's accounts); null: not known.
alter table proposal add column account_id uuid;
