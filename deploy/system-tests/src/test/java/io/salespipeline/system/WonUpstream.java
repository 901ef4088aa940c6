package io.salespipeline.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * A closed deal is known upstream: the lead and the prospect that started it show WON with the
 * contract's closing time and the first order's total, and their stages' funnels count it.
 */
final class WonUpstream {

    private static final Duration HAND_OFF = Duration.ofSeconds(90);

    private final SalesSystem system;

    WonUpstream(SalesSystem system) {
        this.system = system;
    }

    /** The deal's lead and prospect are WON, with what the contract and the order say. */
    void assertWon(DealJourney.Outcome deal, JsonPath order) {
        String closedAt = DealJourney.awaitOne(system.uri("contract"), "/api/contracts", deal.dealId())
                .getString("closedAt");
        for (String[] stage : new String[][] {{"lead", "/api/leads"}, {"prospect", "/api/prospects"}}) {
            JsonPath record = await().atMost(HAND_OFF).pollInterval(Duration.ofMillis(250)).until(
                    () -> DealJourney.awaitOne(system.uri(stage[0]), stage[1], deal.dealId()),
                    found -> "WON".equals(found.getString("status")));
            assertEquals(Instant.parse(closedAt), Instant.parse(record.getString("dealWon.closedAt")),
                    stage[0] + " closedAt of deal " + deal.dealId());
            assertEquals(0, new BigDecimal(order.getString("totals.total.amount"))
                    .compareTo(new BigDecimal(record.getString("dealWon.value.amount"))),
                    stage[0] + " value of deal " + deal.dealId());
            assertEquals(order.getString("totals.total.currency"), record.getString("dealWon.value.currency"));
        }
    }

    /** Of the leads and prospects that entered their stage in [from, to), {@code won} closed since. */
    void assertFunnelCounts(Instant from, Instant to, long won) {
        for (String service : new String[] {"lead", "prospect"}) {
            assertEquals(won, given().baseUri(system.uri(service)).queryParam("from", from.toString())
                    .queryParam("to", to.toString()).get("/api/stage-metrics").then().statusCode(200)
                    .extract().jsonPath().getLong("won"), service + " won");
        }
    }
}
