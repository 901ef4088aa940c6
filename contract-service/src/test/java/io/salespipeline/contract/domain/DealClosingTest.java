package io.salespipeline.contract.domain;

import static io.salespipeline.contract.domain.ContractFixtures.DOC;
import static io.salespipeline.contract.domain.ContractFixtures.EDITED_DOC;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A deal closes when the proposal is accepted, both signatures are in and the first order is placed. */
class DealClosingTest {

    private final Instant now = Instant.parse("2026-11-23T10:00:00Z");
    private final UUID proposal = UUID.randomUUID();

    private static FirstOrder order(Instant now) {
        return new FirstOrder("PO-1", null, "EUR", List.of(), null, "s", now, OrderChannel.MAIL);
    }

    private Signatures signedBy(SignerRole... roles) {
        List<Signature> all = new ArrayList<>();
        for (SignerRole role : roles) {
            all.add(new Signature(null, role, "Signer", "signer@example.com", DOC, now, ContractFixtures.BY_ACCOUNT));
        }
        return new Signatures(all);
    }

    @Test
    void allThreeFactsCloseTheDeal() {
        assertTrue(DealClosing.isMet(proposal, signedBy(SignerRole.SELLER, SignerRole.CUSTOMER), order(now)));
    }

    @Test
    void anyMissingFactKeepsItOpen() {
        assertFalse(DealClosing.isMet(null, signedBy(SignerRole.SELLER, SignerRole.CUSTOMER), order(now)),
                "no accepted proposal");
        assertFalse(DealClosing.isMet(proposal, signedBy(SignerRole.SELLER), order(now)), "one signature");
        assertFalse(DealClosing.isMet(proposal, signedBy(), order(now)), "no signature");
        assertFalse(DealClosing.isMet(proposal, signedBy(SignerRole.SELLER, SignerRole.CUSTOMER), null),
                "no first order");
    }

    @Test
    void signaturesSupersededByARevisionDoNotCount() {
        Signatures signatures = signedBy(SignerRole.SELLER, SignerRole.CUSTOMER);
        signatures.supersedeAll(now);
        assertFalse(DealClosing.isMet(proposal, signatures, order(now)));
    }

    @Test
    void theContractClosesTheDealOnceTheLastFactArrivesWhicheverItIs() {
        Contract ordered = ContractFixtures.sent(now);
        assertFalse(ordered.placeFirstOrder(null, null, null, "s", OrderChannel.MAIL, now));
        assertFalse(ordered.sign(SignerRole.SELLER, "Sam", "sam@acme.example", DOC, ContractFixtures.BY_ACCOUNT, now));
        assertNull(ordered.closedAt());
        assertTrue(ordered.sign(SignerRole.CUSTOMER, "Ada", "ada@example.com", DOC, ContractFixtures.BY_ACCOUNT, now));
        assertNotNull(ordered.closedAt());

        Contract revised = ContractFixtures.sent(now);
        revised.sign(SignerRole.SELLER, "Sam", "sam@acme.example", DOC, ContractFixtures.BY_ACCOUNT, now);
        revised.revise(now);
        revised.send(now, () -> EDITED_DOC);
        revised.sign(SignerRole.CUSTOMER, "Ada", "ada@example.com", EDITED_DOC, ContractFixtures.BY_ACCOUNT, now);
        assertFalse(revised.placeFirstOrder(null, null, null, "s", OrderChannel.MAIL, now), "the seller's signature was superseded");
    }
}
