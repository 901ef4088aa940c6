-- Some events are about no single deal (a privacy request may span several deals or none):
-- they carry their own record key (e.g. the erasureId) instead of a dealId.
alter table outbox_message alter column deal_id drop not null;
alter table outbox_message add column record_key varchar(200);
alter table outbox_message add constraint outbox_message_keyed check (deal_id is not null or record_key is not null);
