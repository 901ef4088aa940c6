-- One prospect per deal: a second LeadQualified for the same deal must not open another.
create table prospect (
    id                      uuid primary key,
    version                 bigint not null,
    status                  varchar(30) not null,
    deal_id                 uuid not null unique,
    lead_id                 uuid not null,
    person_name             varchar(200) not null,
    email                   varchar(320),
    phone                   varchar(50),
    company                 varchar(200),
    job_title               varchar(200),
    country                 varchar(2),
    source_kind             varchar(50),
    source_detail           varchar(500),
    assessment_reasons      text,
    assessed_by             varchar(200),
    assessed_at             timestamptz,
    interest_channel        varchar(50),
    interest_topics         text,
    interest_expressed_at   timestamptz,
    qualified_at            timestamptz,
    interest_level          varchar(10),
    next_follow_up_on       date,
    last_interaction_at     timestamptz,
    industry                varchar(200),
    company_size            varchar(100),
    business_model          varchar(4000),
    culture_notes           text,
    decision_makers         jsonb,
    procurement_procedure   varchar(30),
    procurement_notes       varchar(4000),
    profiled_by             varchar(200),
    profiled_at             timestamptz,
    loss_reason             varchar(4000),
    created_by              varchar(200) not null,
    created_at              timestamptz not null,
    updated_at              timestamptz not null,
    ready_at                timestamptz,
    lost_at                 timestamptz
);
create index prospect_status on prospect (status, id);
-- Sellers work from their follow-up list.
create index prospect_follow_up on prospect (next_follow_up_on) where next_follow_up_on is not null;

create table prospect_interaction (
    id              uuid primary key,
    prospect_id     uuid not null references prospect (id),
    type            varchar(20) not null,
    occurred_at     timestamptz not null,
    outcome         varchar(4000) not null,
    next_step       varchar(4000),
    follow_up_on    date,
    interest_level  varchar(10),
    recorded_by     varchar(200) not null,
    recorded_at     timestamptz not null
);
create index prospect_interaction_prospect on prospect_interaction (prospect_id, occurred_at);

create table prospect_application (
    id                    uuid primary key,
    prospect_id           uuid not null references prospect (id),
    product               varchar(200) not null,
    problem               varchar(4000) not null,
    -- Unconstrained scale: amounts keep their currency's minor unit, hours the decimals entered.
    cost_saving_amount    numeric,
    cost_saving_currency  varchar(3),
    time_saving_hours     numeric,
    period                varchar(10) not null,
    reasoning             text not null,
    recorded_by           varchar(200) not null,
    recorded_at           timestamptz not null,
    -- A saving the proposal can argue with: money or hours (or both), and money with its currency.
    constraint application_saving_quantified check (cost_saving_amount > 0 or time_saving_hours > 0),
    constraint application_saving_currency check ((cost_saving_amount is null) = (cost_saving_currency is null))
);
create index prospect_application_prospect on prospect_application (prospect_id, id);
