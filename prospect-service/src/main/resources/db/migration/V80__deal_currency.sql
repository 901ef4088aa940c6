-- The deal's currency (ISO 4217), chosen by the seller while learning the prospect; null: none
-- chosen, so the proposal is made in the seller's standard currency.
alter table prospect add column currency varchar(3);
