package io.salespipeline.proposal.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeEach;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.platform.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.EventTap;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "proposal"))
class ProposalIntakeTest {

    // A sales manager sees every draft the consumer made.
    @BeforeEach
    void signIn() {
        Tokens.signIn("max.manager", Roles.SALES_MANAGER);
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Inject
    EntityManager entityManager;

    @Test
    void aProspectReadyForProposalBecomesADraftPrefilledFromTheHandOver() {
        UUID dealId = UUID.randomUUID();
        String validUntilIfToday = LocalDate.now(ZoneOffset.UTC).plusDays(30).toString();
        Drafts.send(kafka, UUID.randomUUID().toString(), dealId,
                Drafts.readyForProposal(dealId, "Analytical Engines Ltd", "FORMAL_RFP"));
        String id = Drafts.awaitProposalOf(dealId);
        String validUntilIfLater = LocalDate.now(ZoneOffset.UTC).plusDays(30).toString();

        given().get("/api/proposals/{id}", id)
                .then().statusCode(200)
                .body("dealId", equalTo(dealId.toString()))
                .body("prospectId", equalTo("0193a200-0000-7000-8000-000000000001"))
                .body("status", equalTo("DRAFT"))
                .body("version", equalTo(1))
                .body("customer.company", equalTo("Analytical Engines Ltd"))
                .body("customer.contactName", equalTo("Ada Lovelace"))
                .body("customer.contactEmail", equalTo("ada@example.com"))
                .body("procurement.procedure", equalTo("FORMAL_RFP"))
                .body("procurement.notes", equalTo("Three quotes for purchases over 10k"))
                .body("format", equalTo("FORMAL_PROPOSAL"))
                .body("applications", hasSize(1))
                .body("applications[0].problem", equalTo("Leads lost in spreadsheets"))
                .body("applications[0].costSaving.amount", equalTo("12000.00"))
                .body("applications[0].timeSavingHours", equalTo("12.5"))
                .body("applications[0].period", equalTo("MONTH"))
                .body("currency", equalTo("EUR"))
                // today is read before and after, in case the test runs across midnight UTC
                .body("validUntil", anyOf(equalTo(validUntilIfToday), equalTo(validUntilIfLater)))
                .body("lines", hasSize(0))
                .body("totals.total.amount", equalTo("0.00"))
                // A hand-over without ownership (an older producer): unassigned, sales managers only.
                .body("owner", nullValue())
                .body("sharedWith", empty());
    }

    @Test
    void theDraftBelongsToTheHandOversOwnerAndIsSharedAsItSays() {
        UUID dealId = UUID.randomUUID();
        Drafts.send(kafka, UUID.randomUUID().toString(), dealId, Drafts.ownedBy(
                Drafts.readyForProposal(dealId, "Analytical Engines Ltd", "ONE_PAGE_QUOTE"),
                "sam.seller", "tom.seller", "sue.seller", " "));
        String id = Drafts.awaitProposalOf(dealId);

        given().get("/api/proposals/{id}", id).then().statusCode(200)
                .body("owner", equalTo("sam.seller"))
                .body("sharedWith", contains("sue.seller", "tom.seller"));
        // The owner and those it is shared with see it; another seller does not.
        given().header(Tokens.as("sam.seller", Roles.SELLER)).get("/api/proposals/{id}", id).then().statusCode(200);
        given().header(Tokens.as("tom.seller", Roles.SELLER)).queryParam("dealId", dealId.toString())
                .get("/api/proposals").then().statusCode(200).body("items.id", contains(id));
        given().header(Tokens.as("una.seller", Roles.SELLER)).get("/api/proposals/{id}", id).then().statusCode(404);
    }

    @Test
    void theCustomersCountryAndCompanyAccountAreShownAndMissingOnesAreUnknown() {
        UUID dealId = UUID.randomUUID();
        String account = "0193a2c2-9a8b-7c6d-8e5f-4a3b2c1d0e9f";
        Drafts.send(kafka, UUID.randomUUID().toString(), dealId,
                Drafts.readyForProposal(dealId, "Analytical Engines Ltd", "ONE_PAGE_QUOTE")
                        .replace("\"readyAt\":", "\"accountId\": \"" + account + "\", \"readyAt\":"));
        String id = Drafts.awaitProposalOf(dealId);
        given().get("/api/proposals/{id}", id).then().statusCode(200)
                .body("customer.country", equalTo("GB")).body("accountId", equalTo(account));
        given().queryParam("dealId", dealId.toString()).get("/api/proposals").then().statusCode(200)
                .body("items[0].customer.country", equalTo("GB")).body("items[0].accountId", equalTo(account));

        // A hand-over that names neither (an older producer): both not known.
        UUID older = UUID.randomUUID();
        Drafts.send(kafka, UUID.randomUUID().toString(), older,
                Drafts.readyForProposal(older, "Analytical Engines Ltd", "ONE_PAGE_QUOTE")
                        .replace(", \"country\": \"GB\"", ""));
        given().get("/api/proposals/{id}", Drafts.awaitProposalOf(older)).then().statusCode(200)
                .body("customer.company", equalTo("Analytical Engines Ltd"))
                .body("customer.country", nullValue()).body("accountId", nullValue());
    }

    @Test
    void eachProcurementProcedureGivesItsFormat() {
        String quote = Drafts.draft(kafka, "ONE_PAGE_QUOTE").id();
        String purchaseOrder = Drafts.draft(kafka, "PURCHASE_ORDER").id();
        given().get("/api/proposals/{id}", quote).then().body("format", equalTo("ONE_PAGE_QUOTE"));
        given().get("/api/proposals/{id}", purchaseOrder).then().body("format", equalTo("PURCHASE_ORDER_QUOTE"));
    }

    @Test
    void theSameEventTwiceOrASecondEventForTheDealMakesOneProposal() {
        UUID dealId = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String event = Drafts.readyForProposal(dealId, "Analytical Engines Ltd", "ONE_PAGE_QUOTE");
        Drafts.send(kafka, eventId, dealId, event);
        String id = Drafts.awaitProposalOf(dealId);
        String before = given().get("/api/proposals/{id}", id).then().extract().asString();

        // A redelivery (same id), then a different event for the same deal with other data.
        Drafts.send(kafka, eventId, dealId, event);
        String secondId = UUID.randomUUID().toString();
        Drafts.send(kafka, secondId, dealId, Drafts.readyForProposal(dealId, "Someone Else GmbH", "FORMAL_RFP"));
        // Same key, same partition, processed in order: once the second event is recorded as
        // processed, both have been handled.
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> processed(secondId));

        given().queryParam("dealId", dealId.toString()).get("/api/proposals")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].id", equalTo(id));
        assertEquals(before, given().get("/api/proposals/{id}", id).then().extract().asString());
    }

    @Test
    void aHandOverThatCannotMakeADraftIsParkedOnTheDeadLetterTopic() {
        UUID dealId = UUID.randomUUID();
        try (EventTap dead = new EventTap(kafka, "dead-letter-topic-prospect-ready")) {
            Drafts.send(kafka, UUID.randomUUID().toString(), dealId,
                    Drafts.readyForProposal(dealId, "Analytical Engines Ltd", "CARRIER_PIGEON"));
            dead.await(e -> dealId.toString().equals(e.key()), Duration.ofSeconds(60));
        }
        given().queryParam("dealId", dealId.toString()).get("/api/proposals")
                .then().statusCode(200).body("items", hasSize(0));
    }

    private boolean processed(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> !entityManager
                .createNativeQuery("select 1 from processed_event where event_id = :id")
                .setParameter("id", eventId).getResultList().isEmpty());
    }
}
