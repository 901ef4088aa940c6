package io.salespipeline.contract.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ContractDocumentTest {

    private final Instant now = Instant.parse("2026-11-23T10:00:00Z");

    private Contract draft() {
        return Contract.draft(UUID.randomUUID(), UUID.randomUUID(), 3, "Acme Sales GmbH",
                new Party("Müller & Söhne KG", "Jürgen Müller", "jm@mueller.example"), "EUR",
                List.of(ContractTest.line(1, "10", "29.00", "7.5", "19")), ContractTest.template(), now);
    }

    @Test
    void theHashIsHexSha256OfTheUtf8Text() {
        // FIPS 180-2 test vector, and a non-ASCII text whose bytes must be UTF-8, not Latin-1.
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                new ContractDocument("abc").sha256());
        // sha256sum of the UTF-8 bytes; the Latin-1 bytes would give fbb53510...
        assertEquals("a78429899bb825ce667d25d92e2cde488f8a7d6871bb2be7365601cad6b0a8f2",
                new ContractDocument("Müller").sha256());
    }

    @Test
    void renderingIsDeterministicAndNamesPartiesLinesTotalsAndTerms() {
        Contract contract = draft();
        ContractDocument first = contract.document();
        ContractDocument second = contract.document();
        assertEquals(first.text(), second.text());
        assertEquals(first.sha256(), second.sha256());

        String text = first.text();
        assertTrue(text.contains("Seller: Acme Sales GmbH"));
        assertTrue(text.contains("Müller & Söhne KG"));
        assertTrue(text.contains("SKU-1"));
        assertTrue(text.contains("net 268.25"));
        assertTrue(text.contains("Total: net 268.25, tax 50.97, total 319.22 EUR"));
        assertTrue(text.contains("7. Governing law: Germany"));
        assertTrue(text.contains("version 3"));
    }

    @Test
    void signaturesDoNotChangeTheTextBothPartiesSign() {
        Contract contract = draft();
        contract.send(now);
        String before = contract.document().sha256();
        contract.sign(SignerRole.SELLER, "Sam", "sam@acme.example", before, now);
        assertEquals(before, contract.document().sha256());
        contract.sign(SignerRole.CUSTOMER, "Jürgen", "jm@mueller.example", before, now);
        assertEquals(before, contract.signatures().get(1).documentSha256());
    }
}
