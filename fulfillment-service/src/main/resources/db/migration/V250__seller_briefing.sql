-- The seller who closed the deal (DealClosed.owner; may read the customer and its orders) and what
-- they learned and promised (DealClosed.briefing: profile, applications with savings, special terms)
-- for the support owner; both null for deals closed before the event carried them.
alter table customer add column seller varchar(200);
alter table customer add column briefing jsonb;
create index customer_seller on customer (seller);
