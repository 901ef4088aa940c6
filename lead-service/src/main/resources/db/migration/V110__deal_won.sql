-- A qualified lead whose deal closed at the contract stage is WON: when the deal closed and the
-- first order's value (exact, in its currency).
alter table lead add column deal_won_at timestamptz;
alter table lead add column deal_won_amount numeric;
alter table lead add column deal_won_currency varchar(3);
-- The list of won leads, newest (or oldest) first, as for the other statuses after NEW.
create index lead_won_created on lead (created_at, id) where status = 'WON';
