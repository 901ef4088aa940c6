-- Issue 6: a qualified lead whose deal was lost at a later stage keeps that outcome (the lead
-- itself stays QUALIFIED: it did qualify; the deal it started was lost later).
alter table lead add column deal_lost_stage varchar(20);
alter table lead add column deal_lost_reason text;
alter table lead add column deal_lost_at timestamptz;
