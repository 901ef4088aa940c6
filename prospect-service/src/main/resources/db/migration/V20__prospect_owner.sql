-- Ownership (issue 7): the seller who works the deal, copied from LeadQualified; null for
-- prospects made before (visible to sales managers only).
alter table prospect add column owner varchar(200);
create index prospect_owner on prospect (owner, id);
create table prospect_shared_with (
    prospect_id  uuid not null references prospect (id) on delete cascade,
    subject      varchar(200) not null,
    primary key (prospect_id, subject)
);
create index prospect_shared_with_subject on prospect_shared_with (subject, prospect_id);
