-- Every deal a lead started, oldest first: its first (at qualification), a new deal of a won or lost
-- lead (repeat business), or a sales manager's re-opening of a lost deal; previous_deal_id links
-- each later deal to the one before it. lead.deal_id is the lead's current deal.
create table lead_deal (
    deal_id           uuid primary key,
    lead_id           uuid not null references lead (id),
    previous_deal_id  uuid,
    kind              varchar(20) not null,
    reason            text,
    started_by        varchar(300) not null,
    started_at        timestamptz not null
);
create index lead_deal_lead on lead_deal (lead_id, started_at, deal_id);
insert into lead_deal (deal_id, lead_id, previous_deal_id, kind, reason, started_by, started_at)
select deal_id, id, null, 'FIRST', null, 'system', coalesce(qualified_at, updated_at) from lead where deal_id is not null;

-- The deal the current one follows (null: the lead's first deal).
alter table lead add column previous_deal_id uuid;
