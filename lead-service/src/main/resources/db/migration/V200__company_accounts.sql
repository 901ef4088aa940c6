-- Company accounts: the company a lead's person works for, shared by its people and deals. Each
-- key is held by one account at most (unique where given), so concurrent qualifications of two
-- people of one company find one account.
create table account (
    id                uuid primary key,
    name              varchar(200) not null,
    country           varchar(2),
    domain            varchar(253),
    vat_id            varchar(30),
    name_country_key  varchar(210),
    created_by        varchar(300) not null,
    created_at        timestamptz not null
);
create unique index account_vat_id on account (vat_id) where vat_id is not null;
create unique index account_domain on account (domain) where domain is not null;
create unique index account_name_country on account (name_country_key) where name_country_key is not null;

-- The lead's company account: set when its first deal starts; null before, or when nothing names a company.
alter table lead add column account_id uuid references account (id);
create index lead_account on lead (account_id, id) where account_id is not null;
