-- The deal this prospect's deal follows (a new deal of a won or lost lead, a re-opened lost deal), as
-- LeadQualified names it; its prospect's profile was copied forward. Null: the lead's first deal.
alter table prospect add column previous_deal_id uuid;
