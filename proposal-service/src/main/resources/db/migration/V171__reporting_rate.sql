-- Exchange rates an admin states for reporting only: one unit of currency is worth rate units of
-- base_currency from valid_from on (until the next rate of the same currency). Exact decimal.
create table reporting_rate (
    id            uuid primary key,
    lock_version  bigint not null,
    currency      varchar(3) not null,
    base_currency varchar(3) not null,
    rate          numeric not null check (rate > 0),
    valid_from    date not null,
    set_by        varchar(200) not null,
    set_at        timestamptz not null,
    constraint reporting_rate_currency_day unique (currency, base_currency, valid_from)
);
