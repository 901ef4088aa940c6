package io.salespipeline.prospect.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.DealAccessTest;
import io.salespipeline.infra.testing.EventSender;
import io.salespipeline.prospect.LeadQualifiedFixture;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who works the deal follows every other stage (sales.deal.access-changed), and a change here is published. */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "prospect"))
class ProspectAccessChangesTest extends DealAccessTest {

    ProspectAccessChangesTest() {
        super("PROSPECT", "/api/prospects/{id}");
    }

    @Inject
    EntityManager entityManager;

    private String openProspect(UUID dealId) {
        try (EventSender sender = new EventSender(kafka())) {
            return LeadQualifiedFixture.openProspect(sender, dealId);
        }
    }

    @Test
    void aChangeAtTheLeadReachesTheProspectAndAnOlderOneIsIgnored() {
        UUID dealId = UUID.randomUUID();
        checks().followsOtherStages(openProspect(dealId), dealId, "LEAD");
    }

    @Test
    void aChangeAtALaterStageReachesTheProspectToo() {
        UUID dealId = UUID.randomUUID();
        checks().followsOtherStages(openProspect(dealId), dealId, "CONTRACT");
    }

    @Test
    void aChangeThatArrivesBeforeTheProspectIsTakenByTheProspectTheHandOffOpens() {
        UUID dealId = UUID.randomUUID();
        checks().send(dealId, "LEAD", "olga.seller", Instant.now(), "sid.seller");
        await().atMost(Duration.ofSeconds(60)).until(() -> QuarkusTransaction.requiringNew().call(
                () -> ((Number) entityManager.createNativeQuery("select count(*) from deal_access where deal_id = :deal")
                        .setParameter("deal", dealId).getSingleResult()).intValue()) == 1);

        String id = openProspect(dealId); // the qualification handed on no owner and no sharing

        given().get("/api/prospects/{id}", id).then().statusCode(200).body("owner", equalTo("olga.seller"))
                .body("sharedWith", equalTo(List.of("sid.seller")));
    }

    @Test
    void reOwningAndReSharingTheProspectArePublished() {
        UUID dealId = UUID.randomUUID();
        checks().publishesItsOwnChanges(openProspect(dealId), dealId);
    }

    @Test
    void badOwnershipBodiesAreRefusedAndChangeNothing() {
        checks().refusesBadOwnershipBodies(openProspect(UUID.randomUUID()));
    }
}
