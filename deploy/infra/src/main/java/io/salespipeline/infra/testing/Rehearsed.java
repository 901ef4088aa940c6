package io.salespipeline.infra.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.ToIntBiFunction;
import org.awaitility.Awaitility;

/** Test helper: the hand-off a service rehearses at start (the platform's {@code rehearsal}). */
public final class Rehearsed {

    private Rehearsed() {
    }

    /** Waits until the service is ready; then its readiness must say the hand-off of {@code topic} was rehearsed. */
    public static void atStart(String topic) {
        // A liveness bound, generous: the rehearsals and the consumers' joins take seconds at most.
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().get("/q/health/ready").statusCode() == 200);
        JsonPath ready = given().get("/q/health/ready").then().statusCode(200).extract().jsonPath();
        String outcome = ready.getString("checks.find { it.name == 'hand-off rehearsals' }.data.'" + topic + "'");
        assertTrue(outcome != null && outcome.startsWith("rehearsed in "), ready.prettify());
    }

    /**
     * A rehearsal for a fresh deal ({@code rehearse}: the outcome for a deal id) must succeed and leave
     * no row of the deal, neither the stage's record ({@code recordTable}) nor an outbox row;
     * {@code rowsOfDeal} counts a table's rows of a deal.
     */
    public static void leavesNothing(Function<UUID, String> rehearse, String recordTable,
            ToIntBiFunction<String, UUID> rowsOfDeal) {
        UUID dealId = UUID.randomUUID();
        String outcome = rehearse.apply(dealId);
        assertTrue(outcome.startsWith("rehearsed in "), outcome);
        assertEquals(0, rowsOfDeal.applyAsInt(recordTable, dealId), recordTable + " rows of the rehearsed deal");
        assertEquals(0, rowsOfDeal.applyAsInt("outbox_message", dealId), "outbox rows of the rehearsed deal");
    }
}
