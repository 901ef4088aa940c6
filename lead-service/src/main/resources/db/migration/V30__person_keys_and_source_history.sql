-- Duplicates: a person is one lead. Each normalised identity (PersonKey) is unique, so even
-- concurrent submissions of the same person make one lead. Nulls (not known) never collide.
alter table lead
    add column email_key        varchar(320),
    add column phone_key        varchar(20),
    add column name_company_key varchar(420);

-- Leads stored before this: the e-mail key where it is unambiguous (the oldest lead keeps it).
-- Phones and names need libphonenumber / Unicode folding and are keyed by new intake only.
update lead set email_key = lower(btrim(email))
where id in (select distinct on (lower(btrim(email))) id from lead
             where email is not null order by lower(btrim(email)), created_at, id);

create unique index lead_email_key on lead (email_key);
create unique index lead_phone_key on lead (phone_key);
create unique index lead_name_company_key on lead (name_company_key);

-- Every arrival of the person: the first source and each later one merged into the lead.
create table lead_source (
    id          uuid primary key,
    lead_id     uuid not null references lead (id) on delete cascade,
    kind        varchar(30) not null,
    detail      varchar(500),
    form_id     varchar(100),
    site        varchar(500),
    page        varchar(1000),
    campaign    varchar(200),
    utm         jsonb not null default '{}',
    notes       text,
    received_by varchar(200) not null,
    received_at timestamptz not null
);
create index lead_source_lead on lead_source (lead_id, received_at);
insert into lead_source (id, lead_id, kind, detail, notes, received_by, received_at)
select gen_random_uuid(), id, source_kind, source_detail, notes, created_by, created_at from lead;

-- Lifecycle: an explicit contact, and reopening a disqualified lead.
alter table lead
    add column contacted_at    timestamptz,
    add column contacted_by    varchar(200),
    add column contact_channel varchar(20),
    add column reopen_reason   text,
    add column reopened_at     timestamptz;
