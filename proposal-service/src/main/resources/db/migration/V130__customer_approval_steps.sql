-- A formal proposal's RFP approval steps passed at the customer (step, approver, when, who recorded it),
-- recorded after sending; the acceptance waits until every step of the RFP is there.
alter table proposal add column customer_approvals jsonb;
