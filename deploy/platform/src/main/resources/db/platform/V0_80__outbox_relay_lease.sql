-- One replica of a service relays its outbox at a time (RelayLease): whoever holds the row's
-- unexpired lease. A replica that dies keeps it only until expires_at.
create table outbox_relay_lease (
    name       varchar(100) primary key,
    holder     varchar(200) not null,
    expires_at timestamptz not null
);
