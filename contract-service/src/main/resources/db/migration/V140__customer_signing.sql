-- How each signature came to be (evidence): through the customer's link (link id, the one-time
-- code checked, IP address, user agent), by the seller's account, or a wet-ink scan a sales
-- manager confirmed. Signatures given before carry no method (null).
alter table signature add column method       varchar(20);
alter table signature add column link_id      uuid;
alter table signature add column code_checked boolean not null default false;
alter table signature add column ip_address   varchar(64);
alter table signature add column user_agent   varchar(512);
alter table signature add column recorded_by  varchar(200);
alter table signature add column scan_id      uuid;
alter table signature add column confirmed_by varchar(200);

-- One-time codes of customer signing links: stored hashed (salted with the row id), short-lived,
-- a bounded number of attempts, used once.
create table signing_code (
    id           uuid primary key,
    contract_id  uuid not null references contract (id),
    link_id      uuid not null,
    code_sha256  char(64) not null,
    issued_at    timestamptz not null,
    expires_at   timestamptz not null,
    attempts     integer not null,
    max_attempts integer not null,
    used_at      timestamptz,
    version      bigint not null
);
create index signing_code_link on signing_code (link_id, issued_at);

-- Scans of contracts the customer signed on paper, uploaded by the seller; they count as the
-- customer's signature only once a sales manager (not the uploader) confirms them.
create table wet_ink_scan (
    id              uuid primary key,
    contract_id     uuid not null references contract (id),
    signer_name     varchar(200) not null,
    signer_email    varchar(320),
    document_sha256 char(64) not null,
    scan_sha256     char(64) not null,
    pdf             bytea not null,
    uploaded_by     varchar(200) not null,
    uploader        varchar(200),
    uploaded_at     timestamptz not null,
    confirmed_by    varchar(200),
    confirmed_at    timestamptz,
    version         bigint not null
);
create index wet_ink_scan_contract on wet_ink_scan (contract_id, uploaded_at);
