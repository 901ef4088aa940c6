package io.salespipeline.contract.domain;

import static io.salespipeline.contract.domain.ContractFixtures.DOC;
import static io.salespipeline.contract.domain.ContractFixtures.EDITED_DOC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.salespipeline.platform.domain.IllegalTransitionException;
import io.salespipeline.platform.domain.InvalidInputException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ContractTest {

    private final Instant now = Instant.parse("2026-11-23T10:00:00Z");

    private Contract draft() {
        return ContractFixtures.draft(now);
    }

    private Contract sent() {
        return ContractFixtures.sent(now);
    }

    @Test
    void aBlankOwnerOrSubjectIsRefusedAndSharingReplacesTheList() {
        Contract contract = draft();
        assertThrows(InvalidInputException.class, () -> contract.assignOwner(" ", now));
        assertThrows(InvalidInputException.class, () -> contract.shareWith(List.of("sue.seller", ""), now));
        assertTrue(contract.sharedWith().isEmpty());
        contract.shareWith(List.of("sue.seller"), now);
        contract.shareWith(List.of("sid.seller"), now);
        assertEquals(java.util.Set.of("sid.seller"), contract.sharedWith());
        contract.assignOwner(null, now);
        assertNull(contract.owner());
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
        assertFalse(contract.sign(SignerRole.SELLER, "Sam Seller", "sam@acme.example", DOC, ContractFixtures.BY_ACCOUNT, now));
        assertEquals(ContractStatus.PARTIALLY_SIGNED, contract.status());
        assertFalse(contract.sign(SignerRole.CUSTOMER, "Ada", "ada@example.com", DOC, ContractFixtures.BY_ACCOUNT, now));
        assertEquals(ContractStatus.SIGNED, contract.status());

        boolean closed = contract.placeFirstOrder("PO-1", LocalDate.parse("2026-12-15"), null, "s", OrderChannel.MAIL, now);

        assertTrue(closed);
        assertNotNull(contract.closedAt());
        assertThrows(IllegalTransitionException.class,
                () -> contract.placeFirstOrder("PO-2", null, null, "s", OrderChannel.MAIL, now));
    }

    @Test
    void orderingThenSigningClosesTheDealOnce() {
        Contract contract = sent();
        assertFalse(contract.placeFirstOrder("PO-1", null, null, "s", OrderChannel.MAIL, now));
        assertFalse(contract.sign(SignerRole.CUSTOMER, "Ada", "ada@example.com", DOC, ContractFixtures.BY_ACCOUNT, now));
        boolean closed = contract.sign(SignerRole.SELLER, "Sam", "sam@acme.example", DOC, ContractFixtures.BY_ACCOUNT, now);
        assertTrue(closed);
        assertEquals("PO-1", contract.firstOrder().poNumber());
        assertEquals(ContractStatus.SIGNED, contract.status());
    }

    @Test
    void eachSignatureRecordsTheHashOfTheDocument() {
        Contract contract = sent();
        // Upper-case hex is the same hash; what is stored is the document's own.
        contract.sign(SignerRole.SELLER, "Sam", "sam@acme.example", DOC.toUpperCase(), ContractFixtures.BY_ACCOUNT, now);
        assertEquals(DOC, contract.signatures().get(0).documentSha256());
        assertTrue(contract.signatures().get(0).counts());
    }

    @Test
    void aSignatureWithoutAHashOrWithSomethingElseIsBadInput() {
        Contract contract = sent();
        assertThrows(InvalidInputException.class,
                () -> contract.sign(SignerRole.SELLER, "Sam", "sam@acme.example", null, ContractFixtures.BY_ACCOUNT, now));
        assertThrows(InvalidInputException.class,
                () -> contract.sign(SignerRole.SELLER, "Sam", "sam@acme.example", "not-a-hash", ContractFixtures.BY_ACCOUNT, now));
        assertTrue(contract.signatures().isEmpty());
    }

    @Test
    void aRevisionSupersedesEarlierSignaturesWhichThenNoLongerCount() {
        Contract contract = sent();
        contract.placeFirstOrder("PO-1", null, null, "s", OrderChannel.MAIL, now);
        contract.sign(SignerRole.SELLER, "Sam", "sam@acme.example", DOC, ContractFixtures.BY_ACCOUNT, now);
        assertEquals(ContractStatus.PARTIALLY_SIGNED, contract.status());

        contract.revise(now.plusSeconds(60));
        assertEquals(ContractStatus.DRAFT, contract.status());
        assertEquals(1, contract.signatures().size(), "kept as evidence");
        assertTrue(contract.countingSignatures().isEmpty());
        assertEquals(now.plusSeconds(60), contract.signatures().get(0).supersededAt());

        contract.editTerms(new Terms("Net 14", "5 days", "24 months", "Contract value", "24 months", "None", "Austria"),
                now);
        assertNull(contract.documentSha256(), "a draft again: no document is fixed");
        contract.send(now, () -> EDITED_DOC);
        // The old hash is refused; the seller's earlier signature does not count towards SIGNED.
        assertThrows(IllegalTransitionException.class,
                () -> contract.sign(SignerRole.CUSTOMER, "Ada", "ada@example.com", DOC, ContractFixtures.BY_ACCOUNT, now));
        assertFalse(contract.sign(SignerRole.CUSTOMER, "Ada", "ada@example.com", EDITED_DOC, ContractFixtures.BY_ACCOUNT, now));
        assertEquals(ContractStatus.PARTIALLY_SIGNED, contract.status());
        assertTrue(contract.sign(SignerRole.SELLER, "Sam", "sam@acme.example", EDITED_DOC, ContractFixtures.BY_ACCOUNT, now),
                "signed again by both, with the first order: closes");
        assertEquals(ContractStatus.SIGNED, contract.status());
        assertEquals(3, contract.signatures().size());
        assertEquals(2, contract.countingSignatures().size());
    }

    @Test
    void onlyAContractAwaitingSignaturesCanBeRevised() {
        Contract draft = draft();
        assertThrows(IllegalTransitionException.class, () -> draft.revise(now));
        Contract signed = sent();
        signed.sign(SignerRole.SELLER, "Sam", "sam@acme.example", DOC, ContractFixtures.BY_ACCOUNT, now);
        signed.sign(SignerRole.CUSTOMER, "Ada", "ada@example.com", DOC, ContractFixtures.BY_ACCOUNT, now);
        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class, () -> signed.revise(now));
        assertEquals("SIGNED", refused.currentState());
    }

    @Test
    void aSignatureOverAnotherTextIsRefused() {
        Contract contract = sent();
        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                () -> contract.sign(SignerRole.SELLER, "Sam", "sam@acme.example", "ab".repeat(32), ContractFixtures.BY_ACCOUNT, now));
        assertTrue(refused.getMessage().contains("not the contract's current document"));
        assertTrue(contract.signatures().isEmpty());
        assertEquals(ContractStatus.SENT_FOR_SIGNATURE, contract.status());
    }

    @Test
    void theSameRoleCannotSignTwice() {
        Contract contract = sent();
        contract.sign(SignerRole.SELLER, "Sam", "sam@acme.example", DOC, ContractFixtures.BY_ACCOUNT, now);
        assertThrows(IllegalTransitionException.class,
                () -> contract.sign(SignerRole.SELLER, "Sue", "sue@acme.example", DOC, ContractFixtures.BY_ACCOUNT, now));
    }

    @Test
    void termsAreEditableOnlyInDraftAndTheSendingFixesTheDocument() {
        Contract contract = draft();
        contract.editTerms(new Terms("Net 14", "5 days", "24 months", "Contract value", "24 months", "None", "Austria"),
                now);
        assertNull(contract.documentSha256(), "a draft holds no document hash");
        assertEquals("Net 14", contract.terms().paymentTerms());
        // What the renderer answers is what signers commit to; something else is refused and nothing is sent.
        assertThrows(IllegalArgumentException.class, () -> contract.send(now, () -> "not a hash"));
        assertEquals(ContractStatus.DRAFT, contract.status());
        contract.send(now, () -> EDITED_DOC);
        assertEquals(EDITED_DOC, contract.documentSha256());
        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                () -> contract.editTerms(contract.terms(), now));
        assertEquals("SENT_FOR_SIGNATURE", refused.currentState());
    }

    @Test
    void theLifecycleMovesOnlyForward() {
        Contract contract = draft();
        contract.send(now, () -> DOC);
        assertEquals(ContractStatus.SENT_FOR_SIGNATURE, contract.status());
        assertNotNull(contract.sentAt());
        // A refused sending renders nothing.
        IllegalTransitionException again = assertThrows(IllegalTransitionException.class,
                () -> contract.send(now, () -> fail("rendered for a refused sending")));
        assertEquals("SENT_FOR_SIGNATURE", again.currentState());

        Contract voided = draft();
        voided.voidContract("Customer merged into another company", now);
        assertEquals(ContractStatus.VOIDED, voided.status());
        assertEquals("Customer merged into another company", voided.voidReason());
        assertThrows(IllegalTransitionException.class, () -> voided.send(now, () -> DOC));
        assertThrows(IllegalTransitionException.class, () -> voided.placeFirstOrder(null, null, null, "s", OrderChannel.MAIL, now));

        Contract draft = draft();
        IllegalTransitionException declined = assertThrows(IllegalTransitionException.class,
                () -> draft.decline("not yet sent", now));
        assertEquals("DRAFT", declined.currentState());

        Contract partly = sent();
        partly.sign(SignerRole.CUSTOMER, "Ada", "ada@example.com", DOC, ContractFixtures.BY_ACCOUNT, now);
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
                () -> contract.sign(SignerRole.SELLER, "Sam", "sam@acme.example", DOC, ContractFixtures.BY_ACCOUNT, now));
        assertThrows(IllegalTransitionException.class, () -> contract.placeFirstOrder(null, null, null, "s", OrderChannel.MAIL, now));
    }

    @Test
    void aPartialFirstOrderIsPricedByTheLineRule() {
        Contract contract = sent();
        contract.placeFirstOrder("PO-1", null, List.of(new OrderedQuantity(1, new BigDecimal("4"))), "s", OrderChannel.MAIL, now);
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
                List.of(new OrderedQuantity(1, new BigDecimal("11"))), "s", OrderChannel.MAIL, now));
        assertThrows(InvalidInputException.class, () -> contract.placeFirstOrder(null, null,
                List.of(new OrderedQuantity(1, BigDecimal.ZERO)), "s", OrderChannel.MAIL, now));
        assertThrows(InvalidInputException.class, () -> contract.placeFirstOrder(null, null,
                List.of(new OrderedQuantity(9, BigDecimal.ONE)), "s", OrderChannel.MAIL, now));
        assertThrows(InvalidInputException.class, () -> contract.placeFirstOrder(null, null,
                List.of(new OrderedQuantity(1, BigDecimal.ONE), new OrderedQuantity(1, BigDecimal.ONE)), "s", OrderChannel.MAIL, now));
        assertThrows(InvalidInputException.class, () -> contract.placeFirstOrder(null, null, List.of(), "s", OrderChannel.MAIL, now));
        assertThrows(InvalidInputException.class, () -> contract.placeFirstOrder(null, null,
                List.of(new OrderedQuantity(1, null)), "s", OrderChannel.MAIL, now));
        assertNull(contract.firstOrder());
        // Exactly the accepted quantity is allowed.
        contract.placeFirstOrder(null, null, List.of(new OrderedQuantity(1, new BigDecimal("10.000"))), "s", OrderChannel.MAIL, now);
        assertEquals(contract.lines().get(0).total(), contract.firstOrder().lines().get(0).total());
    }

    @Test
    void declineLosesTheDealAndEndsTheContract() {
        Contract contract = sent();
        contract.decline("Legal rejected clause 4", now);
        assertEquals(ContractStatus.DECLINED, contract.status());
        assertThrows(IllegalTransitionException.class,
                () -> contract.sign(SignerRole.CUSTOMER, "Ada", "ada@example.com", DOC, ContractFixtures.BY_ACCOUNT, now));
        assertThrows(IllegalTransitionException.class, () -> contract.voidContract("late", now));
    }

    @Test
    void aSignedContractCannotBeVoidedOrDeclined() {
        Contract contract = sent();
        contract.sign(SignerRole.SELLER, "Sam", "sam@acme.example", DOC, ContractFixtures.BY_ACCOUNT, now);
        contract.sign(SignerRole.CUSTOMER, "Ada", "ada@example.com", DOC, ContractFixtures.BY_ACCOUNT, now);
        assertThrows(IllegalTransitionException.class, () -> contract.voidContract("x", now));
        assertThrows(IllegalTransitionException.class, () -> contract.decline("x", now));
    }
}
