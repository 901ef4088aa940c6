package io.salespipeline.prospect.messaging;

import static io.restassured.RestAssured.given;
import static io.salespipeline.prospect.LeadQualifiedFixture.TOPIC;
import static io.salespipeline.prospect.LeadQualifiedFixture.TYPE;
import static io.salespipeline.prospect.LeadQualifiedFixture.awaitProspectIds;
import static io.salespipeline.prospect.LeadQualifiedFixture.leadQualified;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.EventSender;
import io.salespipeline.infra.testing.SalesManagerTest;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** A deal that follows an earlier one of the same lead copies the earlier prospect's profile forward. */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "prospect"))
class FollowingDealTest extends SalesManagerTest {

    private static final String PROFILE = """
            {"industry": "Manufacturing", "companySize": "200-500", "businessModel": "B2B components",
             "cultureNotes": "Consensus-driven",
             "decisionMakers": [{"name": "Jane Roe", "role": "CFO", "influence": "HIGH"}],
             "procurement": {"procedure": "PURCHASE_ORDER", "notes": "PO above 10k"}}""";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    private static String following(UUID dealId, UUID previous) {
        return leadQualified(dealId, "Grace Hopper").replace("\"qualifiedAt\"",
                (previous == null ? "" : "\"previousDealId\": \"" + previous + "\", ") + "\"qualifiedAt\"");
    }

    @Test
    void aNewDealOfTheSameLeadStartsInOrientationWithThePreviousProfileAndProcurement() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        try (EventSender sender = new EventSender(kafka)) {
            sender.send(TOPIC, UUID.randomUUID().toString(), TYPE, first, leadQualified(first, "Grace Hopper"));
            String earlier = awaitProspectIds(first).get(0);
            given().contentType(ContentType.JSON).body(PROFILE).put("/api/prospects/{id}/profile", earlier).then()
                    .statusCode(200);
            sender.send(TOPIC, UUID.randomUUID().toString(), TYPE, second, following(second, first));
        }
        String id = awaitProspectIds(second).get(0);
        given().get("/api/prospects/{id}", id).then().statusCode(200)
                .body("status", equalTo("ORIENTATION")).body("previousDealId", equalTo(first.toString()))
                .body("profile.industry", equalTo("Manufacturing"))
                .body("profile.decisionMakers[0].name", equalTo("Jane Roe"))
                .body("procurement.procedure", equalTo("PURCHASE_ORDER"));
    }

    @Test
    void aPreviousDealNotKnownHereOrWithoutAProfileCopiesNothing() {
        UUID unknown = UUID.randomUUID();
        UUID dealId = UUID.randomUUID();
        try (EventSender sender = new EventSender(kafka)) {
            sender.send(TOPIC, UUID.randomUUID().toString(), TYPE, dealId, following(dealId, unknown));
        }
        given().get("/api/prospects/{id}", awaitProspectIds(dealId).get(0)).then().statusCode(200)
                .body("status", equalTo("RAPPORT")).body("previousDealId", equalTo(unknown.toString()))
                .body("profile", nullValue());
    }
}
