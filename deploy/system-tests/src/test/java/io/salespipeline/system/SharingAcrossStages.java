package io.salespipeline.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.salespipeline.infra.testing.Tokens;
import java.time.Duration;
import java.util.Map;

/**
 * Who works a deal, across the running services: the lead's owner shares it with another seller
 * at lead-service, and that seller sees the deal's prospect, proposal and contract; un-shared at
 * lead-service, the seller sees none of them any more (404, as for a missing record).
 */
final class SharingAcrossStages {

    private static final Duration TRAVEL = Duration.ofSeconds(90);
    private static final Header OWNER = Tokens.as("sam.seller", "seller");
    private static final Header OTHER = Tokens.as("sue.seller", "seller");
    private static final Map<String, String> LATER_STAGES = Map.of(
            "prospect", "/api/prospects", "proposal", "/api/proposals", "contract", "/api/contracts");

    private final SalesSystem system;

    SharingAcrossStages(SalesSystem system) {
        this.system = system;
    }

    /** {@code dealId}: a deal the owner drove from lead to order. */
    void run(String dealId) {
        String lead = given().baseUri(system.uri("lead")).header(OWNER).queryParam("dealId", dealId)
                .get("/api/leads").then().statusCode(200).extract().path("items[0].id");
        Map<String, String> records = new java.util.HashMap<>();
        LATER_STAGES.forEach((service, path) -> records.put(service, given().baseUri(system.uri(service)).header(OWNER)
                .queryParam("dealId", dealId).get(path).then().statusCode(200).extract().path("items[0].id")));

        share(lead, "[\"sue.seller\"]");
        LATER_STAGES.forEach((service, path) -> awaitStatus(service, path, records.get(service), 200));

        share(lead, "[]");
        LATER_STAGES.forEach((service, path) -> awaitStatus(service, path, records.get(service), 404));
        LATER_STAGES.forEach((service, path) -> given().baseUri(system.uri(service)).header(OWNER)
                .get(path + "/{id}", records.get(service)).then().statusCode(200));
    }

    private void share(String lead, String subjects) {
        given().baseUri(system.uri("lead")).header(OWNER).contentType(ContentType.JSON)
                .body("{\"sharedWith\": " + subjects + "}").put("/api/leads/{id}/sharing", lead)
                .then().statusCode(200);
    }

    private void awaitStatus(String service, String path, String id, int status) {
        await().atMost(TRAVEL).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> given()
                .baseUri(system.uri(service)).header(OTHER).get(path + "/{id}", id).then().statusCode(status));
    }
}
