-- Amounts, quantities and percentages are unconstrained numeric so that each keeps the scale
-- it was written with (29.00 stays 29.00); the domain bounds them and rounds the money.
create table product (
    id          uuid primary key,
    sku         varchar(40) not null unique,
    name        varchar(200) not null,
    description text,
    unit        varchar(40) not null,
    unit_price  numeric not null check (unit_price >= 0),
    currency    varchar(3) not null,
    active      boolean not null
);
create index product_active on product (active, id);

insert into product (id, sku, name, description, unit, unit_price, currency, active) values
    ('0193a000-0000-7000-8000-000000000001', 'PIPE-CRM-SEAT', 'Pipeline CRM seat',
     'One named user of the Pipeline CRM, billed per seat and month.', 'seat-month', 29.00, 'EUR', true),
    ('0193a000-0000-7000-8000-000000000002', 'PIPE-ANALYTICS', 'Sales analytics add-on',
     'Pipeline dashboards, conversion and stage-time reports for the whole sales team.', 'month', 450.00, 'EUR', true),
    ('0193a000-0000-7000-8000-000000000003', 'ONBOARD-DAY', 'Onboarding workshop day',
     'A day of on-site or remote onboarding with a consultant, up to 12 participants.', 'day', 1200.00, 'EUR', true),
    ('0193a000-0000-7000-8000-000000000004', 'INTEG-API', 'Integration package',
     'Set-up of the REST and event integrations with one ERP or e-commerce system.', 'one-off', 3500.00, 'EUR', true),
    ('0193a000-0000-7000-8000-000000000005', 'SUPPORT-PREM', 'Premium support',
     'Support with a named engineer, 4-hour response time, 24/7 for severity 1.', 'month', 900.00, 'EUR', true),
    ('0193a000-0000-7000-8000-000000000006', 'PIPE-CRM-SEAT-LEGACY', 'Pipeline CRM seat (2023 plan)',
     'Retired: replaced by PIPE-CRM-SEAT. Kept so that old proposals still name it.', 'seat-month', 25.00, 'EUR', false);

create table proposal (
    id                      uuid primary key,
    lock_version            bigint not null,
    deal_id                 uuid not null,
    version                 integer not null check (version >= 1),
    status                  varchar(20) not null,
    prospect_id             uuid,
    customer_company        varchar(200),
    customer_contact_name   varchar(200) not null,
    customer_contact_email  varchar(320),
    procurement_procedure   varchar(30) not null,
    procurement_notes       text,
    format                  varchar(30) not null,
    applications            jsonb not null default '[]',
    currency                varchar(3) not null,
    valid_until             date not null,
    last_line_no            integer not null default 0,
    source_event_id         varchar(200),
    created_by              varchar(200) not null,
    created_at              timestamptz not null,
    updated_at              timestamptz not null,
    sent_by                 varchar(200),
    sent_at                 timestamptz,
    accepted_by             varchar(200),
    accepted_at             timestamptz,
    acceptance_recorded_by  varchar(200),
    rejection_reason        text,
    rejected_by             varchar(200),
    rejected_at             timestamptz,
    expired_at              timestamptz,
    -- One proposal per deal and version: a second hand-over of the same deal drafts nothing.
    constraint proposal_deal_version unique (deal_id, version)
);
create index proposal_status on proposal (status, valid_until);

create table proposal_line (
    proposal_id       uuid not null references proposal (id),
    line_no           integer not null,
    sku               varchar(40) not null,
    name              varchar(200) not null,
    unit              varchar(40) not null,
    quantity          numeric not null check (quantity > 0),
    unit_price        numeric not null check (unit_price >= 0),
    discount_percent  numeric not null check (discount_percent between 0 and 100),
    tax_rate_percent  numeric not null check (tax_rate_percent between 0 and 100),
    net               numeric not null,
    tax               numeric not null,
    total             numeric not null,
    primary key (proposal_id, line_no)
);
