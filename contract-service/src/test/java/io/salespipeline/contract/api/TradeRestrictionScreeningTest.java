package io.salespipeline.contract.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.EventSender;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.platform.security.Roles;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The lists lead-service publishes are checked again before a contract is sent; a blocked sending changes nothing. */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "contract"))
class TradeRestrictionScreeningTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @BeforeEach
    void signIn() {
        Tokens.signIn("max.manager", Roles.SALES_MANAGER);
    }

    /** Publishes the lists as lead-service does and waits until this service holds that revision. */
    private void publishLists(long revision, String countries, String parties) {
        String data = """
                {"revision": %d, "restrictedCountries": [%s], "deniedParties": [%s], "changedBy": "ada.admin (admin)",
                 "changedAt": "%s", "someFutureField": 1}""".formatted(revision, countries, parties, Instant.now());
        ProducerRecord<String, String> record = new ProducerRecord<>("sales.trade-restrictions.changed",
                "trade-restrictions", data);
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", UUID.randomUUID().toString());
        header(record, "ce_type", "io.salespipeline.lead.TradeRestrictionsChanged.v1");
        header(record, "ce_source", "/lead-service");
        header(record, "ce_subject", "trade-restrictions");
        header(record, "ce_time", Instant.now().toString());
        header(record, "content-type", "application/json");
        try (EventSender sender = new EventSender(kafka)) {
            sender.sendRaw(record);
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> given()
                .get("/api/trade-restrictions").then().statusCode(200).extract().jsonPath().getLong("revision") == revision);
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aDeniedPartyCannotBeSentAContractAndManagersSeeWhy() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        UUID dealId = UUID.randomUUID();
        String id = AcceptedProposals.contractFor(kafka, dealId, UUID.randomUUID().toString(), "Denied Corp " + run);
        long revision = System.currentTimeMillis();
        publishLists(revision, "\"KP\"", "{\"name\": \"denied corp " + run + "\"}");

        given().post("/api/contracts/{id}/sending", id).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://salespipeline.io/problems/trade-restricted"))
                .body("dealId", equalTo(dealId.toString()))
                .body("reasons", hasItem(containsString(run)));
        given().get("/api/contracts/{id}", id).then().statusCode(200).body("status", equalTo("DRAFT"));
        given().queryParam("limit", "200").get("/api/blocked-deals").then().statusCode(200)
                .body("items.findAll { it.recordId == '" + id + "' }.stage", equalTo(List.of("CONTRACT")))
                .body("items.find { it.recordId == '" + id + "' }.dealId", equalTo(dealId.toString()))
                .body("items.find { it.recordId == '" + id + "' }.reasons[0]", containsString("denied-party"));

        // Lifted lists: the contract goes out.
        publishLists(revision + 1, "", "");
        given().post("/api/contracts/{id}/sending", id).then().statusCode(200)
                .body("status", equalTo("SENT_FOR_SIGNATURE"));
    }

    @Test
    void aCountryRestrictedAfterQualificationStopsTheContractOfTheAcceptedProposalNamingIt() {
        UUID dealId = UUID.randomUUID();
        // The country as proposal-service hands it on with the accepted proposal's customer.
        String id = AcceptedProposals.publishAndAwait(kafka, dealId, UUID.randomUUID().toString(),
                AcceptedProposals.ACCEPTED.formatted(UUID.randomUUID(), dealId)
                        .replace("\"contactEmail\": \"ada@customer.example\"",
                                "\"contactEmail\": \"ada@customer.example\", \"country\": \"IR\""),
                AcceptedProposals.WAIT);
        given().get("/api/contracts/{id}", id).then().statusCode(200).body("customer.country", equalTo("IR"));
        long revision = System.currentTimeMillis();
        publishLists(revision, "\"IR\"", "");

        given().post("/api/contracts/{id}/sending", id).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://salespipeline.io/problems/trade-restricted"))
                .body("reasons", hasItem(containsString("IR")));
        given().get("/api/contracts/{id}", id).then().statusCode(200).body("status", equalTo("DRAFT"));
        given().queryParam("limit", "200").get("/api/blocked-deals").then().statusCode(200)
                .body("items.findAll { it.recordId == '" + id + "' }.stage", equalTo(List.of("CONTRACT")))
                .body("items.find { it.recordId == '" + id + "' }.country", equalTo("IR"));

        publishLists(revision + 1, "", "");
        given().post("/api/contracts/{id}/sending", id).then().statusCode(200)
                .body("status", equalTo("SENT_FOR_SIGNATURE"));
    }
}
