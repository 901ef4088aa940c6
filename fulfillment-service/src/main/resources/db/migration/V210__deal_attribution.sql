-- A first order's deal: where it came from (the lead's source kind and detail, the UTM campaign),
-- as DealClosed carried it; all null when not known (and for later orders).
alter table orders add column source_kind varchar(50);
alter table orders add column source_detail varchar(500);
alter table orders add column source_campaign varchar(200);
