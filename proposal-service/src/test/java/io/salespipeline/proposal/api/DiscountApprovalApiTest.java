package io.salespipeline.proposal.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.restassured.path.json.JsonPath;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.EventTap;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.platform.security.Roles;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A proposal's discounts beyond the admin's policy: refused sending, request, grant, refusal, lapse, the policy. */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "proposal"))
class DiscountApprovalApiTest {

    static final Header SAM = Tokens.as("sam.seller", Roles.SELLER);
    static final Header MAX = Tokens.as("max.manager", Roles.SALES_MANAGER);
    static final Header MIA = Tokens.as("mia.manager", Roles.SALES_MANAGER);
    static final Header ADA = Tokens.as("ada.admin", Roles.ADMIN);
    static final String STANDARD = "{\"maxLineDiscountPercent\": \"20\"}";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    // Drafts come from the hand-over, awaited as a sales manager (who sees all); the policy is the standard one.
    @BeforeEach
    void setUp() {
        Tokens.signIn("max.manager", Roles.SALES_MANAGER);
        policy(STANDARD);
    }

    @AfterEach
    void restore() {
        policy(STANDARD);
        Tokens.signOut();
    }

    static void policy(String json) {
        given().header(ADA).contentType(ContentType.JSON).body(json).put("/api/discount-policy")
                .then().statusCode(200);
    }

    /** A draft sam.seller works, with one line of 10 seats at this discount (290.00 before it). */
    private String samsDraftAt(String discount) {
        String id = Drafts.ownedDraft(kafka, "ONE_PAGE_QUOTE", "sam.seller").id();
        given().header(SAM).contentType(ContentType.JSON)
                .body("{\"sku\": \"PIPE-CRM-SEAT\", \"quantity\": \"10\", \"discountPercent\": \"" + discount + "\"}")
                .post("/api/proposals/{id}/lines", id).then().statusCode(201);
        return id;
    }

    private static void request(String id, String note) {
        given().header(SAM).contentType(ContentType.JSON).body("{\"note\": \"" + note + "\"}")
                .post("/api/proposals/{id}/approval-request", id).then().statusCode(200)
                .body("approval.status", equalTo("REQUESTED"));
    }

    private static void sendingRefused(String id, String approvalStatus) {
        given().header(SAM).post("/api/proposals/{id}/sending", id).then().statusCode(409)
                .contentType("application/problem+json")
                .body("action", equalTo("sending")).body("approvalRequired", equalTo(true))
                .body("approvalStatus", equalTo(approvalStatus))
                .body("rules", contains("line-discount-limit"))
                .body("breaches[0].lineNo", equalTo(1))
                .body("detail", containsString("needs a sales manager's approval of its discounts"))
                .body("detail", containsString("line 1 (PIPE-CRM-SEAT) has a 25 % discount, above the 20 %"));
        given().header(SAM).get("/api/proposals/{id}", id).then().body("status", equalTo("DRAFT"))
                .body("sentAt", nullValue());
    }

    @Test
    void aDiscountWithinThePolicyIsSentAsBefore() {
        String id = samsDraftAt("20");
        given().header(SAM).post("/api/proposals/{id}/sending", id).then().statusCode(200)
                .body("status", equalTo("SENT")).body("approval", nullValue());
    }

    @Test
    void aDiscountBeyondThePolicyIsSentOnlyOnceASalesManagerApprovedIt() {
        String id = samsDraftAt("25");
        sendingRefused(id, null);
        try (EventTap requested = new EventTap(kafka, "sales.proposal.approval-requested");
                EventTap granted = new EventTap(kafka, "sales.proposal.approval-granted")) {
            given().header(SAM).contentType(ContentType.JSON).body("{\"note\": \"Competitor offers 25 %\"}")
                    .post("/api/proposals/{id}/approval-request", id).then().statusCode(200)
                    .body("status", equalTo("DRAFT")).body("approval.status", equalTo("REQUESTED"))
                    .body("approval.note", equalTo("Competitor offers 25 %"))
                    .body("approval.requestedBy", equalTo("sam.seller (seller)"));
            sendingRefused(id, "REQUESTED");
            // A seller may not decide, not even on their own deal.
            given().header(SAM).contentType(ContentType.JSON).body("{}")
                    .post("/api/proposals/{id}/approval-grant", id).then().statusCode(403)
                    .contentType("application/problem+json");
            given().header(MAX).contentType(ContentType.JSON).body("{\"comment\": \"Strategic account\"}")
                    .post("/api/proposals/{id}/approval-grant", id).then().statusCode(200)
                    .body("approval.status", equalTo("GRANTED"))
                    .body("approval.decidedBy", equalTo("max.manager (sales-manager)"))
                    .body("approval.decisionReason", equalTo("Strategic account"));

            JsonPath asked = JsonPath.from(requested.await(e -> e.value().contains(id), Duration.ofSeconds(30)).value());
            assertEquals("Competitor offers 25 %", asked.getString("note"));
            assertEquals("line-discount-limit", asked.getString("breaches[0].rule"));
            assertEquals(1, asked.getInt("breaches[0].lineNo"));
            assertEquals("sam.seller", asked.getString("owner"));
            JsonPath yes = JsonPath.from(granted.await(e -> e.value().contains(id), Duration.ofSeconds(30)).value());
            assertEquals("max.manager (sales-manager)", yes.getString("grantedBy"));
            assertEquals("Strategic account", yes.getString("comment"));
        }
        given().header(SAM).post("/api/proposals/{id}/sending", id).then().statusCode(200)
                .body("status", equalTo("SENT")).body("approval.status", equalTo("GRANTED"));
    }

    @Test
    void aRefusalSaysWhyTheDraftStaysUnsentAndTheSellerMayAskAgain() {
        String id = samsDraftAt("25");
        request(id, "Three-year term");
        given().header(MAX).contentType(ContentType.JSON).body("{}")
                .post("/api/proposals/{id}/approval-refusal", id).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("reason"));
        try (EventTap refused = new EventTap(kafka, "sales.proposal.approval-refused")) {
            given().header(MAX).contentType(ContentType.JSON).body("{\"reason\": \"Margin too thin\"}")
                    .post("/api/proposals/{id}/approval-refusal", id).then().statusCode(200)
                    .body("approval.status", equalTo("REFUSED")).body("approval.decisionReason", equalTo("Margin too thin"));
            JsonPath no = JsonPath.from(refused.await(e -> e.value().contains(id), Duration.ofSeconds(30)).value());
            assertEquals("Margin too thin", no.getString("reason"));
            assertEquals("max.manager (sales-manager)", no.getString("refusedBy"));
        }
        sendingRefused(id, "REFUSED");
        request(id, "They sign for five years");
    }

    @Test
    void aLineChangedAfterTheGrantMakesItLapse() {
        String id = samsDraftAt("25");
        request(id, "Three-year term");
        given().header(MAX).contentType(ContentType.JSON).body("{}")
                .post("/api/proposals/{id}/approval-grant", id).then().statusCode(200);
        given().header(SAM).contentType(ContentType.JSON).body("{\"sku\": \"ONBOARD-DAY\", \"quantity\": \"1\"}")
                .post("/api/proposals/{id}/lines", id).then().statusCode(201)
                .body("approval.status", equalTo("LAPSED")).body("approval.lapsedAt", notNullValue());
        sendingRefused(id, "LAPSED");
    }

    @Test
    void whoAskedMayNotDecideAndNothingIsDecidedUnasked() {
        String id = samsDraftAt("25");
        given().header(MAX).contentType(ContentType.JSON).body("{}")
                .post("/api/proposals/{id}/approval-grant", id).then().statusCode(409)
                .contentType("application/problem+json");
        given().header(MIA).contentType(ContentType.JSON).body("{\"note\": \"Asked by the manager\"}")
                .post("/api/proposals/{id}/approval-request", id).then().statusCode(200);
        given().header(MIA).contentType(ContentType.JSON).body("{}")
                .post("/api/proposals/{id}/approval-grant", id).then().statusCode(409)
                .body("rule", equalTo("four-eyes"));
        given().header(SAM).get("/api/proposals/{id}", id).then().body("approval.status", equalTo("REQUESTED"));
    }

    @Test
    void aRequestNeedsANoteAndDiscountsBeyondThePolicy() {
        String id = samsDraftAt("25");
        given().header(SAM).contentType(ContentType.JSON).body("{\"note\": \"  \"}")
                .post("/api/proposals/{id}/approval-request", id).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("note"));
        given().header(SAM).contentType(ContentType.JSON).body("{\"note\": \"" + "x".repeat(2001) + "\"}")
                .post("/api/proposals/{id}/approval-request", id).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("note"));
        given().header(SAM).get("/api/proposals/{id}", id).then().body("approval", nullValue());
        String within = samsDraftAt("5");
        given().header(SAM).contentType(ContentType.JSON).body("{\"note\": \"Just in case\"}")
                .post("/api/proposals/{id}/approval-request", within).then().statusCode(409)
                .body("detail", containsString("within the discount policy"));
    }

    @Test
    void anAdminSetsThePolicySalesReadsItAndTheChangeIsAudited() {
        given().header(SAM).get("/api/discount-policy").then().statusCode(200)
                .body("maxLineDiscountPercent", equalTo("20")).body("maxTotalDiscount", nullValue())
                .body("rules", contains("line-discount-limit"));
        given().header(MAX).contentType(ContentType.JSON).body(STANDARD).put("/api/discount-policy")
                .then().statusCode(403);
        given().header(ADA).contentType(ContentType.JSON)
                .body("{\"maxLineDiscountPercent\": \"30\", \"maxTotalDiscount\": {\"amount\": \"50.00\", \"currency\": \"EUR\"}}")
                .put("/api/discount-policy").then().statusCode(200)
                .body("maxLineDiscountPercent", equalTo("30")).body("maxTotalDiscount.amount", equalTo("50.00"))
                .body("rules", contains("line-discount-limit", "total-discount-limit"))
                .body("updatedBy", equalTo("ada.admin (admin)"));
        // 25 % of 290.00 is 72.50: within the line limit now, beyond the total.
        String id = samsDraftAt("25");
        given().header(SAM).post("/api/proposals/{id}/sending", id).then().statusCode(409)
                .body("rules", contains("total-discount-limit"))
                .body("detail", containsString("add up to 72.50 EUR, above the 50.00 EUR"));
        given().header(ADA).queryParam("recordId", "discount-policy").get("/api/audit").then().statusCode(200)
                .body("items.actor", hasItem("ada.admin (admin)"))
                .body("items.changes.flatten().field", hasItem("maxTotalDiscountAmount"));
    }

    @Test
    void aPolicyOutsideItsBoundsIsRefused400AndChangesNothing() {
        for (String bad : new String[] {"{}", "{\"maxLineDiscountPercent\": \"150\"}",
                "{\"maxLineDiscountPercent\": \"-1\"}", "{\"maxLineDiscountPercent\": \"abc\"}",
                "{\"maxLineDiscountPercent\": \"10\", \"maxTotalDiscount\": {\"amount\": \"-5.00\", \"currency\": \"EUR\"}}",
                "{\"maxLineDiscountPercent\": \"10\", \"maxTotalDiscount\": {\"amount\": \"5.00\", \"currency\": \"XXY\"}}"}) {
            given().header(ADA).contentType(ContentType.JSON).body(bad).put("/api/discount-policy").then()
                    .statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
        }
        given().header(SAM).get("/api/discount-policy").then().body("maxLineDiscountPercent", equalTo("20"))
                .body("rules", hasSize(1));
    }
}
