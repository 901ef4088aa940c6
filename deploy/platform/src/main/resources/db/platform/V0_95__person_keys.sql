-- Each person's data key, as this service knows it: wrapped by a master key (master_key_id names it).
-- A destroyed key keeps its row without key material (destroyed_at set), so the person's encrypted
-- fields read as erased instead of waiting for a key that will never come.
create table person_key (
    key_id        uuid primary key,
    person_id     uuid not null,
    master_key_id text,
    wrapped_key   bytea,
    origin        text not null,
    created_at    timestamptz not null,
    destroyed_at  timestamptz,
    constraint person_key_material check ((wrapped_key is null) = (destroyed_at is not null))
);

create index person_key_person on person_key (person_id);
