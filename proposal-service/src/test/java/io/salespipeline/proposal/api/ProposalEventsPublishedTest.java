package io.salespipeline.proposal.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.EventTap;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.platform.security.Roles;
import io.salespipeline.proposal.api.Drafts.Draft;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sending a proposal and revising it are published once each (sales.proposal.sent,
 * sales.proposal.revised), keyed by the deal; a refused sending or revision publishes nothing.
 */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "proposal"))
class ProposalEventsPublishedTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Duration SETTLE = Duration.ofSeconds(2);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @BeforeEach
    void signIn() {
        Tokens.signIn("max.manager", Roles.SALES_MANAGER);
    }

    @Test
    void sendingAndRevisingArePublishedOnceEachAndRefusalsNotAtAll() {
        Draft draft = Drafts.draft(kafka, "PURCHASE_ORDER");
        Predicate<EventTap.Event> ofDeal = e -> draft.dealId().toString().equals(e.key());
        try (EventTap sent = new EventTap(kafka, "sales.proposal.sent");
                EventTap revised = new EventTap(kafka, "sales.proposal.revised")) {
            given().post("/api/proposals/{id}/sending", draft.id()).then().statusCode(409); // no lines yet
            given().post("/api/proposals/{id}/revisions", draft.id()).then().statusCode(409); // a draft is not revised
            Drafts.addLine(draft.id(),
                    "{\"sku\": \"PIPE-CRM-SEAT\", \"quantity\": \"40\", \"discountPercent\": \"10\", \"taxRatePercent\": \"19\"}");
            given().post("/api/proposals/{id}/sending", draft.id()).then().statusCode(200);
            given().post("/api/proposals/{id}/sending", draft.id()).then().statusCode(409); // sent already

            List<EventTap.Event> sending = sent.awaitAll(ofDeal, TIMEOUT, SETTLE);
            assertEquals(1, sending.size(), "one sending, none for the refused ones: " + sending);
            assertEquals("io.salespipeline.proposal.ProposalSent.v1", sending.get(0).header("ce_type"));
            assertEquals(draft.dealId().toString(), sending.get(0).header("ce_subject"));
            JsonPath data = JsonPath.from(sending.get(0).value());
            assertEquals(draft.id(), data.getString("proposalId"));
            assertEquals(draft.dealId().toString(), data.getString("dealId"));
            assertEquals(1, data.getInt("version"));
            assertEquals("1242.36", data.getString("total.amount"));
            assertEquals("EUR", data.getString("total.currency"));
            assertEquals("max.manager (sales-manager)", data.getString("sentBy"));
            assertFalse(sending.get(0).value().contains("Lovelace"), "no contact: " + sending.get(0).value());
            assertEquals(List.of(), revised.collect(ofDeal, SETTLE)); // the refused revision published nothing

            String v2 = given().post("/api/proposals/{id}/revisions", draft.id()).then().statusCode(201)
                    .extract().path("id");
            given().post("/api/proposals/{id}/revisions", draft.id()).then().statusCode(409); // not the latest
            List<EventTap.Event> revision = revised.awaitAll(ofDeal, TIMEOUT, SETTLE);
            assertEquals(1, revision.size(), "one revision, none for the refused one: " + revision);
            assertEquals("io.salespipeline.proposal.ProposalRevised.v1", revision.get(0).header("ce_type"));
            JsonPath next = JsonPath.from(revision.get(0).value());
            assertEquals(v2, next.getString("proposalId"));
            assertEquals(2, next.getInt("version"));
            assertEquals(draft.id(), next.getString("revisedFromId"));
            assertEquals("max.manager (sales-manager)", next.getString("revisedBy"));
            assertEquals(1, sent.collect(ofDeal, Duration.ZERO).size());
        }
    }
}
