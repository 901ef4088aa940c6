package io.salespipeline.proposal.messaging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.salespipeline.platform.privacy.PersonKeyRecord;
import io.salespipeline.platform.privacy.PersonKeys;
import jakarta.inject.Inject;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.ErasureEvents;
import io.salespipeline.infra.testing.SalesManagerTest;
import io.salespipeline.infra.testing.EventSender;
import io.salespipeline.infra.testing.EventTap;
import io.salespipeline.proposal.api.Drafts;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "proposal"))
class ErasureRequestedConsumerTest extends SalesManagerTest {

    @Inject
    PersonKeys personKeys;

    private String draftFor(UUID dealId, String email) {
        try (EventSender sender = new EventSender(kafka())) {
            sender.send("sales.prospect.ready-for-proposal", UUID.randomUUID().toString(),
                    "io.salespipeline.prospect.ProspectReadyForProposal.v1", dealId, """
                    {"prospectId": "0193a200-0000-7000-8000-000000000001", "dealId": "%s",
                     "contact": {"name": "Ada Lovelace", "email": "%s", "company": "Analytical Engines Ltd"},
                     "profile": {"industry": "Manufacturing", "companySize": "200-500", "businessModel": "B2B"},
                     "procurement": {"procedure": "ONE_PAGE_QUOTE"},
                     "applications": [{"applicationId": "0193a200-0000-7000-8000-0000000000a1",
                                       "product": "Pipeline CRM", "problem": "Spreadsheets",
                                       "timeSavingHours": "12.5", "period": "MONTH", "reasoning": "fewer admin hours"}],
                     "readyAt": "2026-11-20T10:00:00Z"}""".formatted(dealId, email));
        }
        return Awaitility.await().atMost(Duration.ofSeconds(90)).until(
                () -> given().queryParam("dealId", dealId.toString()).get("/api/proposals").then().statusCode(200)
                        .extract().<String>path("items[0].id"), id -> id != null);
    }

    @Test
    void anErasureRequestAnonymisesTheCustomerContactByDealAndByAddress() {
        UUID dealId = UUID.randomUUID();
        UUID dealFoundByAddress = UUID.randomUUID();
        String byDeal = draftFor(dealId, "ada@example.com");
        String byAddress = draftFor(dealFoundByAddress, " Ada.Elsewhere@Example.com");
        String untouched = draftFor(UUID.randomUUID(), "someone@example.com");

        UUID erasureId = UUID.randomUUID();
        try (EventTap confirmations = new EventTap(kafka(), ErasureEvents.CONFIRMED)) {
            ErasureEvents.request(kafka(), UUID.randomUUID().toString(), erasureId, "ada.elsewhere@example.com",
                    List.of(dealId));
            JsonPath data = JsonPath.from(ErasureEvents.awaitConfirmation(confirmations, erasureId).value());
            assertEquals("proposal-service", data.getString("service"));
            assertEquals(2, data.getInt("recordsAnonymised"));
        }
        for (String id : List.of(byDeal, byAddress)) {
            given().get("/api/proposals/{id}", id).then().statusCode(200)
                    .body("customer.contactName", equalTo("[erased]")).body("customer.contactEmail", nullValue())
                    .body("customer.company", equalTo("Analytical Engines Ltd")).body("status", equalTo("DRAFT"));
        }
        given().get("/api/proposals/{id}", untouched).then().body("customer.contactName", equalTo("Ada Lovelace"));
    }

    @jakarta.inject.Inject
    jakarta.persistence.EntityManager entityManager;

    @Test
    void theStoredPdfOfASentProposalThatNamedThePersonIsForgotten() {
        UUID dealId = UUID.randomUUID();
        String sent = draftFor(dealId, "grace@example.com");
        Drafts.addLine(sent, "{\"sku\": \"ONBOARD-DAY\", \"quantity\": \"2\", \"taxRatePercent\": \"19\"}");
        given().post("/api/proposals/{id}/sending", sent).then().statusCode(200);
        assertEquals(1L, stored(sent), "stored with the sending");

        UUID erasureId = UUID.randomUUID();
        try (EventTap confirmations = new EventTap(kafka(), ErasureEvents.CONFIRMED)) {
            ErasureEvents.request(kafka(), UUID.randomUUID().toString(), erasureId, "grace@example.com",
                    List.of(dealId));
            ErasureEvents.awaitConfirmation(confirmations, erasureId);
        }
        assertEquals(0L, stored(sent), "the PDF that named the person is gone, not merely outdated");
        given().get("/api/proposals/{id}/document", sent).then().statusCode(200);
        assertEquals(1L, stored(sent), "rendered anew, without the person, on the next GET");
    }

    @jakarta.transaction.Transactional
    long stored(String id) {
        return ((Number) entityManager.createNativeQuery("select count(*) from proposal_document where id = :id")
                .setParameter("id", UUID.fromString(id)).getSingleResult()).longValue();
    }

    @Test
    void anErasureDestroysTheDealsKeyHereAndTellsTheOtherServices() {
        UUID dealId = UUID.randomUUID();
        // The key this service makes when it seals the deal's contact before any other stage's key came.
        UUID keyId = QuarkusTransaction.requiringNew().call(() -> personKeys.forPerson(dealId).orElseThrow().id());
        try (EventTap keys = new EventTap(kafka(), PersonKeyRecord.TOPIC);
                EventTap confirmations = new EventTap(kafka(), ErasureEvents.CONFIRMED)) {
            UUID erasureId = UUID.randomUUID();
            ErasureEvents.request(kafka(), UUID.randomUUID().toString(), erasureId, "nobody@example.com",
                    List.of(dealId));
            ErasureEvents.awaitConfirmation(confirmations, erasureId);
            JsonPath destruction = JsonPath.from(keys.await(e -> e.key().equals(keyId.toString())
                    && JsonPath.from(e.value()).get("wrappedKey") == null, Duration.ofSeconds(30)).value());
            assertEquals(dealId.toString(), destruction.getString("personId"));
            assertNull(destruction.get("wrappedKey"));
        }
        assertInstanceOf(PersonKeys.Destroyed.class, QuarkusTransaction.requiringNew().call(() -> personKeys.byId(keyId)));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> personKeys.forPerson(dealId)).isEmpty(),
                "nothing is sealed for the erased deal's person any more");
    }
}
