package io.salespipeline.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.salespipeline.platform.ids.Ids;
import io.salespipeline.platform.privacy.PersonalFields;
import io.salespipeline.platform.tracing.TraceParents;
import io.salespipeline.platform.web.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/**
 * Records an event in the same database transaction as the state change that causes it, so
 * the change and its event are stored together or not at all (transactional outbox). The
 * {@link OutboxRelay} hands stored events to Kafka afterwards.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    CurrentActor actor;

    @Inject
    Event<OutboxAppended> appended;

    @Inject
    PersonalFields personalFields;

    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(String topic, String eventType, UUID dealId, Object data) {
        OutboxMessage message = new OutboxMessage();
        message.dealId = java.util.Objects.requireNonNull(dealId, "dealId");
        return store(message, topic, eventType, data);
    }

    /**
     * For an event about no single deal (a privacy request spanning several deals or none): the
     * given key is its Kafka record key and CloudEvent subject, so its events stay in order.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publishKeyed(String topic, String eventType, String key, Object data) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("An event across deals needs a key");
        }
        OutboxMessage message = new OutboxMessage();
        message.recordKey = key;
        return store(message, topic, eventType, data);
    }

    private UUID store(OutboxMessage message, String topic, String eventType, Object data) {
        message.id = Ids.newId();
        message.topic = topic;
        message.eventType = eventType;
        message.actor = actor.name();
        message.occurredAt = Instant.now();
        // The relay sends it later on its own thread: the trace it belongs to is kept with it.
        message.traceParent = TraceParents.current();
        try {
            // Personal fields are stored encrypted with their person's key (PersonalFields).
            message.payload = personalFields.seal(data, message.id);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + eventType + " cannot be written as JSON", e);
        }
        message.persist();
        appended.fire(new OutboxAppended(topic));
        return message.id;
    }
}
