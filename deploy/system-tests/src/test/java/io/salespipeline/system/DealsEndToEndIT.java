package io.salespipeline.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.salespipeline.infra.testing.Tokens;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * All five services as separate processes on a real broker and database: 20 deals driven
 * concurrently from lead to order (their leads and prospects then WON), then every hand-off event
 * replayed, and nothing duplicated; last, one deal that meets each of the sales team's controls.
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
        Tokens.signIn("max.manager", "sales-manager");
        for (DealJourney.Outcome deal : outcomes) {
            JsonPath order = DealJourney.awaitOne(system.uri("fulfillment"), "/api/orders", deal.dealId());
            assertEquals(deal.dealId(), order.getString("dealId"));
            assertEquals(0, deal.acceptedTotal().compareTo(new BigDecimal(order.getString("totals.total.amount"))),
                    "order total of deal " + deal.dealId());
            assertEquals(deal.currency(), order.getString("totals.total.currency"));
            assertEquals("RECEIVED", order.getString("status"));
            JsonPath customer = DealJourney.awaitOne(system.uri("fulfillment"), "/api/customers", deal.dealId());
            assertEquals(order.getString("customerId"), customer.getString("id"));
            won.assertWon(deal, order);
        }
        won.assertFunnelCounts(from, Instant.now().plusSeconds(1), DEALS);
        assertEquals(DEALS, outcomes.stream().map(DealJourney.Outcome::dealId).distinct().count());
        System.out.printf("%d deals from lead to order in %d ms%n", DEALS, (System.nanoTime() - started) / 1_000_000);
        assertExactlyOneRecordPerDealEverywhere();
        assertTheDealIsTheSellersAtEveryStage(outcomes.get(0).dealId());
    }

    /** The seller who took the lead owns the deal at every stage; another seller sees none of it. */
    private static void assertTheDealIsTheSellersAtEveryStage(String dealId) {
        for (String[] stage : new String[][] {{"lead", "/api/leads"}, {"prospect", "/api/prospects"},
                {"proposal", "/api/proposals"}, {"contract", "/api/contracts"}}) {
            JsonPath own = given().baseUri(system.uri(stage[0])).header(Tokens.as("sam.seller", "seller"))
                    .queryParam("dealId", dealId).get(stage[1]).then().statusCode(200).extract().jsonPath();
            assertEquals(1, own.getList("items").size(), stage[0]);
            assertEquals("sam.seller", own.getString("items[0].owner"), stage[0]);
            String id = own.getString("items[0].id");
            given().baseUri(system.uri(stage[0])).header(Tokens.as("sue.seller", "seller"))
                    .queryParam("dealId", dealId).get(stage[1]).then().statusCode(200)
                    .body("items", org.hamcrest.Matchers.empty());
            given().baseUri(system.uri(stage[0])).header(Tokens.as("sue.seller", "seller"))
                    .get(stage[1] + "/{id}", id).then().statusCode(404);
        }
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
        int orders = given().baseUri(system.uri("fulfillment")).queryParam("limit", "500").get("/api/orders")
                .then().statusCode(200).extract().jsonPath().getList("items").size();
        assertEquals(DEALS, orders);
    }

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
    @Order(5)
    void oneDealMeetsEveryControlOfTheSalesTeamRoutingTradeRestrictionsDollarPricesAndDiscountApproval() {
        // Alone: the trade restriction lists it changes apply to every deal while they stand.
        new ControlledDeal(system).run();
    }

    private static void assertExactlyOneRecordPerDealEverywhere() {
        Map<String, String> lists = Map.of(
                "lead", "/api/leads", "prospect", "/api/prospects", "proposal", "/api/proposals",
                "contract", "/api/contracts", "fulfillment", "/api/orders");
        for (DealJourney.Outcome deal : outcomes) {
            lists.forEach((service, path) -> assertEquals(1, count(service, path, deal.dealId()),
                    path + " of deal " + deal.dealId()));
            assertEquals(1, count("fulfillment", "/api/customers", deal.dealId()), "customers of " + deal.dealId());
        }
    }

    private static int count(String service, String path, String dealId) {
        return given().baseUri(system.uri(service)).queryParam("dealId", dealId).get(path)
                .then().statusCode(200).extract().jsonPath().getList("items").size();
    }

    @Test
    @Order(3)
    void anErasureRequestForADealThatReachedAnOrderIsConfirmedByAllFiveServices() {
        assertTrue(outcomes.size() == DEALS, "runs after the deals were driven");
        String erased = outcomes.get(0).dealId();
        ErasureJourney erasure = new ErasureJourney(system);
        long started = System.nanoTime();
        JsonPath request = erasure.eraseAndAwaitCompletion(erased);
        System.out.printf("erasure confirmed by all five services in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        ErasureJourney.assertAllFiveConfirmed(request);
        erasure.assertPersonGoneEverywhere(erased);
        // Another deal's person is untouched.
        String kept = outcomes.get(1).dealId();
        assertEquals("Buyer 2", DealJourney.awaitOne(system.uri("prospect"), "/api/prospects", kept)
                .getString("contact.name"));
    }
}
