-- Customer accounts: one per deal, whatever number of DealClosed events arrive.
create table customer (
    id             uuid primary key,
    version        bigint not null,
    deal_id        uuid not null unique,
    company        varchar(200) not null,
    contact_name   varchar(200) not null,
    contact_email  varchar(320),
    support_owner  varchar(200) not null,
    created_at     timestamptz not null
);
create index customer_support_owner on customer (support_owner, id);

-- Orders. Amounts are unconstrained numeric so they keep exactly the scale the contract gave.
create table orders (
    id                       uuid primary key,
    version                  bigint not null,
    customer_id              uuid not null references customer (id),
    deal_id                  uuid not null,
    contract_id              uuid not null,
    kind                     varchar(20) not null,
    po_number                varchar(100),
    requested_delivery_date  date,
    currency                 varchar(3) not null,
    lines                    jsonb not null,
    net_amount               numeric not null,
    tax_amount               numeric not null,
    total_amount             numeric not null,
    status                   varchar(20) not null,
    held_from                varchar(20),
    created_at               timestamptz not null,
    updated_at               timestamptz not null
);
-- The first order of a deal exists once; later orders of the same customer are other kinds.
create unique index orders_first_per_deal on orders (deal_id) where kind = 'FIRST';
create index orders_deal on orders (deal_id, id);
create index orders_customer on orders (customer_id, id);
create index orders_status on orders (status, id);

-- Every status an order went through: from (null for its receipt), to, at, by, note.
create table order_status_change (
    id           uuid primary key,
    order_id     uuid not null references orders (id),
    from_status  varchar(20),
    to_status    varchar(20) not null,
    changed_at   timestamptz not null,
    changed_by   varchar(200) not null,
    note         text
);
create index order_status_change_order on order_status_change (order_id, changed_at, id);
