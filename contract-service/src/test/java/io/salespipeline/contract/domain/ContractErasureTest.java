package io.salespipeline.contract.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.salespipeline.platform.privacy.EmailAddress;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ContractErasureTest {

    private final Instant now = Instant.parse("2026-11-23T10:00:00Z");

    private Contract signed(String customerSigner, String customerSignerEmail) {
        Contract contract = Contract.draft(UUID.randomUUID(), UUID.randomUUID(), 1, "Acme Sales GmbH",
                new Party("Customer GmbH", "Ada Buyer", "ada@customer.example", "DE"), "EUR",
                List.of(ContractFixtures.line(1, "10", "29.00", "0", "19")), ContractFixtures.template(), now);
        contract.send(now, () -> ContractFixtures.DOC);
        contract.sign(SignerRole.SELLER, "Sam Seller", "sam@acme.example", ContractFixtures.DOC, ContractFixtures.BY_ACCOUNT, now);
        contract.sign(SignerRole.CUSTOMER, customerSigner, customerSignerEmail, ContractFixtures.DOC, ContractFixtures.BY_ACCOUNT, now);
        return contract;
    }

    private static Signature signature(Contract contract, SignerRole role) {
        return contract.signatures().stream().filter(s -> s.role() == role).findFirst().orElseThrow();
    }

    @Test
    void onThePersonsDealThePartyAndTheSignerOfTheSameNameAreForgottenTheEvidenceStays() {
        Contract contract = signed("ada buyer", "ada@customer.example");
        String hash = signature(contract, SignerRole.CUSTOMER).documentSha256();

        assertEquals(2, contract.erasePerson(true, null, now));

        assertEquals("[erased]", contract.customer().contactName());
        assertNull(contract.customer().contactEmail());
        assertEquals("Customer GmbH", contract.customer().company());
        assertEquals("DE", contract.customer().country(), "the country describes the deal, not the person");
        Signature customer = signature(contract, SignerRole.CUSTOMER);
        assertEquals("[erased]", customer.signerName());
        assertNull(customer.signerEmail());
        assertEquals(hash, customer.documentSha256());
        assertEquals(now, customer.signedAt());
        assertEquals("Sam Seller", signature(contract, SignerRole.SELLER).signerName());
        assertEquals(ContractStatus.SIGNED, contract.status());
        assertEquals(0, contract.erasePerson(true, null, now), "a repeat changes nothing");
    }

    @Test
    void onAnotherDealOnlyTheSignatureWithThePersonsAddressIsForgotten() {
        Contract contract = signed("A. Private", "Ada.Private@Home.example");
        assertEquals(1, contract.erasePerson(false, EmailAddress.sha256("ada.private@home.example"), now));
        assertEquals("Ada Buyer", contract.customer().contactName());
        assertEquals("[erased]", signature(contract, SignerRole.CUSTOMER).signerName());
        assertEquals("sam@acme.example", signature(contract, SignerRole.SELLER).signerEmail());
    }
}
