package io.salespipeline.prospect.messaging;

import static io.restassured.RestAssured.given;
import static io.salespipeline.prospect.LeadQualifiedFixture.leadQualified;
import static io.salespipeline.prospect.LeadQualifiedFixture.prospectIds;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.ErasureEvents;
import io.salespipeline.infra.testing.SalesManagerTest;
import io.salespipeline.infra.testing.EventSender;
import io.salespipeline.infra.testing.EventTap;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "prospect"))
class ErasureRequestedConsumerTest extends SalesManagerTest {

    /** Opens a prospect; the first hand-off after start-up may wait for the consumer group on a busy machine. */
    private static String openProspect(EventSender sender, UUID dealId) {
        sender.send("sales.lead.qualified", UUID.randomUUID().toString(), "io.salespipeline.lead.LeadQualified.v1",
                dealId, leadQualified(dealId, "Grace Hopper"));
        return Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                .until(() -> prospectIds(dealId), ids -> !ids.isEmpty()).get(0);
    }

    @Test
    void anErasureRequestAnonymisesTheContactAndTheSamePersonAsDecisionMakerAndIsConfirmedOnce() {
        UUID dealId = UUID.randomUUID();
        UUID otherDeal = UUID.randomUUID();
        String id;
        String other;
        try (EventSender sender = new EventSender(kafka())) {
            id = openProspect(sender, dealId);
            other = openProspect(sender, otherDeal);
        }
        given().contentType(ContentType.JSON).body("""
                {"industry": "Manufacturing", "companySize": "200-500", "businessModel": "B2B components",
                 "decisionMakers": [{"name": "grace hopper ", "role": "CTO", "influence": "HIGH"},
                                    {"name": "Jane Roe", "role": "CFO", "influence": "MEDIUM"}],
                 "procurement": {"procedure": "PURCHASE_ORDER", "notes": "PO above 10k"}}""")
                .put("/api/prospects/{id}/profile", id).then().statusCode(200);

        UUID erasureId = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        try (EventTap confirmations = new EventTap(kafka(), ErasureEvents.CONFIRMED)) {
            ErasureEvents.request(kafka(), eventId, erasureId, "nobody-else@example.com", List.of(dealId));
            EventTap.Event confirmed = ErasureEvents.awaitConfirmation(confirmations, erasureId);
            assertEquals("io.salespipeline.privacy.ErasureConfirmed.v1", confirmed.header("ce_type"));
            assertEquals(erasureId.toString(), confirmed.header("ce_subject"));
            JsonPath data = JsonPath.from(confirmed.value());
            assertEquals(erasureId.toString(), data.getString("erasureId"));
            assertEquals("prospect-service", data.getString("service"));
            assertEquals(1, data.getInt("recordsAnonymised"));

            // The same event again: the inbox drops it. A later event with the same key (same
            // partition, so consumed after the repeat) finds nothing left to anonymise.
            ErasureEvents.request(kafka(), eventId, erasureId, "nobody-else@example.com", List.of(dealId));
            ErasureEvents.request(kafka(), UUID.randomUUID().toString(), erasureId, "nobody-else@example.com",
                    List.of(dealId));
            confirmations.await(e -> erasureId.toString().equals(e.key())
                    && JsonPath.from(e.value()).getInt("recordsAnonymised") == 0, Duration.ofSeconds(90));
            long confirmedCount = confirmations.collect(Duration.ofSeconds(1)).stream()
                    .filter(e -> erasureId.toString().equals(e.key())).count();
            assertEquals(2, confirmedCount, "the repeat was not confirmed again");
        }

        given().get("/api/prospects/{id}", id).then().statusCode(200)
                .body("contact.name", equalTo("[erased]")).body("contact.email", nullValue())
                .body("contact.phone", nullValue()).body("contact.jobTitle", nullValue())
                .body("contact.company", equalTo("Navy Labs")).body("status", equalTo("ORIENTATION"))
                .body("dealId", equalTo(dealId.toString()))
                .body("profile.decisionMakers[0].name", equalTo("[erased]"))
                .body("profile.decisionMakers[0].role", equalTo("CTO"))
                .body("profile.decisionMakers[1].name", equalTo("Jane Roe"));
        given().get("/api/prospects/{id}", other).then().body("contact.name", equalTo("Grace Hopper"))
                .body("contact.email", equalTo("grace@example.com"));
    }

    @Test
    void aRequestThatReachesNoRecordHereIsStillConfirmedWithZero() {
        UUID erasureId = UUID.randomUUID();
        try (EventTap confirmations = new EventTap(kafka(), ErasureEvents.CONFIRMED)) {
            ErasureEvents.request(kafka(), UUID.randomUUID().toString(), erasureId, null, List.of());
            JsonPath data = JsonPath.from(ErasureEvents.awaitConfirmation(confirmations, erasureId).value());
            assertEquals(0, data.getInt("recordsAnonymised"));
        }
    }
}
