-- Ownership (issue 7): the seller who works the deal and whom it is shared with, copied from
-- ProposalAccepted. Contracts drafted before stay unassigned (null): visible to sales managers,
-- who can assign them.
alter table contract add column owner varchar(200);
create index contract_owner on contract (owner, id);
create table contract_shared_with (
    contract_id  uuid not null references contract (id) on delete cascade,
    subject      varchar(200) not null,
    primary key (contract_id, subject)
);
create index contract_shared_with_subject on contract_shared_with (subject, contract_id);
