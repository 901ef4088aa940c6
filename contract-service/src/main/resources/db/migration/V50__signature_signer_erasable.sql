-- An erased signer keeps the evidence (role, time, document SHA-256) but no longer an address.
alter table signature alter column signer_email drop not null;
