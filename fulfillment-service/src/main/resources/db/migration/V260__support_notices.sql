-- A known person of a customer's company arriving again at lead-service (sales.lead.merged naming
-- the customer's account): a notice for the customer's support owner, one per arrival (the unique
-- arrival_id keeps a redelivered event from adding a second). Ids and business facts only: no name
-- or address of the person, so an erasure leaves nothing personal here.
create table support_notice (
    id              uuid primary key,
    customer_id     uuid not null references customer (id),
    support_owner   varchar(200) not null,
    lead_id         uuid not null,
    deal_id         uuid,
    arrival_id      uuid not null,
    matched_on      varchar(40) not null,
    source_kind     varchar(40) not null,
    received_by     varchar(200),
    received_at     timestamptz not null,
    noticed_at      timestamptz not null,
    status          varchar(20) not null check (status in ('OPEN', 'ACKNOWLEDGED')),
    acknowledged_by varchar(200),
    acknowledged_at timestamptz,
    version         bigint not null default 0
);
create unique index support_notice_arrival on support_notice (arrival_id);
create index support_notice_customer on support_notice (customer_id, status, id);
create index support_notice_status on support_notice (status, id);
