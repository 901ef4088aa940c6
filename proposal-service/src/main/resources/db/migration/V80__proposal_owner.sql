-- Ownership (issue 7): the seller who works the deal, copied from ProspectReadyForProposal, and
-- whom the proposal is shared with. Existing proposals stay unassigned (null): visible to sales
-- managers only, who can assign them.
alter table proposal add column owner varchar(200);
create index proposal_owner on proposal (owner, id);
create table proposal_shared_with (
    proposal_id  uuid not null references proposal (id) on delete cascade,
    subject      varchar(200) not null,
    primary key (proposal_id, subject)
);
create index proposal_shared_with_subject on proposal_shared_with (subject, proposal_id);
