-- The campaign (UTM) the lead's revenue is attributed to, as LeadQualified carries it; null: none.
alter table prospect add column source_campaign varchar(200);
