-- Web forms: configured by admins, posted to anonymously by visitors of the customer's sites.
create table web_form (
    id                    uuid primary key,
    version               bigint not null,
    form_id               varchar(100) not null unique,
    name                  varchar(200) not null,
    fields                jsonb not null,
    allowed_origins       jsonb not null,
    thank_you_url         varchar(2000) not null,
    error_url             varchar(2000) not null,
    site                  varchar(500),
    page                  varchar(1000),
    campaign              varchar(200),
    honeypot_field        varchar(60) not null,
    min_seconds_to_submit int not null,
    created_at            timestamptz not null,
    updated_at            timestamptz not null
);
