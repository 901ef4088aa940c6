package io.salespipeline.proposal.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

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
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * ProposalAccepted hands on what the seller learned and promised (briefing): the company's profile
 * from the prospect's hand-over, the applications with their savings, the discounts promised;
 * nothing that names a person or the seller's free-text reasoning.
 */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "proposal"))
class ProposalBriefingTest {

    @BeforeEach
    void signIn() {
        Tokens.signIn("max.manager", Roles.SALES_MANAGER);
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void theAcceptedProposalCarriesTheProfileTheApplicationsAndTheDiscountsPromised() {
        Draft draft = Drafts.draft(kafka, "PURCHASE_ORDER");
        Drafts.addLine(draft.id(), "{\"sku\": \"PIPE-CRM-SEAT\", \"quantity\": \"3\", \"discountPercent\": \"12.5\"}");
        Drafts.addLine(draft.id(), "{\"sku\": \"ONBOARD-DAY\", \"quantity\": \"1\"}");

        JsonPath briefing = accepted(draft).setRootPath("briefing");

        assertEquals("Manufacturing", briefing.getString("profile.industry"));
        assertEquals("200-500", briefing.getString("profile.companySize"));
        assertEquals("B2B", briefing.getString("profile.businessModel"));
        assertEquals("PURCHASE_ORDER", briefing.getString("profile.procurement"));
        assertEquals(1, briefing.getList("applications").size());
        assertEquals("0193a200-0000-7000-8000-0000000000a1", briefing.getString("applications[0].applicationId"));
        assertEquals("Pipeline CRM", briefing.getString("applications[0].product"));
        assertEquals("12000.00", briefing.getString("applications[0].costSaving.amount"));
        assertEquals("EUR", briefing.getString("applications[0].costSaving.currency"));
        assertEquals("12.5", briefing.getString("applications[0].timeSavingHours"));
        assertEquals("MONTH", briefing.getString("applications[0].period"));
        assertEquals(List.of(java.util.Map.of("source", "PROPOSAL", "term", "discount",
                "text", "12.5% off Pipeline CRM seat (PIPE-CRM-SEAT), line 1")), briefing.getList("specialTerms"));
        String raw = briefing.prettify();
        for (String kept : List.of("Consensus-driven", "Charles Babbage", "Leads lost in spreadsheets",
                "Four sellers each lose three hours a week", "Three quotes")) {
            assertFalse(raw.contains(kept), kept + " stays at the earlier stages: " + raw);
        }
    }

    @Test
    void aHandOverWithoutAProfileHandsOnHowTheCustomerBuysOnly() {
        UUID dealId = UUID.randomUUID();
        String withoutProfile = Drafts.readyForProposal(dealId, "Small Shop Ltd", "ONE_PAGE_QUOTE")
                .replaceAll("(?s)\"profile\": \\{.*?\\]\\},", "");
        assertFalse(withoutProfile.contains("\"profile\""), withoutProfile);
        Drafts.send(kafka, UUID.randomUUID().toString(), dealId, withoutProfile);
        Draft draft = new Draft(dealId, Drafts.awaitProposalOf(dealId));
        Drafts.addLine(draft.id(), "{\"sku\": \"PIPE-CRM-SEAT\", \"quantity\": \"1\"}");

        JsonPath briefing = accepted(draft).setRootPath("briefing");

        assertNull(briefing.get("profile.industry"));
        assertEquals("ONE_PAGE_QUOTE", briefing.getString("profile.procurement"));
        assertEquals(List.of(), briefing.getList("specialTerms"));
        assertEquals(1, briefing.getList("applications").size());
    }

    /** Sends the draft, the customer accepts it: the ProposalAccepted data as published (nothing here is sealed). */
    private JsonPath accepted(Draft draft) {
        given().post("/api/proposals/{id}/sending", draft.id()).then().statusCode(200);
        try (EventTap tap = new EventTap(kafka, "sales.proposal.accepted")) {
            CustomerPages.accept(draft.id(), 1).statusCode(200);
            return JsonPath.from(tap.await(e -> draft.dealId().toString().equals(e.key()), Duration.ofSeconds(30))
                    .value());
        }
    }
}
