-- A prospect whose deal closed at the contract stage is WON: when the deal closed and the first
-- order's value (exact, in its currency).
alter table prospect add column deal_won_at timestamptz;
alter table prospect add column deal_won_amount numeric;
alter table prospect add column deal_won_currency varchar(3);
