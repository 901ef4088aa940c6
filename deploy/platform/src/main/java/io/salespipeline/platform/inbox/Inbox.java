package io.salespipeline.platform.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.salespipeline.platform.audit.AuditCause;
import io.salespipeline.platform.domain.IllegalTransitionException;
import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.persistence.DatabaseOutage;
import io.salespipeline.platform.privacy.PersonKeyMissingException;
import io.salespipeline.platform.privacy.PersonalFields;
import io.salespipeline.platform.rehearsal.RehearsalRecord;
import io.salespipeline.platform.tracing.ConsumerTracing;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * Idempotent consumer: the event id is recorded in the same transaction as the event's effect,
 * so a repeat (redelivery, replay, a second relay of the same outbox row) changes nothing, and
 * a failed effect leaves no mark. An unavailable database is waited for, however long; another
 * failure that may pass (a lock) is retried with back-off; when those retries are spent, or the
 * event can never be processed, the returned Uni fails with an {@link EventFailedException} (the
 * attempts and the first failure's time) and the connector parks the record on the dead-letter
 * topic ({@link #retried}).
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    @Inject
    InboxSettings settings;

    @Inject
    ConsumerTracing tracing;

    @Inject
    InboxMetrics metrics;

    @Inject
    PersonalFields personalFields;

    public <T> Uni<Void> process(ConsumerRecord<String, String> record, Class<T> dataType,
            BiConsumer<InboundEvent, T> effect) {
        return process(record, dataType, effect, true);
    }

    private <T> Uni<Void> process(ConsumerRecord<String, String> record, Class<T> dataType,
            BiConsumer<InboundEvent, T> effect, boolean aboutOneDeal) {
        if (record instanceof RehearsalRecord) {
            return rehearse(record, dataType, effect, aboutOneDeal);
        }
        FailedAttempts attempts = new FailedAttempts();
        return Uni.createFrom()
                // Each try is a span of the event's trace; events its effect stores carry that trace on.
                .item(() -> tracing.process(record, aboutOneDeal, () -> QuarkusTransaction.requiringNew().call(
                        () -> receive(record, dataType, effect, aboutOneDeal))))
                .onFailure().invoke(attempts::failed)
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .plug(this::retried)
                .invoke(processed -> {
                    if (processed) {
                        metrics.handedOff(record);
                    }
                })
                .onFailure().invoke(e -> {
                    LOG.errorf(e, "Event on %s (key %s, offset %d) failed; parking it",
                            record.topic(), record.key(), record.offset());
                    metrics.parked(record);
                })
                // The dead letter says how often and since when it failed (ExplainedDeadLetterQueue).
                .onFailure().transform(attempts::spent)
                .replaceWithVoid();
    }

    /**
     * A rehearsal ({@link io.salespipeline.platform.rehearsal.Rehearsals}): the same work on the same
     * worker pool, the effect flushed, then the transaction rolled back, so it leaves no row (not even
     * the event's id); no retries, no metrics, no trace, no dead letter. Fails as the effect does.
     */
    private <T> Uni<Void> rehearse(ConsumerRecord<String, String> record, Class<T> dataType,
            BiConsumer<InboundEvent, T> effect, boolean aboutOneDeal) {
        return Uni.createFrom()
                .item(() -> {
                    try {
                        return QuarkusTransaction.requiringNew().call(() -> {
                            receive(record, dataType, effect, aboutOneDeal);
                            throw new Rehearsed(); // rolls the transaction back (a rollback-only one fails its commit)
                        });
                    } catch (Rehearsed done) {
                        return null;
                    }
                })
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .replaceWithVoid();
    }

    /** Ends a rehearsal's transaction: thrown once its effect was flushed, so that it is rolled back. */
    private static final class Rehearsed extends RuntimeException {

        Rehearsed() {
            super("rehearsed", null, false, false);
        }
    }

    /**
     * As {@link #process}, for events about no single deal (e.g. {@code privacy.erasure.requested},
     * which may span several deals or none): their subject is their own key, not a dealId, so
     * there is no deal to check the data against.
     */
    public <T> Uni<Void> processAcrossDeals(ConsumerRecord<String, String> record, Class<T> dataType,
            BiConsumer<InboundEvent, T> effect) {
        return process(record, dataType, effect, false);
    }

    <T> boolean receive(ConsumerRecord<String, String> record, Class<T> dataType,
            BiConsumer<InboundEvent, T> effect) {
        return receive(record, dataType, effect, true);
    }

    <T> boolean receive(ConsumerRecord<String, String> record, Class<T> dataType,
            BiConsumer<InboundEvent, T> effect, boolean aboutOneDeal) {
        InboundEvent event = InboundEvent.from(record, aboutOneDeal);
        int inserted = entityManager.createNativeQuery(
                "insert into processed_event (event_id, topic, processed_at) values (:id, :topic, now()) "
                        + "on conflict (event_id) do nothing")
                .setParameter("id", event.id())
                .setParameter("topic", event.topic())
                .executeUpdate();
        if (inserted == 0) {
            LOG.debugf("Dropped repeat of event %s on %s", event.id(), event.topic());
            return false;
        }
        T data = read(event, dataType);
        // The audit trail names the event (and who acted upstream) as the cause of what it changes.
        AuditCause.during("event " + event.type() + " " + event.id()
                + (event.actor() == null ? "" : " by " + event.actor()), () -> {
                    effect.accept(event, data);
                    entityManager.flush(); // audit entries are written at flush: while the cause is known
                    return null;
                });
        return true;
    }

    /** Reads the data; data naming another deal than the envelope can never be processed right. */
    <T> T read(InboundEvent event, Class<T> dataType) {
        try {
            // Encrypted personal fields are read as their text, or as erased when the person's key is gone.
            JsonNode data = personalFields.open(json.readTree(event.data()), event.id());
            JsonNode namedDeal = data.get("dealId");
            if (event.dealId() != null && namedDeal != null && !namedDeal.isNull() && !event.dealId().toString().equals(namedDeal.asText())) {
                throw new MalformedEventException("Event " + event.id() + " is about deal " + event.dealId()
                        + " but its data names deal " + namedDeal.asText());
            }
            return json.treeToValue(data, dataType);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("Event " + event.id() + " data is not a readable "
                    + dataType.getSimpleName(), e);
        }
    }

    /**
     * While the database is unavailable the event is tried again until it is back, however long
     * that takes (pauses up to {@code sales.inbox.outage-back-off}): an outage must never park a
     * real event. Another failure that may pass is tried again a few times; an event that can
     * never be processed (malformed, inconsistent, an illegal transition) fails at once.
     */
    <T> Uni<T> retried(Uni<T> attempt) {
        return attempt
                .onFailure(DatabaseOutage::caused).invoke(e -> LOG.warnf(
                        "Database unavailable while processing an event; trying again: %s", e.getMessage()))
                .onFailure(DatabaseOutage::caused).retry()
                .withBackOff(settings.firstBackOff(), settings.outageBackOff()).indefinitely()
                // A person's key published with the event comes on its own topic, maybe a little later.
                .onFailure(PersonKeyMissingException.class).retry()
                .withBackOff(settings.firstBackOff(), settings.outageBackOff()).expireIn(settings.keyWait().toMillis())
                .onFailure(Inbox::mayPass).retry()
                .withBackOff(settings.firstBackOff(), settings.firstBackOff().multipliedBy(20)).atMost(settings.retries());
    }

    private static boolean mayPass(Throwable failure) {
        return !(failure instanceof MalformedEventException
                || failure instanceof InvalidInputException
                || failure instanceof IllegalTransitionException);
    }
}
