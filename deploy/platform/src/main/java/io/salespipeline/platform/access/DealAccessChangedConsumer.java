package io.salespipeline.platform.access;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.arc.properties.StringValueMatch;
import io.salespipeline.platform.inbox.Inbox;
import io.salespipeline.platform.security.OwnedRecord;
import io.salespipeline.platform.stage.Stage;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Follows {@value DealAccessChanged#TOPIC} on channel {@code deal-access-changed}: the deal's
 * records at this stage take the access changed at another stage ({@link DealAccessChanges#follow}).
 * It is there in the services of the stages whose records have owners ({@code sales.stage} LEAD,
 * PROSPECT, PROPOSAL or CONTRACT, at build time; fulfillment has no such channel), which name the
 * entity of their records: {@code sales.deal-access.records=Lead}. Repeats are dropped by the inbox.
 */
@ApplicationScoped
@IfBuildProperty(name = "sales.stage", stringValue = "LEAD|PROSPECT|PROPOSAL|CONTRACT",
        match = StringValueMatch.REGEX)
public class DealAccessChangedConsumer {

    @Inject
    Inbox inbox;

    @Inject
    DealAccessChanges access;

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "sales.stage")
    Stage stage;

    @ConfigProperty(name = "sales.deal-access.records")
    String records;

    @Incoming("deal-access-changed")
    public Uni<Void> onAccessChanged(ConsumerRecord<String, String> record) {
        return inbox.process(record, DealAccessChanged.class,
                (event, change) -> access.follow(event, change, stage, () -> recordsOf(event.dealId())));
    }

    /** Every record of the deal at this stage (a proposal's versions, for instance). */
    private List<OwnedRecord> recordsOf(UUID dealId) {
        return entityManager.createQuery("from " + records + " where dealId = :deal", OwnedRecord.class)
                .setParameter("deal", dealId)
                .getResultList();
    }
}
