-- The SHA-256 of the contract's current PDF document (null while it has to be rendered again).
alter table contract add column document_sha256 varchar(64);

-- A revision back to DRAFT makes earlier signatures stop counting; they stay as evidence.
alter table signature add column superseded_at timestamptz;
alter table signature drop constraint signature_contract_id_role_key;
create unique index signature_counting_per_role on signature (contract_id, role) where superseded_at is null;

-- Who added a terms template version (the admin, once authentication is on).
alter table terms_template add column created_by varchar(200);
