package io.salespipeline.proposal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProposalErasureTest {

    private final Instant now = Instant.now();
    private final Product seat = Product.of("PIPE-CRM-SEAT", "Pipeline CRM seat", null, "seat-month",
            Money.of("29.00", "EUR"), true);

    private Proposal accepted(String acceptor) {
        Proposal proposal = Proposal.draft(new Handover(UUID.randomUUID(), UUID.randomUUID(),
                new Customer("Analytical Engines Ltd", "Ada Lovelace", "ada@example.com", "gb"),
                new Procurement(ProcurementProcedure.ONE_PAGE_QUOTE, null), null, List.of(), null, null, List.of(),
                "event-1"), new OfferTerms("EUR", 30, null), "system", now);
        proposal.addLine(seat, BigDecimal.TEN, null, null, now);
        proposal.send(DiscountPolicy.standard(), "seller-1", now);
        proposal.accept(acceptor, 1, "seller-1", now);
        return proposal;
    }

    @Test
    void forgetsTheContactAndTheAcceptorWhenSamePersonEvenOnceAccepted() {
        Proposal proposal = accepted("ADA LOVELACE");
        assertTrue(proposal.erasePerson(now));
        assertEquals("[erased]", proposal.customer().contactName());
        assertNull(proposal.customer().contactEmail());
        assertEquals("Analytical Engines Ltd", proposal.customer().company());
        assertEquals("GB", proposal.customer().country(), "the country describes the deal, not the person");
        assertEquals("[erased]", proposal.acceptance().acceptedBy());
        assertEquals(ProposalStatus.ACCEPTED, proposal.status());
        assertEquals(new BigDecimal("290.00"), proposal.totals().net().amount());
        assertFalse(proposal.erasePerson(now), "a repeat changes nothing");
    }

    @Test
    void aCountryIsAnIsoCodeOrUnknown() {
        assertNull(new Customer(null, "Ada", null, " ").country());
        assertEquals("DE", new Customer(null, "Ada", null, " de ").country());
        for (String bad : List.of("DEU", "D1", "Ü")) {
            assertThrows(InvalidInputException.class, () -> new Customer(null, "Ada", null, bad), bad);
        }
    }

    @Test
    void keepsAnotherPersonAsAcceptor() {
        Proposal proposal = accepted("Charles Babbage");
        assertTrue(proposal.erasePerson(now));
        assertEquals("Charles Babbage", proposal.acceptance().acceptedBy());
    }
}
