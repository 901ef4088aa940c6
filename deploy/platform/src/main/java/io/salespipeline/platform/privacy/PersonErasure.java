package io.salespipeline.platform.privacy;

import io.salespipeline.platform.inbox.Inbox;
import io.salespipeline.platform.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.function.ToIntFunction;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How every service takes in an erasure request: once (inbox), in one transaction it anonymises
 * what the service holds of the person, destroys the data keys of the person's deals (the stages
 * after the lead seal a deal's contact with the deal's key: {@code @Personal(person = "dealId")}),
 * drops the already-relayed outbox copies of those deals' events (they still carry the person's
 * data for the outbox's retention), and publishes its {@link ErasureConfirmed} through the outbox.
 */
@ApplicationScoped
public class PersonErasure {

    @Inject
    Inbox inbox;

    @Inject
    Outbox outbox;

    @Inject
    EntityManager entityManager;

    @Inject
    PersonKeys personKeys;

    @ConfigProperty(name = "quarkus.application.name")
    String service;

    /** @param anonymise anonymises the service's records of the person; answers how many it changed */
    public Uni<Void> process(ConsumerRecord<String, String> record, ToIntFunction<ErasureRequestData> anonymise) {
        return inbox.processAcrossDeals(record, ErasureRequestData.class, (event, request) -> {
            if (request.erasureId() == null) {
                throw new io.salespipeline.platform.inbox.MalformedEventException(
                        "Erasure request " + event.id() + " names no erasureId");
            }
            int records = anonymise.applyAsInt(request);
            // Every copy of a deal key held here goes; the service that made one tells the others.
            personKeys.destroyPeople(request.dealIds(), Instant.now());
            if (!request.dealIds().isEmpty()) {
                entityManager.createNativeQuery("delete from outbox_message where deal_id in (:deals) "
                        + "and published_at is not null").setParameter("deals", request.dealIds()).executeUpdate();
            }
            outbox.publishKeyed(ErasureConfirmed.TOPIC, ErasureConfirmed.TYPE, request.erasureId().toString(),
                    new ErasureConfirmed(request.erasureId(), service, records, Instant.now()));
        });
    }
}
