-- Lead routing: admin-configured rules (first match by position wins), each naming a team of
-- sellers served in turn; the turn (last_assigned) is kept beside the rule and only ever changed
-- under the rule row's lock, so concurrent arrivals take turns fairly.
create table lead_routing_rule (
    id              uuid primary key,
    version         bigint not null,
    position        integer not null,
    name            varchar(200) not null,
    way             varchar(20),
    way_ref         varchar(200),
    countries       jsonb not null default '[]',
    region          varchar(100),
    team            varchar(200) not null,
    sellers         jsonb not null,
    max_open_leads  integer,
    last_assigned   varchar(200),
    created_by      varchar(300) not null,
    created_at      timestamptz not null,
    updated_at      timestamptz not null
);
create index lead_routing_rule_order on lead_routing_rule (position, created_at, id);

-- A seller who is away gets no routed leads until back.
create table seller_availability (
    subject     varchar(200) primary key,
    version     bigint not null,
    away        boolean not null,
    changed_by  varchar(300) not null,
    changed_at  timestamptz not null
);

-- How the lead was routed: the way it came in (and which form / key / import), then the rule that
-- fired and the outcome (ASSIGNED or FALLBACK). A way without a routing_outcome waits for routing.
alter table lead add column routing_way varchar(20);
alter table lead add column routing_ref varchar(200);
alter table lead add column routing_outcome varchar(20);
alter table lead add column routing_rule_id uuid;
alter table lead add column routing_rule varchar(200);
alter table lead add column routing_reason varchar(500);
alter table lead add column routed_at timestamptz;
create index lead_awaiting_routing on lead (created_at, id) where routing_way is not null and routing_outcome is null;
-- The fallback queue sales managers work: routed to nobody, not yet assigned by hand.
create index lead_fallback_queue on lead (created_at, id) where routing_outcome = 'FALLBACK' and owner is null;
-- Open leads per seller (capacity).
create index lead_open_by_owner on lead (owner) where status in ('NEW', 'CONTACTED');
