package io.salespipeline.contract.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.EventTap;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.platform.security.Roles;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * DealClosed hands on what the seller learned and promised: the accepted proposal's briefing
 * (profile, applications with savings, discounts promised) and the contract's own special terms,
 * its terms that depart from the template it was drafted from.
 */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "contract"))
class ContractBriefingTest {

    private static final String BRIEFING = """
            {"briefing": {"profile": {"industry": "Manufacturing", "companySize": "200-500",
                                      "businessModel": "B2B components", "procurement": "PURCHASE_ORDER"},
                          "applications": [{"applicationId": "0193a200-0000-7000-8000-0000000000a1",
                                            "product": "Pipeline CRM", "costSaving": {"amount": "12000.00", "currency": "EUR"},
                                            "timeSavingHours": "12.5", "period": "MONTH", "addedLater": true}],
                          "specialTerms": [{"source": "PROPOSAL", "term": "discount",
                                            "text": "7.5% off Pipeline CRM seat (PIPE-CRM-SEAT), line 1"}]}, \
            """;

    @BeforeEach
    void signIn() {
        Tokens.signIn("max.manager", Roles.SALES_MANAGER);
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void theClosedDealCarriesTheProposalsBriefingAndTheContractsSpecialTerms() throws Exception {
        UUID dealId = UUID.randomUUID();
        String id = AcceptedProposals.publishAndAwait(kafka, dealId, UUID.randomUUID().toString(),
                AcceptedProposals.ACCEPTED.formatted(UUID.randomUUID(), dealId).replaceFirst("\\{", BRIEFING),
                AcceptedProposals.WAIT);
        // The seller negotiated the payment terms; every other term stays as the template has it.
        Map<String, Object> terms = new java.util.HashMap<>(given().get("/api/contracts/{id}", id).then()
                .statusCode(200).extract().jsonPath().getMap("terms"));
        terms.put("paymentTerms", "Net 60 days, agreed for the briefing");
        given().contentType(ContentType.JSON).body(terms).put("/api/contracts/{id}/terms", id).then().statusCode(200);

        JsonPath briefing = closed(dealId, id).setRootPath("briefing");

        assertEquals("Manufacturing", briefing.getString("profile.industry"));
        assertEquals("200-500", briefing.getString("profile.companySize"));
        assertEquals("B2B components", briefing.getString("profile.businessModel"));
        assertEquals("PURCHASE_ORDER", briefing.getString("profile.procurement"));
        assertEquals("Pipeline CRM", briefing.getString("applications[0].product"));
        assertEquals("0193a200-0000-7000-8000-0000000000a1", briefing.getString("applications[0].applicationId"));
        assertEquals("12000.00", briefing.getString("applications[0].costSaving.amount"));
        assertEquals("12.5", briefing.getString("applications[0].timeSavingHours"));
        assertEquals("MONTH", briefing.getString("applications[0].period"));
        assertEquals(List.of(
                Map.of("source", "PROPOSAL", "term", "discount",
                        "text", "7.5% off Pipeline CRM seat (PIPE-CRM-SEAT), line 1"),
                Map.of("source", "CONTRACT", "term", "paymentTerms", "text", "Net 60 days, agreed for the briefing")),
                briefing.getList("specialTerms"));
    }

    @Test
    void anAcceptanceWithoutABriefingClosesWithTheContractsOwnSpecialTermsOnly() throws Exception {
        UUID dealId = UUID.randomUUID();
        String id = AcceptedProposals.contractFor(kafka, dealId, UUID.randomUUID().toString());

        JsonPath briefing = closed(dealId, id).setRootPath("briefing");

        assertNull(briefing.get("profile"));
        assertEquals(List.of(), briefing.getList("applications"));
        assertEquals(List.of(), briefing.getList("specialTerms"));
    }

    /** Sends, signs and orders: the deal closes; answers DealClosed's data (the briefing is not sealed). */
    private JsonPath closed(UUID dealId, String id) throws Exception {
        given().post("/api/contracts/{id}/sending", id).then().statusCode(200);
        String hash = AcceptedProposals.sha256(AcceptedProposals.document(id));
        try (EventTap closed = new EventTap(kafka, "sales.deal.closed")) {
            AcceptedProposals.sign(id, "SELLER", hash);
            given().contentType(ContentType.JSON).body("{}").post("/api/contracts/{id}/first-order", id).then()
                    .statusCode(200);
            AcceptedProposals.sign(id, "CUSTOMER", hash);
            return JsonPath.from(closed.await(e -> dealId.toString().equals(e.key()), Duration.ofSeconds(30))
                    .value());
        }
    }
}
