package io.salespipeline.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salespipeline.client.contract.api.ContractsApi;
import io.salespipeline.client.contract.model.SignatureInput;
import io.salespipeline.client.contract.model.SignerRole;
import io.salespipeline.client.lead.api.LeadsApi;
import io.salespipeline.client.lead.model.AssessmentInput;
import io.salespipeline.client.lead.model.InterestChannel;
import io.salespipeline.client.lead.model.InterestInput;
import io.salespipeline.client.lead.model.LeadView;
import io.salespipeline.client.lead.model.NewLead;
import io.salespipeline.client.lead.model.OwnerInput;
import io.salespipeline.client.lead.model.SourceInput;
import io.salespipeline.client.lead.model.SourceKind;
import io.salespipeline.client.proposal.api.ProposalsApi;
import io.salespipeline.client.proposal.model.ApprovalGrantInput;
import io.salespipeline.client.proposal.model.ApprovalRequestInput;
import io.salespipeline.client.proposal.model.ApprovalStatus;
import io.salespipeline.client.proposal.model.NewLine;
import io.salespipeline.client.proposal.model.ProposalView;
import io.salespipeline.client.prospect.api.ProspectsApi;
import io.salespipeline.client.prospect.model.ApplicationInput;
import io.salespipeline.client.prospect.model.DecisionMakerInput;
import io.salespipeline.client.prospect.model.Influence;
import io.salespipeline.client.prospect.model.InteractionInput;
import io.salespipeline.client.prospect.model.InteractionType;
import io.salespipeline.client.prospect.model.InterestLevel;
import io.salespipeline.client.prospect.model.ProcurementInput;
import io.salespipeline.client.prospect.model.ProcurementProcedure;
import io.salespipeline.client.prospect.model.ProfileInput;
import io.salespipeline.client.prospect.model.SavingPeriod;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One deal driven through the public REST APIs of all five services, as a sales team and its
 * customer would: lead, qualification, orientation, proposal, contract, first order. Every call
 * goes through the clients generated from the services' OpenAPI documents ({@link Api}): a
 * document that lies about a request or an answer fails the journey. The customer accepts the proposal
 * through the link its contact is given (read from CustomerActionRequested, as a mailer reads it), with
 * a browser's requests and no token. Every fifth deal's
 * discount is beyond the standard discount policy: a sales manager approves it before it is sent.
 */
final class DealJourney {

    record Outcome(String dealId, BigDecimal acceptedTotal, String currency) {
    }

    private static final Duration HAND_OFF = Duration.ofSeconds(90);

    /** Whom the deal is shared with when it takes every step. */
    private static final String COLLEAGUE = "sue.seller";

    private final SalesSystem system;
    private final int n;

    /**
     * Like a front end that keeps one trace per deal, every call of the journey names the same
     * trace (W3C traceparent): the services' spans and their Kafka hand-offs join it.
     */
    private final String traceParent;

    /** The deal's seller, through the generated clients. */
    private final Api seller;

    /** Every step a deal may take on its way (see {@link #everyStep}); off: the shortest way to an order. */
    private boolean everyStep;
    private Runnable midDeal = () -> { };
    private UUID leadId;
    /** The company whose person buys: deal n's own (customer n), or another deal's for a colleague there. */
    private int company;

    DealJourney(SalesSystem system, int n) {
        this.system = system;
        this.n = n;
        this.company = n;
        byte[] ids = new byte[24];
        ThreadLocalRandom.current().nextBytes(ids);
        String hex = HexFormat.of().formatHex(ids);
        this.traceParent = "00-" + hex.substring(0, 32) + "-" + hex.substring(32) + "-01";
        this.seller = Api.as(system, "sam.seller", "seller", traceParent);
    }

    /**
     * The deal takes every step it may take on its way to a satisfied customer, so that each stage
     * publishes every event type of a deal: the person arrives again through a web form, a sales
     * manager assigns the lead by hand, each stage shares the deal with a colleague, the seller
     * logs a meeting, the sent proposal is revised and sent again, and after the order its support
     * owner delivers it and the customer answers the survey through the link the delivery sent them;
     * then the buyer comes back through the contact form, a notice to the support owner.
     * {@code midDeal} runs once the prospect is ready for a proposal.
     */
    DealJourney everyStep(Runnable midDeal) {
        this.everyStep = true;
        this.midDeal = midDeal;
        return this;
    }

    /**
     * The buyer is a colleague of deal {@code company}'s buyer: another person (name, e-mail, phone
     * of deal n) at that deal's company (its name and e-mail domain), so the deal is for the same
     * company account.
     */
    DealJourney colleagueAt(int company) {
        this.company = company;
        return this;
    }

    /** The deal's lead, once it was taken in. */
    UUID leadId() {
        return leadId;
    }

    Outcome run() {
        try {
            UUID dealId = qualifyLead();
            prepareProspect(dealId);
            midDeal.run();
            ProposalView accepted = proposeAndAccept(dealId);
            closeContract(dealId);
            if (everyStep) {
                DealSteps.deliverAndAnswerSurvey(system, traceParent, dealId, n);
                DealSteps.returnAsCustomer(system, traceParent, dealId, n);
            }
            return new Outcome(dealId.toString(), new BigDecimal(accepted.getTotals().getTotal().getAmount()),
                    accepted.getTotals().getTotal().getCurrency());
        } catch (ApiCallFailed e) {
            throw new AssertionError("deal " + n + ": " + e.getMessage(), e);
        }
    }

    private UUID qualifyLead() {
        LeadsApi leads = seller.leads();
        LeadView lead = call(() -> leads.createLead(new NewLead().name("Buyer " + n)
                .email("buyer%d@customer%d.example".formatted(n, company)).phone("+49 30 5550 1%03d".formatted(n))
                .company("Customer " + company + " GmbH")
                .jobTitle("Head of Sales").country("DE")
                .source(new SourceInput().kind(SourceKind.CONFERENCE).detail("SalesConf 2026")), null));
        leadId = lead.getId();
        if (everyStep) {
            DealSteps.arriveAgainByWebForm(system, traceParent, n);
            call(() -> Api.as(system, "mia.manager", "sales-manager", traceParent).leads()
                    .assignLeadOwner(lead.getId(), new OwnerInput().owner("sam.seller")));
        }
        call(() -> leads.assessLead(lead.getId(), new AssessmentInput().viable(true).reasons("Budget and need confirmed")));
        UUID dealId = call(() -> leads.recordLeadInterest(lead.getId(), new InterestInput().channel(InterestChannel.MEETING)
                .expressedAt(OffsetDateTime.parse("2026-11-20T10:00:00Z")).topics("analytics"))).getDealId();
        if (everyStep) {
            call(() -> leads.shareLead(lead.getId(), new io.salespipeline.client.lead.model.SharingInput()
                    .sharedWith(Set.of(COLLEAGUE))));
        }
        return dealId;
    }

    private void prepareProspect(UUID dealId) {
        ProspectsApi prospects = seller.prospects();
        UUID id = awaitOne(() -> prospects.listProspects(null, dealId, null, null, null).getItems()).getId();
        call(() -> prospects.describeProspect(id, new ProfileInput().industry("Manufacturing").companySize("200-500")
                .businessModel("B2B components").cultureNotes("Consensus-driven")
                .addDecisionMakersItem(new DecisionMakerInput().name("CFO " + n).role("CFO").influence(Influence.HIGH))
                .procurement(new ProcurementInput().procedure(ProcurementProcedure.PURCHASE_ORDER).notes("PO above 10k"))));
        call(() -> prospects.addProspectApplication(id, new ApplicationInput().product("Pipeline CRM")
                .problem("Deals tracked in spreadsheets")
                .costSaving(new io.salespipeline.client.prospect.model.Money().amount("24000.00").currency("EUR"))
                .timeSavingHours("40").period(SavingPeriod.YEAR).reasoning("Two fewer admin days a month")));
        if (everyStep) {
            call(() -> prospects.logProspectInteraction(id, new InteractionInput().type(InteractionType.MEETING)
                    .occurredAt(OffsetDateTime.parse("2026-11-25T14:00:00Z")).outcome("Walked the CFO through the savings")
                    .nextStep("Send the proposal").interestLevel(InterestLevel.HIGH)));
            call(() -> prospects.shareProspect(id, new io.salespipeline.client.prospect.model.SharingInput()
                    .sharedWith(Set.of(COLLEAGUE))));
        }
        call(() -> prospects.markProspectReady(id));
    }

    private ProposalView proposeAndAccept(UUID dealId) {
        ProposalsApi proposals = seller.proposals();
        ProposalView draft = awaitOne(() -> proposals.listProposals(null, dealId, null, null).getItems());
        UUID id = draft.getId();
        call(() -> proposals.addProposalLine(id, new NewLine().sku("PIPE-CRM-SEAT").quantity(String.valueOf(10 + n))
                .discountPercent(needsApproval() ? "25" : "7.5").taxRatePercent("19")));
        call(() -> proposals.addProposalLine(id, new NewLine().sku("ONBOARD-DAY").quantity("2").taxRatePercent("19")));
        if (needsApproval()) {
            approveDiscount(proposals, id);
        }
        call(() -> proposals.sendProposal(id));
        ProposalView offered = everyStep ? reviseAndSendAgain(proposals, id) : draft;
        // The seller cannot accept for the customer: the customer does, through the link their contact is e-mailed.
        given().baseUri(system.uri("proposal")).header(io.salespipeline.infra.testing.Tokens.as("sam.seller", "seller"))
                .contentType("application/json").body("{\"acceptedBy\": \"CFO " + n + "\", \"version\": 1}")
                .post("/api/proposals/{id}/acceptance", offered.getId()).then().statusCode(403);
        String page = CustomerDecision.proposalLink(system.kafka(), offered.getId().toString(), HAND_OFF);
        CustomerDecision.accept(page, offered.getVersion(), "DealJourney browser " + n);
        ProposalView accepted = call(() -> proposals.getProposal(offered.getId()));
        assertEquals(io.salespipeline.client.proposal.model.ProposalStatus.ACCEPTED, accepted.getStatus());
        return accepted;
    }

    /** The customer asks for changes: version 2 is a new offer (approved again if it must be), sent and shared. */
    private ProposalView reviseAndSendAgain(ProposalsApi proposals, UUID sent) {
        ProposalView revised = call(() -> proposals.reviseProposal(sent));
        if (needsApproval()) {
            approveDiscount(proposals, revised.getId());
        }
        call(() -> proposals.sendProposal(revised.getId()));
        call(() -> proposals.shareProposal(revised.getId(), new io.salespipeline.client.proposal.model.SharingInput()
                .sharedWith(Set.of(COLLEAGUE))));
        return revised;
    }

    /** Every fifth deal gives 25 % off a line: beyond the standard discount policy (20 %). */
    private boolean needsApproval() {
        return n % 5 == 0;
    }

    /**
     * Sending is refused until a sales manager approves what was asked for: one who neither asked nor
     * owns the deal (LostDeals drives a deal as max.manager).
     */
    private void approveDiscount(ProposalsApi proposals, UUID id) {
        io.salespipeline.client.proposal.ApiException refused = assertThrows(
                io.salespipeline.client.proposal.ApiException.class, () -> proposals.sendProposal(id));
        assertEquals(409, refused.getCode());
        assertTrue(refused.getResponseBody().contains("line-discount-limit"), refused.getResponseBody());
        ProposalView requested = call(() -> proposals.requestDiscountApproval(id,
                new ApprovalRequestInput().note("Customer %d commits to three years".formatted(n))));
        assertEquals(ApprovalStatus.REQUESTED, requested.getApproval().getStatus());
        ProposalView granted = call(() -> Api.as(system, "mia.manager", "sales-manager", traceParent).proposals()
                .grantDiscountApproval(id, new ApprovalGrantInput().comment("Approved for the three-year term")));
        assertEquals(ApprovalStatus.GRANTED, granted.getApproval().getStatus());
    }

    private void closeContract(UUID dealId) {
        ContractsApi contracts = seller.contracts();
        UUID id = awaitOne(() -> contracts.listContracts(null, dealId, null, null).getItems()).getId();
        try (CustomerBrowser customer = new CustomerBrowser(system, dealId)) {
            call(() -> contracts.sendContract(id));
            // The document is a PDF stored when it was sent: its ETag is the SHA-256 of exactly its bytes.
            var read = call(() -> contracts.getContractDocumentWithHttpInfo(id, null));
            String hash = sha256(call(() -> Files.readAllBytes(read.getData().toPath())));
            assertEquals(List.of("\"" + hash + "\""), read.getHeaders().get("etag"));
            // The seller signs the stored document without naming its hash; a seller cannot sign for the customer.
            var sellerSigned = call(() -> contracts.signContract(id, new SignatureInput().signerName("SELLER signer " + n)
                    .signerEmail("SELLER" + n + "@example.com").role(SignerRole.SELLER)));
            assertEquals(hash, sellerSigned.getSignatures().get(0).getDocumentSha256());
            var refused = assertThrows(ApiCallFailed.class, () -> call(() -> contracts.signContract(id,
                    new SignatureInput().signerName("CUSTOMER signer " + n).signerEmail("CUSTOMER" + n + "@example.com")
                            .role(SignerRole.CUSTOMER))));
            assertTrue(refused.getMessage().startsWith("403"), refused.getMessage());
            if (everyStep) {
                call(() -> contracts.shareContract(id, new io.salespipeline.client.contract.model.SharingInput()
                        .sharedWith(Set.of(COLLEAGUE))));
            }
            // The customer signs and orders through the links e-mailed to them (read from Kafka as a mailer would).
            customer.sign("Buyer " + n, hash);
            customer.placeFirstOrder("PO-" + n, "2026-12-15");
        }
        var closed = call(() -> contracts.getContract(id));
        assertEquals("CUSTOMER_LINK", String.valueOf(closed.getFirstOrder().getReceivedBy()));
        assertEquals("CUSTOMER_LINK", String.valueOf(closed.getSignatures().stream()
                .filter(s -> s.getRole() == SignerRole.CUSTOMER).findFirst().orElseThrow().getEvidence().getMethod()));
    }

    /** One call of a generated client (each client has its own checked ApiException). */
    interface Call<T> {
        T call() throws Exception;
    }

    /** A generated client's call failed: its status and problem document, or what else went wrong. */
    static final class ApiCallFailed extends RuntimeException {
        ApiCallFailed(Exception cause) {
            super(cause instanceof io.salespipeline.client.lead.ApiException e ? e.getCode() + " " + e.getResponseBody()
                    : cause instanceof io.salespipeline.client.prospect.ApiException e ? e.getCode() + " " + e.getResponseBody()
                    : cause instanceof io.salespipeline.client.proposal.ApiException e ? e.getCode() + " " + e.getResponseBody()
                    : cause instanceof io.salespipeline.client.contract.ApiException e ? e.getCode() + " " + e.getResponseBody()
                    : cause instanceof io.salespipeline.client.fulfillment.ApiException e ? e.getCode() + " " + e.getResponseBody()
                    : String.valueOf(cause), cause);
        }
    }

    static <T> T call(Call<T> call) {
        try {
            return call.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ApiCallFailed(e);
        }
    }

    /** Waits for the one record the previous stage's event creates for the deal, and returns it. */
    static <T> T awaitOne(Call<List<T>> page) {
        return await().atMost(HAND_OFF).pollInterval(Duration.ofMillis(250))
                .until(() -> call(page), items -> items != null && items.size() == 1).get(0);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
