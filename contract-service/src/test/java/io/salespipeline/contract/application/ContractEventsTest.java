package io.salespipeline.contract.application;

import static io.salespipeline.contract.domain.ContractFixtures.DOC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salespipeline.contract.domain.Contract;
import io.salespipeline.contract.domain.ContractFixtures;
import io.salespipeline.contract.domain.SignerRole;
import io.salespipeline.contract.domain.OrderChannel;
import io.salespipeline.contract.events.DealClosed;
import io.salespipeline.platform.stage.DealLost;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the contract's events say, written from the contract's state. */
class ContractEventsTest {

    private final Instant now = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void theDealsOwnershipTravelsOnWithTheEventsItPublishes() {
        Contract contract = ContractFixtures.sent(now);
        assertNull(contract.owner());
        contract.assignOwner("sam.seller", now);
        contract.shareWith(List.of("sue.seller", "sid.seller", "sue.seller"), now);
        assertEquals(java.util.Set.of("sid.seller", "sue.seller"), contract.sharedWith());
        contract.sign(SignerRole.SELLER, "Sam Seller", "sam@acme.example", DOC, ContractFixtures.BY_ACCOUNT, now);
        contract.sign(SignerRole.CUSTOMER, "Ada", "ada@example.com", DOC, ContractFixtures.BY_ACCOUNT, now);
        assertTrue(contract.placeFirstOrder(null, null, null, "s", OrderChannel.MAIL, now));
        DealClosed closed = ContractEvents.closed(contract, contract.terms());
        assertEquals("sam.seller", closed.owner());
        assertEquals(List.of("sid.seller", "sue.seller"), closed.sharedWith());

        Contract declined = ContractFixtures.sent(now);
        declined.assignOwner("sam.seller", now);
        declined.decline("No budget", now);
        DealLost lost = ContractEvents.lost(declined, now);
        assertEquals("sam.seller", lost.owner());
        assertEquals(List.of(), lost.sharedWith());
    }

    @Test
    void theClosedDealCarriesTheFirstOrderAsPlaced() {
        Contract contract = ContractFixtures.sent(now);
        contract.sign(SignerRole.SELLER, "Sam Seller", "sam@acme.example", DOC, ContractFixtures.BY_ACCOUNT, now);
        contract.sign(SignerRole.CUSTOMER, "Ada", "ada@example.com", DOC, ContractFixtures.BY_ACCOUNT, now);
        assertTrue(contract.placeFirstOrder("PO-1", LocalDate.parse("2026-12-15"), null, "s", OrderChannel.MAIL, now));

        DealClosed closed = ContractEvents.closed(contract, contract.terms());

        assertEquals(contract.dealId(), closed.dealId());
        assertEquals(ContractEvents.totals(contract.totals()), closed.firstOrder().totals());
        assertEquals("PO-1", closed.firstOrder().poNumber());
        assertEquals("MAIL", closed.firstOrder().receivedBy());
    }

    @Test
    void aDeclinedContractLosesTheDealAtTheContractStage() {
        Contract contract = ContractFixtures.sent(now);
        contract.decline("Legal rejected clause 4", now);
        assertEquals("CONTRACT", ContractEvents.lost(contract, now).stage().name());
    }
}
