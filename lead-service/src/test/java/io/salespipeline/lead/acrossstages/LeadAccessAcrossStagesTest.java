package io.salespipeline.lead.acrossstages;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.DealAccessChecks;
import io.salespipeline.infra.testing.DealAccessTest;
import io.salespipeline.infra.testing.EventTap;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who works the deal: the lead follows the later stages (sales.deal.access-changed), and a change here is published. */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "lead"))
class LeadAccessAcrossStagesTest extends DealAccessTest {

    LeadAccessAcrossStagesTest() {
        super("LEAD", "/api/leads/{id}");
    }

    @Test
    void aChangeAtALaterStageReachesTheLeadAndAnOlderOneIsIgnored() {
        String id = Leads.create("access-followed@example.com");
        String dealId = Leads.qualify(id);
        checks().followsOtherStages(id, UUID.fromString(dealId), "PROPOSAL");
    }

    @Test
    void reOwningAndReSharingAQualifiedLeadArePublished() {
        String id = Leads.create("access-published@example.com");
        String dealId = Leads.qualify(id);
        checks().publishesItsOwnChanges(id, UUID.fromString(dealId));
    }

    @Test
    void aLeadWithoutADealHasNoLaterStageToTell() {
        String unqualified = Leads.create("access-no-deal@example.com");
        String qualified = Leads.create("access-marker@example.com");
        String dealId = Leads.qualify(qualified);
        try (EventTap tap = new EventTap(kafka(), DealAccessChecks.TOPIC)) {
            given().contentType(ContentType.JSON).body("{\"sharedWith\": [\"nia.seller\"]}")
                    .put("/api/leads/{id}/sharing", unqualified).then().statusCode(200);
            given().contentType(ContentType.JSON).body("{\"sharedWith\": [\"mo.seller\"]}")
                    .put("/api/leads/{id}/sharing", qualified).then().statusCode(200);
            // Published after the first change, in the same relay order: once it is here, the first would be too.
            tap.await(event -> dealId.equals(event.key()) && event.value().contains("mo.seller"), Duration.ofSeconds(60));
            assertTrue(tap.collect(Duration.ofMillis(500)).stream().noneMatch(event -> event.value().contains("nia.seller")));
        }
    }

    @Test
    void badOwnershipBodiesAreRefusedAndChangeNothing() {
        checks().refusesBadOwnershipBodies(Leads.create("access-bodies@example.com"));
    }
}
