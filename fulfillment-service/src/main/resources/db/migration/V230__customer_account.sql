-- The company account (lead-service's) a customer is: one customer per account, so a later deal of
-- the same company attaches its order to the customer its first deal opened. Null: not known
-- (a deal that named no account opens a customer of its own, as customer.deal_id says).
alter table customer add column account_id uuid;
create unique index customer_account on customer (account_id) where account_id is not null;
