package io.salespipeline.contract.messaging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.restassured.path.json.JsonPath;
import io.salespipeline.contract.api.AcceptedProposals;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.EventTap;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.platform.security.Roles;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The deal's ownership arrives with ProposalAccepted and leaves with DealClosed and DealLost. */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "contract"))
class ContractOwnershipEventsTest {

    private static final Header SUE = Tokens.as("sue.seller", Roles.SELLER);
    private static final Header SID = Tokens.as("sid.seller", Roles.SELLER);
    private static final Header OTTO = Tokens.as("otto.seller", Roles.SELLER);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    // The deal's owner works it.
    @BeforeEach
    void signIn() {
        Tokens.signIn("sam.seller", Roles.SELLER);
    }

    @Test
    void ownerAndSharedWithAreCopiedFromProposalAccepted() {
        UUID dealId = UUID.randomUUID();
        String id = AcceptedProposals.ownedContractFor(kafka, dealId, "sam.seller", "sue.seller", "sid.seller");
        given().get("/api/contracts/{id}", id).then().statusCode(200)
                .body("owner", equalTo("sam.seller")).body("sharedWith", equalTo(List.of("sid.seller", "sue.seller")));
        given().header(SUE).get("/api/contracts/{id}", id).then().statusCode(200);
        given().header(SID).queryParam("dealId", dealId.toString()).get("/api/contracts").then()
                .body("items.id", equalTo(List.of(id)));
        given().header(OTTO).get("/api/contracts/{id}", id).then().statusCode(404);
    }

    @Test
    void anEventWithoutOwnershipMakesAnUnassignedContract() {
        // As proposal-service published ProposalAccepted before ownership existed.
        String id = AcceptedProposals.contractFor(kafka, UUID.randomUUID(), UUID.randomUUID().toString());
        given().header(Tokens.as("max.manager", Roles.SALES_MANAGER)).get("/api/contracts/{id}", id).then()
                .statusCode(200).body("owner", nullValue()).body("sharedWith", empty());
        given().get("/api/contracts/{id}", id).then().statusCode(404);
    }

    @Test
    void dealClosedCarriesTheOwnership() throws Exception {
        UUID dealId = UUID.randomUUID();
        String id = AcceptedProposals.ownedContractFor(kafka, dealId, "sam.seller", "sue.seller");
        given().post("/api/contracts/{id}/sending", id).then().statusCode(200);
        String hash = AcceptedProposals.sha256(AcceptedProposals.document(id));
        try (EventTap closed = new EventTap(kafka, "sales.deal.closed")) {
            AcceptedProposals.sign(id, "SELLER", hash);
            AcceptedProposals.sign(id, "CUSTOMER", hash);
            given().contentType(ContentType.JSON).body("{\"poNumber\": \"PO-OWNED\"}")
                    .post("/api/contracts/{id}/first-order", id).then().statusCode(200)
                    .body("closedAt", org.hamcrest.Matchers.notNullValue());
            JsonPath data = JsonPath.from(closed.await(e -> dealId.toString().equals(e.key()),
                    Duration.ofSeconds(30)).value());
            assertEquals(id, data.getString("contractId"));
            assertEquals("sam.seller", data.getString("owner"));
            assertEquals(List.of("sue.seller"), data.getList("sharedWith"));
        }
    }

    @Test
    void dealLostCarriesTheOwnership() {
        UUID dealId = UUID.randomUUID();
        String id = AcceptedProposals.ownedContractFor(kafka, dealId, "sam.seller");
        given().post("/api/contracts/{id}/sending", id).then().statusCode(200);
        try (EventTap lost = new EventTap(kafka, "sales.deal.lost")) {
            given().contentType(ContentType.JSON).body("{\"reason\": \"No budget\"}")
                    .post("/api/contracts/{id}/decline", id).then().statusCode(200);
            JsonPath data = JsonPath.from(lost.await(e -> dealId.toString().equals(e.key()),
                    Duration.ofSeconds(30)).value());
            assertEquals("CONTRACT", data.getString("stage"));
            assertEquals("sam.seller", data.getString("owner"));
            assertEquals(List.of(), data.getList("sharedWith"));
        }
    }
}
