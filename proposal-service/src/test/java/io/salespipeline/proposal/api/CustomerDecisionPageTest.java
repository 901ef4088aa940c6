package io.salespipeline.proposal.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.EventTap;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.platform.security.Roles;
import io.salespipeline.proposal.events.CustomerActionRequested;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The customer decides through the link their contact is given when a version is sent; the seller cannot. */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "proposal"))
class CustomerDecisionPageTest {

    private static final String LINE = "{\"sku\": \"PIPE-CRM-SEAT\", \"quantity\": \"5\"}";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void signIn() {
        Tokens.signIn("sam.seller", Roles.SELLER);
    }

    private Drafts.Draft sent() {
        Drafts.Draft draft = Drafts.ownedDraft(kafka, "ONE_PAGE_QUOTE", "sam.seller");
        Drafts.addLine(draft.id(), LINE);
        given().post("/api/proposals/{id}/sending", draft.id()).then().statusCode(200);
        return draft;
    }

    @Test
    void sendingGivesTheContactALinkPublishedForTheMailerWithTheContactEncryptedAndTheTokenStoredHashed() {
        try (EventTap tap = new EventTap(kafka, CustomerActionRequested.TOPIC)) {
            Drafts.Draft draft = sent();
            EventTap.Event event = tap.await(e -> draft.dealId().toString().equals(e.key()), Duration.ofSeconds(30));
            assertEquals(CustomerActionRequested.TYPE, event.header("ce_type"));
            JsonPath data = JsonPath.from(event.value());
            assertEquals("PROPOSAL_DECISION", data.getString("purpose"));
            assertEquals(draft.id(), data.getString("recordId"));
            assertEquals(1, data.getInt("recordVersion"));
            assertTrue(data.getString("contactName").startsWith("pii:v1:"), data.getString("contactName"));
            assertTrue(data.getString("contactEmail").startsWith("pii:v1:"));
            assertFalse(event.value().contains("Ada Lovelace"));
            String url = data.getString("url");
            String token = url.substring(url.lastIndexOf('/') + 1);
            assertTrue(token.matches("[A-Za-z0-9_-]{43}"), url);
            assertEquals("/customer/proposal-decision/" + token, URI.create(url).getPath());
            // Only the token's SHA-256 is stored.
            List<?> stored = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                    "select token_sha256 from customer_link where record_id = '" + draft.id() + "'").getResultList());
            assertEquals(1, stored.size());
            assertEquals(io.salespipeline.platform.documents.PdfDocuments.sha256(
                    token.getBytes(java.nio.charset.StandardCharsets.US_ASCII)), stored.get(0));
        }
    }

    @Test
    void theSellerCannotDecideForTheCustomer() {
        Drafts.Draft draft = sent();
        given().post("/api/proposals/{id}/acceptance", draft.id()).then().statusCode(403)
                .contentType("application/problem+json").body("type", endsWith("/customer-act"));
        given().header(Tokens.as("max.manager", Roles.SALES_MANAGER)).contentType("application/json")
                .body("{\"acceptedBy\": \"Ada Lovelace\", \"version\": 1}")
                .post("/api/proposals/{id}/acceptance", draft.id()).then().statusCode(403);
        given().contentType("application/json").body("{\"reason\": \"no\"}")
                .post("/api/proposals/{id}/rejection", draft.id()).then().statusCode(403);
        given().get("/api/proposals/{id}", draft.id()).then().body("status", equalTo("SENT"));
        // The seller sees the link, never its token or URL.
        String links = given().get("/api/proposals/{id}/customer-links", draft.id()).then().statusCode(200)
                .body("$", hasSize(1)).body("[0].state", equalTo("LIVE")).body("[0].contactName", equalTo("Ada Lovelace"))
                .body("[0].recordVersion", equalTo(1)).extract().asString();
        assertFalse(links.contains(CustomerPages.pageOf(draft.id()).substring("/customer/proposal-decision/".length())));
        assertFalse(links.contains("url") || links.contains("token"), links);
    }

    @Test
    void theCustomerOpensThePageAndAcceptsWithEvidence() {
        Drafts.Draft draft = sent();
        String page = CustomerPages.pageOf(draft.id());
        CustomerPages.anonymously(() -> given().accept("text/html").get(page).then().statusCode(200)
                .contentType(containsString("text/html")).header("Cache-Control", "no-store")
                .header("Referrer-Policy", "same-origin")
                .body(containsString("name=\"viewport\"")).body(containsString("Version 1"))
                .body(containsString("<label for=\"reason\">")).body(containsString("id=\"accept\""))
                .body(containsString(page + "/document")));
        byte[] pdf = CustomerPages.anonymously(() -> given().get(page + "/document").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray());
        assertTrue(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).startsWith("%PDF"));

        CustomerPages.anonymously(() -> given().header("User-Agent", "Mozilla/5.0 (iPhone) TestPhone")
                .contentType("application/x-www-form-urlencoded").formParam("version", "1")
                .post(page + "/acceptance").then().statusCode(200).body(containsString("you accepted this offer"))
                .body(not(containsString("id=\"accept\""))));
        String linkId = given().get("/api/proposals/{id}/customer-links", draft.id()).then()
                .body("[0].state", equalTo("USED")).body("[0].usedAt", notNullValue()).extract().path("[0].id");
        given().get("/api/proposals/{id}", draft.id()).then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("acceptedBy", equalTo("Ada Lovelace"))
                .body("acceptanceRecordedBy", equalTo("customer-link:" + linkId))
                .body("acceptanceEvidence.linkId", equalTo(linkId))
                .body("acceptanceEvidence.ipAddress", notNullValue())
                .body("acceptanceEvidence.userAgent", equalTo("Mozilla/5.0 (iPhone) TestPhone"))
                .body("rejectionEvidence", nullValue());

        // Used: 410, as problem+json or, for a browser, as a page.
        CustomerPages.anonymously(() -> given().get(page).then().statusCode(410)
                .contentType("application/problem+json").body("type", endsWith("/customer-link-used")));
        CustomerPages.anonymously(() -> given().accept("text/html,application/xhtml+xml,*/*;q=0.8").get(page).then()
                .statusCode(410).contentType(containsString("text/html")).body(containsString("Link already used")));
    }

    @Test
    void afterDecidingTheCustomerStillReadsThePdfTheyDecidedOnButDecidesOnlyOnce() {
        Drafts.Draft draft = sent();
        String page = CustomerPages.pageOf(draft.id());
        io.restassured.response.ExtractableResponse<?> before = CustomerPages.anonymously(() -> given()
                .get(page + "/document").then().statusCode(200).contentType("application/pdf").extract());
        String etag = before.header("ETag");
        CustomerPages.acceptAt(page, 1).statusCode(200);

        byte[] after = CustomerPages.anonymously(() -> given().get(page + "/document").then().statusCode(200)
                .contentType("application/pdf").header("ETag", equalTo(etag)).header("Cache-Control", "no-store")
                .extract().asByteArray());
        assertTrue(java.util.Arrays.equals(before.asByteArray(), after), "the bytes the customer decided on");
        CustomerPages.anonymously(() -> given().header("If-None-Match", etag).get(page + "/document").then()
                .statusCode(304));
        // Reading is all a spent link allows: no second decision, the decision page itself stays spent.
        CustomerPages.acceptAt(page, 1).statusCode(410).body("type", endsWith("/customer-link-used"));
        CustomerPages.rejectAt(page, 1, "Changed our mind").statusCode(410);
        given().get("/api/proposals/{id}", draft.id()).then().body("status", equalTo("ACCEPTED"));
        CustomerPages.anonymously(() -> given().get(page).then().statusCode(410));

        // A rejection spends the link the same way; its PDF stays readable too.
        Drafts.Draft rejected = sent();
        String rejectedPage = CustomerPages.pageOf(rejected.id());
        CustomerPages.rejectAt(rejectedPage, 1, "Budget moved to next year").statusCode(200);
        CustomerPages.anonymously(() -> given().get(rejectedPage + "/document").then().statusCode(200)
                .contentType("application/pdf"));

        // Readable for sales.customer-links.readable-after-use (30 days) after the decision, then expired.
        sql("update customer_link set used_at = used_at - interval '31 days' where record_id = '" + draft.id() + "'");
        CustomerPages.anonymously(() -> given().get(page + "/document").then().statusCode(410)
                .contentType("application/problem+json").body("type", endsWith("/customer-link-expired")));
    }

    @Test
    void anExpiredOrRevokedLinkNoLongerReadsTheDocument() {
        Drafts.Draft expired = sent();
        String page = CustomerPages.pageOf(expired.id());
        sql("update customer_link set expires_at = now() - interval '1 minute' where record_id = '" + expired.id() + "'");
        CustomerPages.anonymously(() -> given().get(page + "/document").then().statusCode(410)
                .body("type", endsWith("/customer-link-expired")));

        Drafts.Draft revoked = sent();
        String revokedPage = CustomerPages.pageOf(revoked.id());
        String linkId = given().get("/api/proposals/{id}/customer-links", revoked.id()).then().extract().path("[0].id");
        given().post("/api/proposals/{id}/customer-links/{linkId}/revocation", revoked.id(), linkId).then()
                .statusCode(200);
        CustomerPages.anonymously(() -> given().get(revokedPage + "/document").then().statusCode(410)
                .body("type", endsWith("/customer-link-revoked")));
        CustomerPages.anonymously(() -> given().get("/customer/proposal-decision/" + "A".repeat(43) + "/document")
                .then().statusCode(404));
    }

    private void sql(String statement) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(statement).executeUpdate());
    }

    @Test
    void anUnknownLinkIs404AndARejectionNeedsAReasonAndChangesNothingWithout() {
        CustomerPages.anonymously(() -> given().get("/customer/proposal-decision/" + "A".repeat(43)).then()
                .statusCode(404).contentType("application/problem+json").body("type", endsWith("/customer-link-not-found")));
        CustomerPages.anonymously(() -> given().get("/customer/proposal-decision/not-a-token").then().statusCode(404));

        Drafts.Draft draft = sent();
        CustomerPages.reject(draft.id(), 1, "").statusCode(400).body(containsString("reason"));
        given().get("/api/proposals/{id}", draft.id()).then().body("status", equalTo("SENT"));
        CustomerPages.reject(draft.id(), 1, "Budget moved to next year").statusCode(200);
        given().get("/api/proposals/{id}", draft.id()).then().body("status", equalTo("REJECTED"))
                .body("rejectionReason", equalTo("Budget moved to next year"))
                .body("rejectedBy", startsWith("customer-link:")).body("rejectionEvidence.linkId", notNullValue());
    }

    @Test
    void theSellerReissuesOrRevokesTheLink() {
        Drafts.Draft draft = sent();
        String first = CustomerPages.pageOf(draft.id());
        String firstId = given().get("/api/proposals/{id}/customer-links", draft.id()).then().extract().path("[0].id");

        given().post("/api/proposals/{id}/customer-links/{linkId}/reissue", draft.id(), firstId).then().statusCode(200)
                .body("state", equalTo("LIVE")).body("id", not(equalTo(firstId)));
        String second = CustomerPages.pageOf(draft.id());
        assertFalse(first.equals(second));
        CustomerPages.acceptAt(first, 1).statusCode(410).body("type", endsWith("/customer-link-revoked"));
        given().get("/api/proposals/{id}/customer-links", draft.id()).then().body("$", hasSize(2))
                .body("[1].state", equalTo("REVOKED")).body("[1].revokedBy", startsWith("sam.seller"));

        // Another seller does not see the deal's links.
        given().header(Tokens.as("sue.seller", Roles.SELLER)).get("/api/proposals/{id}/customer-links", draft.id())
                .then().statusCode(404);
        String secondId = given().get("/api/proposals/{id}/customer-links", draft.id()).then().extract().path("[0].id");
        given().post("/api/proposals/{id}/customer-links/{linkId}/revocation", draft.id(), secondId).then()
                .statusCode(200).body("state", equalTo("REVOKED"));
        CustomerPages.anonymously(() -> given().get(second).then().statusCode(410));
        given().get("/api/proposals/{id}", draft.id()).then().body("status", equalTo("SENT"));
    }
}
