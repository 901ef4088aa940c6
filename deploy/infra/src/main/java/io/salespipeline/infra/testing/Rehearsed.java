package io.salespipeline.infra.testing;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import org.awaitility.Awaitility;

/** Test helper: what a service's readiness says of the hand-off it rehearsed at start. */
public final class Rehearsed {

    private Rehearsed() {
    }

    /** Waits until the service is ready; then the outcome of the rehearsal of {@code topic} ("rehearsed in N ms" or why not). */
    public static String atStart(String topic) {
        // A liveness bound, generous: the rehearsals and the consumers' joins take seconds at most.
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().get("/q/health/ready").statusCode() == 200);
        JsonPath ready = given().get("/q/health/ready").then().statusCode(200).extract().jsonPath();
        return ready.getString("checks.find { it.name == 'hand-off rehearsals' }.data.'" + topic + "'");
    }
}
