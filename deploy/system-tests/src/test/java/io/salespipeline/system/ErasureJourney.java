package io.salespipeline.system;

import static io.salespipeline.system.DealJourney.awaitOne;
import static io.salespipeline.system.DealJourney.call;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.salespipeline.client.lead.model.ErasureRequestView;
import io.salespipeline.client.lead.model.ErasureState;
import io.salespipeline.client.lead.model.LeadStatus;
import io.salespipeline.client.lead.model.NewErasureRequest;
import io.salespipeline.client.lead.model.ServiceConfirmation;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * A person whose deal went all the way to an order asks to be forgotten: the request reaches
 * all five services, each anonymises the person and confirms, and the request completes. A sales
 * manager asks and checks, through the generated clients.
 */
final class ErasureJourney {

    private final Api manager;

    ErasureJourney(SalesSystem system) {
        this.manager = Api.as(system, "max.manager", "sales-manager", null);
    }

    /** Erases the person of this deal by their lead id; returns the completed request. */
    ErasureRequestView eraseAndAwaitCompletion(String deal) {
        UUID leadId = lead(UUID.fromString(deal)).getId();
        var erasures = manager.erasureRequests();
        UUID erasureId = call(() -> erasures.requestErasure(new NewErasureRequest().leadId(leadId))).getId();
        return await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).until(
                () -> call(() -> erasures.getErasureRequest(erasureId)),
                request -> request.getState() == ErasureState.COMPLETED);
    }

    /** Every service shows the deal's records with the person gone and the deal itself intact. */
    void assertPersonGoneEverywhere(String deal) {
        UUID dealId = UUID.fromString(deal);
        var lead = lead(dealId);
        assertNull(lead.getContact());
        assertEquals(LeadStatus.WON, lead.getStatus());
        var prospects = manager.prospects();
        var prospect = awaitOne(() -> prospects.listProspects(null, dealId, null, null, null).getItems());
        assertEquals("[erased]", prospect.getContact().getName());
        assertNull(prospect.getContact().getEmail());
        var proposals = manager.proposals();
        var proposal = awaitOne(() -> proposals.listProposals(null, dealId, null, null).getItems());
        assertEquals("[erased]", proposal.getCustomer().getContactName());
        assertNull(proposal.getCustomer().getContactEmail());
        assertEquals(io.salespipeline.client.proposal.model.ProposalStatus.ACCEPTED, proposal.getStatus());
        var contracts = manager.contracts();
        var contract = awaitOne(() -> contracts.listContracts(null, dealId, null, null).getItems());
        assertEquals("[erased]", contract.getCustomer().getContactName());
        assertNull(contract.getCustomer().getContactEmail());
        assertEquals(2, contract.getSignatures().size(), "signature evidence kept");
        var customers = manager.customers();
        var customer = awaitOne(() -> customers.listCustomers(null, dealId, null, null, null).getItems());
        assertEquals("[erased]", customer.getContactName());
        assertNull(customer.getContactEmail());
        var orders = manager.orders();
        awaitOne(() -> orders.listOrders(null, null, dealId, null, null).getItems());
    }

    /** The name of the deal's prospect contact (another deal's person is untouched by an erasure). */
    String prospectContactName(String deal) {
        var prospects = manager.prospects();
        return awaitOne(() -> prospects.listProspects(null, UUID.fromString(deal), null, null, null).getItems())
                .getContact().getName();
    }

    static void assertAllFiveConfirmed(ErasureRequestView request) {
        List<ServiceConfirmation> confirmations = request.getConfirmations();
        assertEquals(List.of("lead-service", "prospect-service", "proposal-service", "contract-service",
                "fulfillment-service"), confirmations.stream().map(c -> c.getService().getValue()).toList());
        for (ServiceConfirmation confirmation : confirmations) {
            assertEquals(Boolean.TRUE, confirmation.getConfirmed(), confirmation.getService().getValue());
            String service = confirmation.getService().getValue();
            if (service.equals("proposal-service") || service.equals("contract-service")) {
                // The deal's record there, and the customer links its contact was given (forgotten too).
                assertTrue(confirmation.getRecordsAnonymised() >= 2, service + ": " + confirmation.getRecordsAnonymised());
            } else {
                assertEquals(1, confirmation.getRecordsAnonymised(), service);
            }
        }
    }

    private io.salespipeline.client.lead.model.LeadView lead(UUID dealId) {
        var leads = manager.leads();
        return awaitOne(() -> leads.listLeads(null, null, null, null, dealId, null, null, null, null, null, null).getItems());
    }
}
