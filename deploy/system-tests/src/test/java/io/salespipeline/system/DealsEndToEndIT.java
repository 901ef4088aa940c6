package io.salespipeline.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salespipeline.client.fulfillment.model.OrderStatus;
import io.salespipeline.client.fulfillment.model.OrderView;
import io.salespipeline.infra.testing.Tokens;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * All five services as separate processes on a real broker and database: 20 deals driven
 * concurrently from lead to order (their leads and prospects then WON), then every hand-off event
 * replayed, and nothing duplicated; once a person is erased, no topic shows them and the log still
 * tells every deal right; one deal that meets each of the sales team's controls; a webhook
 * receiver that gets every event type of a deal.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DealsEndToEndIT {

    private static final int DEALS = 20;

    /** The hand-off topics and the consumer group (service) that takes each in. */
    private static final Map<String, String> HAND_OFFS = Map.of(
            "sales.lead.qualified", "prospect-service",
            "sales.prospect.ready-for-proposal", "proposal-service",
            "sales.proposal.accepted", "contract-service",
            "sales.deal.closed", "fulfillment-service");

    private static SalesSystem system;
    private static final List<DealJourney.Outcome> outcomes = new ArrayList<>();

    @BeforeAll
    static void startSystem() {
        system = SalesSystem.start();
        // Every service verifies real tokens signed with the test key pair it was given: a seller drives the deals.
        Tokens.signIn("sam.seller", "seller");
    }

    @AfterAll
    static void stopSystem() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    @Order(1)
    void twentyConcurrentDealsEachEndWithOneCustomerAndOneOrderOfTheAcceptedTotal() throws Exception {
        long started = System.nanoTime();
        Instant from = Instant.now();
        WonUpstream won = new WonUpstream(system);
        ExecutorService drivers = Executors.newFixedThreadPool(DEALS);
        try {
            List<Future<DealJourney.Outcome>> running = new ArrayList<>();
            for (int n = 1; n <= DEALS; n++) {
                int deal = n;
                running.add(drivers.submit(() -> new DealJourney(system, deal).run()));
            }
            for (Future<DealJourney.Outcome> deal : running) {
                outcomes.add(deal.get());
            }
        } finally {
            drivers.shutdownNow();
        }
        // Checking every service's records (fulfillment's included) is a sales manager's view.
        Api manager = manager();
        var orders = manager.orders();
        var customers = manager.customers();
        for (DealJourney.Outcome deal : outcomes) {
            UUID dealId = UUID.fromString(deal.dealId());
            OrderView order = DealJourney.awaitOne(() -> orders.listOrders(null, null, dealId, null, null).getItems());
            assertEquals(dealId, order.getDealId());
            BigDecimal total = new BigDecimal(order.getTotals().getTotal().getAmount());
            assertEquals(0, deal.acceptedTotal().compareTo(total), "order total of deal " + deal.dealId());
            assertEquals(deal.currency(), order.getTotals().getTotal().getCurrency());
            assertEquals(OrderStatus.RECEIVED, order.getStatus());
            var customer = DealJourney.awaitOne(() -> customers.listCustomers(null, dealId, null, null, null).getItems());
            assertEquals(order.getCustomerId(), customer.getId());
            assertHandedOverWithTheBriefing(deal, customer);
            won.assertWon(deal, total, order.getTotals().getTotal().getCurrency());
        }
        won.assertFunnelCounts(from, Instant.now().plusSeconds(1), DEALS);
        assertEquals(DEALS, outcomes.stream().map(DealJourney.Outcome::dealId).distinct().count());
        System.out.printf("%d deals from lead to order in %d ms%n", DEALS, (System.nanoTime() - started) / 1_000_000);
        assertExactlyOneRecordPerDealEverywhere();
        assertTheDealIsTheSellersAtEveryStage(outcomes.get(0).dealId());
    }

    /**
     * The customer's record shows what the seller learned and promised upstream (DealJourney): the
     * prospect's profile, its application with the stated savings, the proposal's discount on line 1
     * as a special term; and who closed the deal.
     */
    private static void assertHandedOverWithTheBriefing(DealJourney.Outcome deal,
            io.salespipeline.client.fulfillment.model.CustomerView customer) {
        var briefing = customer.getBriefing();
        assertTrue(briefing != null, "briefing of deal " + deal.dealId());
        assertEquals("Manufacturing", briefing.getProfile().getIndustry());
        assertEquals("200-500", briefing.getProfile().getCompanySize());
        assertEquals("B2B components", briefing.getProfile().getBusinessModel());
        assertEquals("PURCHASE_ORDER", briefing.getProfile().getProcurement());
        assertEquals(1, briefing.getApplications().size(), "applications of deal " + deal.dealId());
        var application = briefing.getApplications().get(0);
        assertEquals("Pipeline CRM", application.getProduct());
        assertEquals("24000.00", application.getCostSaving().getAmount());
        assertEquals(0, new BigDecimal("40").compareTo(new BigDecimal(application.getTimeSavingHours())));
        assertEquals("YEAR", application.getPeriod());
        assertTrue(briefing.getSpecialTerms().stream().anyMatch(term -> "PROPOSAL".equals(term.getSource())
                && "discount".equals(term.getTerm())
                && term.getText().endsWith("% off Pipeline CRM seat (PIPE-CRM-SEAT), line 1")),
                "special terms of deal " + deal.dealId() + ": " + briefing.getSpecialTerms());
        assertEquals("sam.seller", customer.getSeller());
    }

    private static Api manager() {
        return Api.as(system, "max.manager", "sales-manager", null);
    }

    /** The seller who took the lead owns the deal at every stage; another seller sees none of it (404 by id). */
    private static void assertTheDealIsTheSellersAtEveryStage(String deal) {
        UUID dealId = UUID.fromString(deal);
        Api owner = Api.as(system, "sam.seller", "seller", null);
        Api other = Api.as(system, "sue.seller", "seller", null);
        var lead = DealJourney.call(() -> owner.leads().listLeads(null, null, null, null, dealId, null, null, null, null, null,
                null)).getItems();
        assertOwnedBySam("lead", lead.size(), lead.get(0).getOwner());
        assertTrue(DealJourney.call(() -> other.leads().listLeads(null, null, null, null, dealId, null, null, null, null,
                null, null)).getItems().isEmpty());
        assertEquals(404, other.readStatus("lead", lead.get(0).getId()));
        var prospect = DealJourney.call(() -> owner.prospects().listProspects(null, dealId, null, null, null)).getItems();
        assertOwnedBySam("prospect", prospect.size(), prospect.get(0).getOwner());
        assertTrue(DealJourney.call(() -> other.prospects().listProspects(null, dealId, null, null, null)).getItems().isEmpty());
        assertEquals(404, other.readStatus("prospect", prospect.get(0).getId()));
        var proposal = DealJourney.call(() -> owner.proposals().listProposals(null, dealId, null, null)).getItems();
        assertOwnedBySam("proposal", proposal.size(), proposal.get(0).getOwner());
        assertTrue(DealJourney.call(() -> other.proposals().listProposals(null, dealId, null, null)).getItems().isEmpty());
        assertEquals(404, other.readStatus("proposal", proposal.get(0).getId()));
        var contract = DealJourney.call(() -> owner.contracts().listContracts(null, dealId, null, null)).getItems();
        assertOwnedBySam("contract", contract.size(), contract.get(0).getOwner());
        assertTrue(DealJourney.call(() -> other.contracts().listContracts(null, dealId, null, null)).getItems().isEmpty());
        assertEquals(404, other.readStatus("contract", contract.get(0).getId()));
    }

    private static void assertOwnedBySam(String stage, int records, String owner) {
        assertEquals(1, records, stage);
        assertEquals("sam.seller", owner, stage);
    }

    @Test
    @Order(2)
    void replayingEveryHandOffEventDuplicatesNothing() throws Exception {
        assertTrue(outcomes.size() == DEALS, "runs after the deals were driven");
        EventReplay replay = new EventReplay(system.kafka());
        for (Map.Entry<String, String> handOff : HAND_OFFS.entrySet()) {
            assertTrue(replay.replay(handOff.getKey()) >= DEALS, "replayed " + handOff.getKey());
        }
        for (Map.Entry<String, String> handOff : HAND_OFFS.entrySet()) {
            replay.awaitConsumed(handOff.getValue(), handOff.getKey(), Duration.ofSeconds(90));
        }
        assertExactlyOneRecordPerDealEverywhere();
        var orders = manager().orders();
        assertEquals(DEALS, DealJourney.call(() -> orders.listOrders(null, null, null, 500, null)).getItems().size());
    }

    /** Raw HTTP on purpose (REST Assured): ports, statuses and headers, outside any API document. */
    @Test
    @Order(0)
    void operationalEndpointsAnswerOnTheManagementPortOnlyAndEveryAnswerCarriesSecurityHeaders() {
        for (String service : List.of("lead", "prospect", "proposal", "contract", "fulfillment")) {
            for (String path : List.of("/q/health/ready", "/q/metrics", "/q/openapi", "/q/swagger-ui/", "/asyncapi.json")) {
                given().baseUri(system.uri(service)).redirects().follow(false).get(path).then().statusCode(404)
                        .header("X-Content-Type-Options", "nosniff");
                given().baseUri(system.managementUri(service)).get(path).then().statusCode(200);
            }
            given().baseUri(system.uri(service)).get("/api/nothing-here").then().statusCode(404)
                    .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "no-store");
            // Swagger UI's "Try it out" goes to the public port.
            given().baseUri(system.managementUri(service)).queryParam("format", "json").get("/q/openapi").then()
                    .body("servers[0].url", org.hamcrest.Matchers.equalTo(system.uri(service)));
        }
    }

    @Test
    @Order(3)
    void dealsLostAtEveryStageAreMarkedByEveryEarlierStageAndTheFunnelAddsUp() {
        new LostDeals(system).run();
    }

    @Test
    @Order(4)
    void unSharingAtTheLeadMakesEveryLaterStageOfTheDealInvisibleToTheRemovedSeller() {
        assertTrue(outcomes.size() == DEALS, "runs after the deals were driven");
        new SharingAcrossStages(system).run(outcomes.get(1).dealId());
    }

    @Test
    @Order(8)
    void oneDealMeetsEveryControlOfTheSalesTeamRoutingTradeRestrictionsDollarPricesAndDiscountApproval() {
        // Alone: the trade restriction lists it changes apply to every deal while they stand.
        new ControlledDeal(system).run();
    }

    @Test
    @Order(6)
    void afterTheErasureNoTopicShowsThePersonAndTheLogStillTellsEveryDealRight() throws Exception {
        assertTrue(outcomes.size() == DEALS, "runs after the deals were driven");
        // Deal 1's person (DealJourney: name, e-mail, phone), and the decision maker who accepted for them.
        List<Pattern> person = List.of(Pattern.compile("Buyer 1(?!\\d)"), Pattern.compile("buyer1@customer1\\.example"),
                Pattern.compile("5550 ?1001"), Pattern.compile("CFO 1(?!\\d)"));
        LogAfterErasure log = new LogAfterErasure(system.kafka());
        int read = log.assertNowhere(person);
        System.out.printf("%d records on every topic read after the erasure: none shows the person%n", read);

        Map<String, LogAfterErasure.ClosedDeal> rebuilt = log.rebuildClosedDeals();
        for (DealJourney.Outcome deal : outcomes) {
            LogAfterErasure.ClosedDeal closed = rebuilt.get(deal.dealId());
            assertTrue(closed != null, "the log tells deal " + deal.dealId() + " closed");
            assertEquals(0, deal.acceptedTotal().compareTo(closed.total()), "first order total of " + deal.dealId());
            assertEquals(deal.currency(), closed.currency());
        }
        // The erased deal's contact is still there, encrypted, under a key whose last word is its destruction.
        String erasedContact = rebuilt.get(outcomes.get(0).dealId()).contactName();
        assertTrue(log.destroyed(LogAfterErasure.keyId(erasedContact)), "key of the erased person destroyed");
        assertFalse(log.destroyed(LogAfterErasure.keyId(rebuilt.get(outcomes.get(1).dealId()).contactName())),
                "another person's key is live");
    }

    @Test
    @Order(7)
    void aWebhookReceiverGetsEveryEventTypeOfADealFromEveryServiceThroughAnOutageAndAReplay() throws Exception {
        new WebhookJourney(system).run();
    }

    /**
     * A colleague of an existing customer's buyer (same company name and e-mail domain) starts a
     * second deal: both deals are for one company account, and the second ends as a second order
     * of the same customer, not a new customer.
     */
    @Test
    @Order(9)
    void aSecondDealForTheSameCompanyEndsAsASecondOrderOfTheSameCustomer() {
        UUID firstDeal = UUID.fromString(new DealJourney(system, 301).run().dealId());
        DealJourney.Outcome second = new DealJourney(system, 302).colleagueAt(301).run();
        UUID secondDeal = UUID.fromString(second.dealId());
        Api manager = manager();
        var orders = manager.orders();
        OrderView firstOrder = DealJourney.awaitOne(() -> orders.listOrders(null, null, firstDeal, null, null).getItems());
        OrderView secondOrder = DealJourney.awaitOne(() -> orders.listOrders(null, null, secondDeal, null, null).getItems());
        assertEquals(firstOrder.getCustomerId(), secondOrder.getCustomerId(), "the second deal's order attaches to the customer");
        assertEquals(0, second.acceptedTotal().compareTo(new BigDecimal(secondOrder.getTotals().getTotal().getAmount())));
        var customerOrders = DealJourney.call(() -> orders.listOrders(null, firstOrder.getCustomerId(), null, null, null))
                .getItems();
        assertEquals(List.of(firstDeal, secondDeal), customerOrders.stream().map(OrderView::getDealId).toList());
        // Followed by the second deal, the customer is the one its first deal opened, of the same account as both leads.
        var customer = DealJourney.awaitOne(() -> manager.customers().listCustomers(null, secondDeal, null, null, null)
                .getItems());
        assertEquals(firstOrder.getCustomerId(), customer.getId());
        assertEquals(firstDeal, customer.getDealId());
        UUID accountId = customer.getAccountId();
        for (UUID deal : List.of(firstDeal, secondDeal)) {
            var lead = DealJourney.call(() -> manager.leads().listLeads(null, null, null, null, deal, null, null, null,
                    null, null, null)).getItems().get(0);
            assertEquals(accountId, lead.getAccountId(), "account of the lead of deal " + deal);
        }
        var account = DealJourney.call(() -> manager.accounts().getAccount(accountId));
        assertEquals("Customer 301 GmbH", account.getName());
        assertEquals("customer301.example", account.getDomain());
        assertEquals(2, account.getPeople().size());
    }

    private static void assertExactlyOneRecordPerDealEverywhere() {
        Api manager = manager();
        for (DealJourney.Outcome deal : outcomes) {
            UUID dealId = UUID.fromString(deal.dealId());
            Map<String, DealJourney.Call<List<?>>> lists = Map.of(
                    "leads", () -> manager.leads().listLeads(null, null, null, null, dealId, null, null, null, null, null, null)
                            .getItems(),
                    "prospects", () -> manager.prospects().listProspects(null, dealId, null, null, null).getItems(),
                    "proposals", () -> manager.proposals().listProposals(null, dealId, null, null).getItems(),
                    "contracts", () -> manager.contracts().listContracts(null, dealId, null, null).getItems(),
                    "orders", () -> manager.orders().listOrders(null, null, dealId, null, null).getItems(),
                    "customers", () -> manager.customers().listCustomers(null, dealId, null, null, null).getItems());
            lists.forEach((records, list) -> assertEquals(1, DealJourney.call(list).size(),
                    records + " of deal " + deal.dealId()));
        }
    }

    @Test
    @Order(5)
    void anErasureRequestForADealThatReachedAnOrderIsConfirmedByAllFiveServices() {
        assertTrue(outcomes.size() == DEALS, "runs after the deals were driven");
        String erased = outcomes.get(0).dealId();
        ErasureJourney erasure = new ErasureJourney(system);
        long started = System.nanoTime();
        var request = erasure.eraseAndAwaitCompletion(erased);
        System.out.printf("erasure confirmed by all five services in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        ErasureJourney.assertAllFiveConfirmed(request);
        erasure.assertPersonGoneEverywhere(erased);
        // Another deal's person is untouched.
        String kept = outcomes.get(1).dealId();
        assertEquals("Buyer 2", erasure.prospectContactName(kept));
    }
}
