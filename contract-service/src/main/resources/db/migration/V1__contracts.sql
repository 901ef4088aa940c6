-- Versioned terms templates; a contract copies the newest one when it is drafted.
create table terms_template (
    version        integer primary key,
    payment_terms  text not null,
    delivery       text not null,
    warranty       text not null,
    liability      text not null,
    duration       text not null,
    renewal        text not null,
    governing_law  text not null,
    created_at     timestamptz not null default now()
);
insert into terms_template (version, payment_terms, delivery, warranty, liability, duration, renewal, governing_law)
values (1,
    'Invoices are payable within 30 days of the invoice date, without deduction.',
    'Software access within 5 business days of signature; services scheduled with the customer.',
    'The seller warrants that the products perform materially as documented for 12 months.',
    'Liability of either party is limited to the total contract value, except for intent and gross negligence.',
    '12 months from the date of the last signature.',
    'Renews for further 12 months unless either party cancels in writing 60 days before the end of the term.',
    'This contract is governed by the laws of Germany; place of jurisdiction is Berlin.');

create table contract (
    id                      uuid primary key,
    version                 bigint not null,
    deal_id                 uuid not null unique,
    proposal_id             uuid not null,
    proposal_version        integer not null,
    status                  varchar(30) not null,
    seller_name             varchar(200) not null,
    customer                jsonb not null,
    currency                varchar(3) not null,
    lines                   jsonb not null,
    totals                  jsonb not null,
    terms                   jsonb not null,
    terms_template_version  integer not null,
    first_order             jsonb,
    decline_reason          text,
    void_reason             text,
    created_at              timestamptz not null,
    updated_at              timestamptz not null,
    sent_at                 timestamptz,
    signed_at               timestamptz,
    closed_at               timestamptz
);
create index contract_status on contract (status, id);

-- One row per signature: the evidence of who signed exactly which document text, when.
create table signature (
    id               uuid primary key,
    contract_id      uuid not null references contract (id),
    role             varchar(20) not null,
    signer_name      varchar(200) not null,
    signer_email     varchar(320) not null,
    document_sha256  varchar(64) not null,
    signed_at        timestamptz not null,
    unique (contract_id, role)
);
