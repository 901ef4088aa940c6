package io.salespipeline.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.salespipeline.platform.ids.Ids;
import io.salespipeline.platform.tracing.TraceParents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The outbox for code that writes a batch with its own SQL on a connection it commits itself
 * (group commit, imports), where {@link Outbox} (an entity in the JTA transaction) cannot join:
 * each event is prepared where its change is decided ({@link #prepare}, e.g. on the request's
 * thread, which knows the actor and the trace), stored on that connection with the batch
 * ({@link #store}, one statement), and the relay woken once the caller committed ({@link #committed}).
 */
@ApplicationScoped
public class OutboxBatch {

    /** An event ready to be stored: the same row {@link Outbox#publishKeyed} writes. */
    public record Prepared(UUID id, String topic, String eventType, String key, String payload, String actor,
            Instant occurredAt, String traceParent) {
    }

    private static final String INSERT = """
            insert into outbox_message (id, topic, event_type, record_key, payload, actor, occurred_at, trace_parent)
            select r.id, r.topic, r.event_type, r.record_key, r.payload::jsonb, r.actor, r.occurred_at, r.trace_parent
            from unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::timestamptz[], ?::text[])
                 as r(id, topic, event_type, record_key, payload, actor, occurred_at, trace_parent)""";

    @Inject
    ObjectMapper json;

    @Inject
    Event<OutboxAppended> appended;

    /** An event keyed by {@code key} (record key and CloudEvent subject), written as JSON now. */
    public Prepared prepare(String topic, String eventType, String key, Object data, String actor) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("An event needs a key");
        }
        try {
            return new Prepared(Ids.newId(), topic, eventType, key, json.writeValueAsString(data), actor,
                    Instant.now(), TraceParents.current());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + eventType + " cannot be written as JSON", e);
        }
    }

    /** Stores the events on the caller's connection, in its transaction; the caller commits. */
    public void store(Connection connection, List<Prepared> events) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        int size = events.size();
        Object[][] columns = new Object[8][size];
        for (int i = 0; i < size; i++) {
            Prepared e = events.get(i);
            Object[] row = {e.id(), e.topic(), e.eventType(), e.key(), e.payload(), e.actor(),
                    e.occurredAt().toString(), e.traceParent()};
            for (int c = 0; c < row.length; c++) {
                columns[c][i] = row[c];
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (int c = 0; c < columns.length; c++) {
                insert.setArray(c + 1, connection.createArrayOf(c == 0 ? "uuid" : "text", columns[c]));
            }
            insert.executeUpdate();
        }
    }

    /** After the caller's commit: the relay sends what was stored now rather than at its next tick. */
    public void committed(List<Prepared> events) {
        if (!events.isEmpty()) {
            appended.fire(new OutboxAppended(events.get(0).topic()));
        }
    }
}
