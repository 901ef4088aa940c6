package io.salespipeline.contract.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salespipeline.contract.events.DealClosed;
import io.salespipeline.platform.domain.IllegalTransitionException;
import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.money.LinePrice;
import io.salespipeline.platform.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ContractTest {

    private final Instant now = Instant.parse("2026-11-23T10:00:00Z");

    static ContractLine line(int lineNo, String quantity, String unitPrice, String discount, String tax) {
        Money price = Money.of(unitPrice, "EUR");
        LinePrice priced = LinePrice.of(new BigDecimal(quantity), price, new BigDecimal(discount), new BigDecimal(tax));
        return new ContractLine(lineNo, "SKU-" + lineNo, "Product " + lineNo, "unit", new BigDecimal(quantity), price,
                new BigDecimal(discount), new BigDecimal(tax), priced.net(), priced.tax(), priced.total());
    }

    static TermsTemplate template() {
        return TermsTemplate.of(1, new Terms("Net 30", "5 days", "12 months", "Contract value", "12 months", "Yearly",
                "Germany"));
    }

    private Contract draft() {
        return Contract.draft(UUID.randomUUID(), UUID.randomUUID(), 1, "Acme Sales GmbH",
                new Party("Customer GmbH", "Ada", "ada@example.com"), "EUR",
                List.of(line(1, "10", "29.00", "7.5", "19"), line(2, "2", "1200.00", "0", "19")), template(), now);
    }

    private Contract sent() {
        Contract contract = draft();
        contract.send(now);
        return contract;
    }

    @Test
    void draftTotalsAreSumsOfTheAcceptedLines() {
        Contract contract = draft();
        assertEquals(ContractStatus.DRAFT, contract.status());
        // 10 x 29.00 less 7.5 % = 268.25 net, 50.97 tax (50.9675 half-even); 2 x 1200 = 2400 net, 456 tax.
        assertEquals(new BigDecimal("2668.25"), contract.totals().net().amount());
        assertEquals(new BigDecimal("506.97"), contract.totals().tax().amount());
        assertEquals(new BigDecimal("3175.22"), contract.totals().total().amount());
    }

    @Test
    void signingThenOrderingClosesTheDealOnce() {
        Contract contract = sent();
        assertTrue(contract.sign(SignerRole.SELLER, "Sam Seller", "sam@acme.example", null, now).isEmpty());
        assertEquals(ContractStatus.PARTIALLY_SIGNED, contract.status());
        assertTrue(contract.sign(SignerRole.CUSTOMER, "Ada", "ada@example.com", null, now).isEmpty());
        assertEquals(ContractStatus.SIGNED, contract.status());

        Optional<DealClosed> closed = contract.placeFirstOrder("PO-1", LocalDate.parse("2026-12-15"), null, "s", now);

        assertTrue(closed.isPresent());
        assertEquals(contract.dealId(), closed.get().dealId());
        assertEquals(contract.totals(), closed.get().firstOrder().totals());
        assertNotNull(contract.closedAt());
        assertThrows(IllegalTransitionException.class,
                () -> contract.placeFirstOrder("PO-2", null, null, "s", now));
    }

    @Test
    void orderingThenSigningClosesTheDealOnce() {
        Contract contract = sent();
        assertTrue(contract.placeFirstOrder("PO-1", null, null, "s", now).isEmpty());
        assertTrue(contract.sign(SignerRole.CUSTOMER, "Ada", "ada@example.com", null, now).isEmpty());
        Optional<DealClosed> closed = contract.sign(SignerRole.SELLER, "Sam", "sam@acme.example", null, now);
        assertTrue(closed.isPresent());
        assertEquals("PO-1", closed.get().firstOrder().poNumber());
        assertEquals(ContractStatus.SIGNED, contract.status());
    }

    @Test
    void eachSignatureRecordsTheHashOfTheDocumentText() {
        Contract contract = sent();
        String hash = contract.document().sha256();
        contract.sign(SignerRole.SELLER, "Sam", "sam@acme.example", hash, now);
        assertEquals(hash, contract.signatures().get(0).documentSha256());
        assertEquals(64, hash.length());
    }

    @Test
    void aSignatureOverAnotherTextIsRefused() {
        Contract contract = sent();
        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                () -> contract.sign(SignerRole.SELLER, "Sam", "sam@acme.example", "ab".repeat(32), now));
        assertTrue(refused.getMessage().contains("not the contract's current document"));
        assertTrue(contract.signatures().isEmpty());
        assertEquals(ContractStatus.SENT_FOR_SIGNATURE, contract.status());
    }

    @Test
    void theSameRoleCannotSignTwice() {
        Contract contract = sent();
        contract.sign(SignerRole.SELLER, "Sam", "sam@acme.example", null, now);
        assertThrows(IllegalTransitionException.class,
                () -> contract.sign(SignerRole.SELLER, "Sue", "sue@acme.example", null, now));
    }

    @Test
    void editingTermsChangesTheDocumentAndIsOnlyAllowedInDraft() {
        Contract contract = draft();
        String before = contract.document().sha256();
        contract.editTerms(new Terms("Net 14", "5 days", "24 months", "Contract value", "24 months", "None", "Austria"),
                now);
        assertNotEquals(before, contract.document().sha256());
        assertTrue(contract.document().text().contains("Net 14"));
        contract.send(now);
        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                () -> contract.editTerms(contract.terms(), now));
        assertEquals("SENT_FOR_SIGNATURE", refused.currentState());
    }

    @Test
    void theLifecycleMovesOnlyForward() {
        Contract contract = draft();
        contract.send(now);
        assertEquals(ContractStatus.SENT_FOR_SIGNATURE, contract.status());
        assertNotNull(contract.sentAt());
        IllegalTransitionException again = assertThrows(IllegalTransitionException.class, () -> contract.send(now));
        assertEquals("SENT_FOR_SIGNATURE", again.currentState());

        Contract voided = draft();
        voided.voidContract("Customer merged into another company", now);
        assertEquals(ContractStatus.VOIDED, voided.status());
        assertEquals("Customer merged into another company", voided.voidReason());
        assertThrows(IllegalTransitionException.class, () -> voided.send(now));
        assertThrows(IllegalTransitionException.class, () -> voided.placeFirstOrder(null, null, null, "s", now));

        Contract draft = draft();
        IllegalTransitionException declined = assertThrows(IllegalTransitionException.class,
                () -> draft.decline("not yet sent", now));
        assertEquals("DRAFT", declined.currentState());

        Contract partly = sent();
        partly.sign(SignerRole.CUSTOMER, "Ada", "ada@example.com", null, now);
        partly.voidContract("Wrong customer entity", now);
        assertEquals(ContractStatus.VOIDED, partly.status());
    }

    @Test
    void aBlankReasonIsRefusedAndChangesNothing() {
        Contract contract = sent();
        assertThrows(InvalidInputException.class, () -> contract.decline(" ", now));
        assertThrows(InvalidInputException.class, () -> contract.voidContract(null, now));
        assertEquals(ContractStatus.SENT_FOR_SIGNATURE, contract.status());
    }

    @Test
    void aDraftCannotBeSignedOrOrdered() {
        Contract contract = draft();
        assertThrows(IllegalTransitionException.class,
                () -> contract.sign(SignerRole.SELLER, "Sam", "sam@acme.example", null, now));
        assertThrows(IllegalTransitionException.class, () -> contract.placeFirstOrder(null, null, null, "s", now));
    }

    @Test
    void aPartialFirstOrderIsPricedByTheLineRule() {
        Contract contract = sent();
        contract.placeFirstOrder("PO-1", null, List.of(new OrderedQuantity(1, new BigDecimal("4"))), "s", now);
        FirstOrder order = contract.firstOrder();
        assertEquals(1, order.lines().size());
        // 4 x 29.00 less 7.5 % = 107.30 net; tax 20.387 -> 20.39; total 127.69.
        assertEquals(new BigDecimal("107.30"), order.totals().net().amount());
        assertEquals(new BigDecimal("127.69"), order.totals().total().amount());
    }

    @Test
    void orderedQuantitiesMustBePositiveAndNoLargerThanAccepted() {
        Contract contract = sent();
        assertThrows(InvalidInputException.class, () -> contract.placeFirstOrder(null, null,
                List.of(new OrderedQuantity(1, new BigDecimal("11"))), "s", now));
        assertThrows(InvalidInputException.class, () -> contract.placeFirstOrder(null, null,
                List.of(new OrderedQuantity(1, BigDecimal.ZERO)), "s", now));
        assertThrows(InvalidInputException.class, () -> contract.placeFirstOrder(null, null,
                List.of(new OrderedQuantity(9, BigDecimal.ONE)), "s", now));
        assertThrows(InvalidInputException.class, () -> contract.placeFirstOrder(null, null,
                List.of(new OrderedQuantity(1, BigDecimal.ONE), new OrderedQuantity(1, BigDecimal.ONE)), "s", now));
        assertThrows(InvalidInputException.class, () -> contract.placeFirstOrder(null, null, List.of(), "s", now));
        assertThrows(InvalidInputException.class, () -> contract.placeFirstOrder(null, null,
                List.of(new OrderedQuantity(1, null)), "s", now));
        assertNull(contract.firstOrder());
        // Exactly the accepted quantity is allowed.
        contract.placeFirstOrder(null, null, List.of(new OrderedQuantity(1, new BigDecimal("10.000"))), "s", now);
        assertEquals(contract.lines().get(0).total(), contract.firstOrder().lines().get(0).total());
    }

    @Test
    void declineLosesTheDealAndEndsTheContract() {
        Contract contract = sent();
        assertEquals("CONTRACT", contract.decline("Legal rejected clause 4", now).stage());
        assertEquals(ContractStatus.DECLINED, contract.status());
        assertThrows(IllegalTransitionException.class,
                () -> contract.sign(SignerRole.CUSTOMER, "Ada", "ada@example.com", null, now));
        assertThrows(IllegalTransitionException.class, () -> contract.voidContract("late", now));
    }

    @Test
    void aSignedContractCannotBeVoidedOrDeclined() {
        Contract contract = sent();
        contract.sign(SignerRole.SELLER, "Sam", "sam@acme.example", null, now);
        contract.sign(SignerRole.CUSTOMER, "Ada", "ada@example.com", null, now);
        assertThrows(IllegalTransitionException.class, () -> contract.voidContract("x", now));
        assertThrows(IllegalTransitionException.class, () -> contract.decline("x", now));
    }
}
