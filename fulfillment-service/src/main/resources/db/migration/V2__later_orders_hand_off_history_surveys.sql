-- Later orders of an existing customer have no contract.
alter table orders alter column contract_id drop not null;

-- The customer's country (for the BY_REGION hand-off rule) and latest satisfaction score.
alter table customer add column country varchar(2);
alter table customer add column latest_survey_score integer;
alter table customer add column latest_survey_at timestamptz;

-- Support-owner history, written once per change: the hand-off by rule (from_owner null) or a reassignment.
create table support_assignment (
    id           uuid primary key,
    customer_id  uuid not null references customer (id),
    from_owner   varchar(200),
    to_owner     varchar(200) not null,
    rule         varchar(30),
    reason       text not null,
    assigned_by  varchar(200) not null,
    assigned_at  timestamptz not null
);
create index support_assignment_customer on support_assignment (customer_id, assigned_at, id);
-- Round robin reads the latest hand-off.
create index support_assignment_hand_offs on support_assignment (assigned_at desc, id desc) where from_owner is null;
insert into support_assignment (id, customer_id, from_owner, to_owner, rule, reason, assigned_by, assigned_at)
select gen_random_uuid(), id, null, support_owner, null, 'hand-off before the history was kept', 'system', created_at
from customer;

-- Satisfaction surveys: about one order (once per order) or about the customer relationship.
create table survey (
    id             uuid primary key,
    customer_id    uuid not null references customer (id),
    order_id       uuid references orders (id),
    score          integer not null check (score between 0 and 10),
    comment        text,
    support_owner  varchar(200) not null,
    submitted_by   varchar(200) not null,
    submitted_at   timestamptz not null
);
create unique index survey_once_per_order on survey (order_id) where order_id is not null;
create index survey_customer on survey (customer_id, id);
create index survey_support_owner on survey (support_owner, submitted_at);
