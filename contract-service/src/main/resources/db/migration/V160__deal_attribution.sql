-- Where the deal came from (the lead's source kind and detail, the UTM campaign), as the accepted
-- proposal carried it; all null when not known. DealClosed carries it on to the order.
alter table contract add column source_kind varchar(50);
alter table contract add column source_detail varchar(500);
alter table contract add column source_campaign varchar(200);
