package io.salespipeline.platform.privacy;

import io.quarkus.arc.properties.IfBuildProperty;
import io.salespipeline.platform.inbox.Inbox;
import io.salespipeline.platform.inbox.MalformedEventException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps this service's copy of the people's data keys that other services publish on
 * {@value PersonKeyRecord#TOPIC} (channel {@code person-keys}): a new key is stored, a destroyed
 * one loses its key material here too. In the services that read events with encrypted personal
 * fields ({@code sales.privacy.reads-personal-events=true}, at build time). Repeats: the inbox.
 */
@ApplicationScoped
@IfBuildProperty(name = "sales.privacy.reads-personal-events", stringValue = "true")
public class PersonKeysConsumer {

    @Inject
    Inbox inbox;

    @Inject
    PersonKeys keys;

    @Incoming("person-keys")
    public Uni<Void> onPersonKey(ConsumerRecord<String, String> record) {
        return inbox.processAcrossDeals(record, PersonKeyRecord.class, (event, key) -> {
            if (key.keyId() == null || key.personId() == null || (!key.destroyed() && key.masterKeyId() == null)) {
                throw new MalformedEventException("Person key " + event.id() + " names no key id, person or master key");
            }
            keys.keep(key, event.source());
        });
    }
}
