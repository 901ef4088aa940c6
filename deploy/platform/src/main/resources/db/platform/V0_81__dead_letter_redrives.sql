-- Dead letters an admin has re-driven (put back on their original topic), one row each, keyed by
-- the dead letter's place (dead-letter topic:partition:offset). The row is written in the
-- transaction that awaits the broker's acknowledgement of the republished record, so a dead
-- letter is re-driven once however often it is asked for (a concurrent ask waits on the key).
create table dead_letter_redrive (
    dead_letter_id  varchar(300) primary key,
    original_topic  varchar(255) not null,
    event_id        varchar(255),
    redriven_at     timestamptz not null,
    redriven_by     varchar(300) not null
);
