package io.salespipeline.prospect.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.EventSender;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.platform.security.Roles;
import io.salespipeline.prospect.LeadQualifiedFixture;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The deal's owner travels on LeadQualified; a seller sees only their own prospects (BOLA: 404 otherwise). */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "prospect"))
class ProspectOwnershipTest {

    private static final Header SAM = Tokens.as("sam.seller", Roles.SELLER);
    private static final Header SUE = Tokens.as("sue.seller", Roles.SELLER);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @BeforeEach
    void managerLooksFirst() {
        Tokens.signIn("max.manager", Roles.SALES_MANAGER);
    }

    private String prospectOf(UUID dealId, String ownerJson) {
        String data = LeadQualifiedFixture.leadQualified(dealId, "Owned Deal")
                .replace("\"someFutureField\"", ownerJson + "\"someFutureField\"");
        try (EventSender sender = new EventSender(kafka)) {
            sender.send(LeadQualifiedFixture.TOPIC, UUID.randomUUID().toString(), LeadQualifiedFixture.TYPE, dealId, data);
        }
        return LeadQualifiedFixture.awaitProspectIds(dealId).get(0);
    }

    @Test
    void theOwnerOfTheLeadOwnsTheProspectAndAnotherSellerGets404() {
        UUID dealId = UUID.randomUUID();
        String id = prospectOf(dealId, "\"owner\": \"sam.seller\", ");
        given().header(SAM).get("/api/prospects/{id}", id).then().statusCode(200).body("owner", equalTo("sam.seller"));
        given().header(SAM).queryParam("dealId", dealId.toString()).get("/api/prospects").then().body("items", hasSize(1));

        given().header(SUE).get("/api/prospects/{id}", id).then().statusCode(404).contentType("application/problem+json");
        given().header(SUE).get("/api/prospects/{id}/interactions", id).then().statusCode(404);
        given().header(SUE).contentType(ContentType.JSON).body("{\"reason\": \"not mine\"}")
                .post("/api/prospects/{id}/loss", id).then().statusCode(404);
        given().header(SUE).queryParam("dealId", dealId.toString()).get("/api/prospects").then().body("items", hasSize(0));
    }

    @Test
    void anEventWithoutOwnerMakesAProspectOnlyManagersSee() {
        UUID dealId = UUID.randomUUID();
        String id = prospectOf(dealId, "");
        given().get("/api/prospects/{id}", id).then().statusCode(200).body("owner", nullValue());
        Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                given().header(SAM).get("/api/prospects/{id}", id).then().statusCode(404));
    }
}
