-- Ownership (issue 7): the seller who imported a list owns its leads (null: unassigned).
alter table lead_import add column owner varchar(200);
