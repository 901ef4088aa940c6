-- Where the deal came from (the lead's source kind and detail, the UTM campaign), as the hand-over
-- carried it; all null when not known.
alter table proposal add column source_kind varchar(50);
alter table proposal add column source_detail varchar(500);
alter table proposal add column source_campaign varchar(200);

-- An accepted proposal whose deal closed at the contract stage: when, and the first order's value.
alter table proposal add column deal_won_at timestamptz;
alter table proposal add column deal_won_amount numeric;
alter table proposal add column deal_won_currency varchar(3);

-- The report reads won deals by closing time.
create index proposal_deal_won_at on proposal (deal_won_at) where deal_won_at is not null;
