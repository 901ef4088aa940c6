-- The customer decides through their link: which link, from which address and browser (the time is
-- accepted_at / rejected_at). Null on decisions recorded before customer links existed.
alter table proposal add column acceptance_link_id uuid;
alter table proposal add column acceptance_ip_address varchar(64);
alter table proposal add column acceptance_user_agent varchar(500);
alter table proposal add column rejection_link_id uuid;
alter table proposal add column rejection_ip_address varchar(64);
alter table proposal add column rejection_user_agent varchar(500);
