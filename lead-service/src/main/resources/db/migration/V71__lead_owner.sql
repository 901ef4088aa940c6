-- Ownership (issue 7): the seller who works the lead, and whom it is shared with.
-- Existing leads stay unassigned (null): visible to sales managers, who can assign them.
alter table lead add column owner varchar(200);
create index lead_owner on lead (owner, id);
create table lead_shared_with (
    lead_id  uuid not null references lead (id) on delete cascade,
    subject  varchar(200) not null,
    primary key (lead_id, subject)
);
create index lead_shared_with_subject on lead_shared_with (subject, lead_id);
