package io.salespipeline.system;

import static io.salespipeline.system.DealJourney.call;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.salespipeline.client.lead.model.SharingInput;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Who works a deal, across the running services: the lead's owner shares it with another seller
 * at lead-service, and that seller sees the deal's prospect, proposal and contract; un-shared at
 * lead-service, the seller sees none of them any more (404, as for a missing record). Through the
 * generated clients.
 */
final class SharingAcrossStages {

    private static final Duration TRAVEL = Duration.ofSeconds(90);
    private static final List<String> LATER_STAGES = List.of("prospect", "proposal", "contract");

    private final Api owner;
    private final Api other;

    SharingAcrossStages(SalesSystem system) {
        this.owner = Api.as(system, "sam.seller", "seller", null);
        this.other = Api.as(system, "sue.seller", "seller", null);
    }

    /** {@code dealId}: a deal the owner drove from lead to order. */
    void run(String deal) {
        UUID dealId = UUID.fromString(deal);
        UUID lead = call(() -> owner.leads().listLeads(null, null, null, null, dealId, null, null, null, null, null, null))
                .getItems().get(0).getId();
        Map<String, UUID> records = new HashMap<>();
        records.put("prospect", call(() -> owner.prospects().listProspects(null, dealId, null, null, null)).getItems().get(0).getId());
        records.put("proposal", call(() -> owner.proposals().listProposals(null, dealId, null, null)).getItems().get(0).getId());
        records.put("contract", call(() -> owner.contracts().listContracts(null, dealId, null, null)).getItems().get(0).getId());

        call(() -> owner.leads().shareLead(lead, new SharingInput().sharedWith(Set.of("sue.seller"))));
        LATER_STAGES.forEach(service -> awaitStatus(other, service, records.get(service), 200));

        call(() -> owner.leads().shareLead(lead, new SharingInput().sharedWith(Set.of())));
        LATER_STAGES.forEach(service -> awaitStatus(other, service, records.get(service), 404));
        LATER_STAGES.forEach(service -> assertEquals(200, owner.readStatus(service, records.get(service)), service));
    }

    private static void awaitStatus(Api caller, String service, UUID id, int status) {
        await().atMost(TRAVEL).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> assertEquals(status, caller.readStatus(service, id), service + " " + id));
    }
}
