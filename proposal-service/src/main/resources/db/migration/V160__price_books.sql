-- Price books: a product's price in each currency other than its own (product.currency).
-- A proposal quotes a product only in a currency it has a price in; nothing is converted.
create table product_price (
    id            uuid primary key,
    lock_version  bigint not null default 0,
    product_id    uuid not null references product (id),
    currency      varchar(3) not null,
    unit_price    numeric not null check (unit_price >= 0),
    updated_by    varchar(200) not null,
    updated_at    timestamptz not null,
    unique (product_id, currency)
);
