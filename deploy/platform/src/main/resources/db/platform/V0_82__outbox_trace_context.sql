-- The trace an event belongs to (W3C traceparent of the span that stored it): the relay sends
-- it later, on its own thread, as the record's traceparent header. Null for events stored
-- outside any span (and for rows stored before this column existed).
alter table outbox_message add column trace_parent varchar(55);
