package io.salespipeline.contract.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The customer's acts go through their links: signing with a one-time code e-mailed to them (read
 * here from the events, as a mailer would), placing the first order; the seller records only
 * what a seller does (a mailed PO, a wet-ink scan a sales manager confirms), never the customer's
 * signature.
 */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "contract"))
class CustomerSigningTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @BeforeEach
    void signIn() {
        Tokens.signIn("sam.seller", Roles.SELLER);
    }

    private String sentContract(CustomerMail mail) {
        UUID dealId = UUID.randomUUID();
        String id = AcceptedProposals.ownedContractFor(kafka, dealId, "sam.seller");
        given().post("/api/contracts/{id}/sending", id).then().statusCode(200);
        return id;
    }

    @Test
    void theCustomerSignsWithTheCodeSentToTheirAddress_andTheEvidenceNamesLinkCodeIpAndUserAgent() {
        try (CustomerMail mail = new CustomerMail()) {
            String id = sentContract(mail);
            String hash = given().get("/api/contracts/{id}", id).then().extract().path("documentSha256");
            // Neither a seller nor support records the customer's signature.
            given().contentType(ContentType.JSON).body("""
                    {"signerName": "Ada", "signerEmail": "ada@customer.example", "role": "CUSTOMER"}""")
                    .post("/api/contracts/{id}/signatures", id).then().statusCode(403)
                    .contentType("application/problem+json");
            given().header(Tokens.as("sue.support", Roles.SUPPORT)).contentType(ContentType.JSON).body("""
                    {"signerName": "Ada", "signerEmail": "ada@customer.example", "role": "CUSTOMER"}""")
                    .post("/api/contracts/{id}/signatures", id).then().statusCode(403);

            JsonPath link = mail.link(id, "CONTRACT_SIGNATURE");
            String page = CustomerMail.path(link);
            assertTrue(page.startsWith("/customer/contract-signature/"), page);
            given().accept(ContentType.HTML).get(page).then().statusCode(200)
                    .header("Cache-Control", "no-store").body(containsString(hash))
                    .body(containsString("Ada Buyer"));
            given().get(page + "/document").then().statusCode(200).header("X-Document-SHA256", hash);

            String code = mail.code(page, link.getString("linkId"));
            assertTrue(code.matches("\\d{6}"), code);
            String wrong = code.equals("000000") ? "000001" : "000000";
            // Not in any answer, nor the seller's view.
            given().get(page).then().body(not(containsString(code)));
            given().get("/api/contracts/{id}/customer-links", id).then().statusCode(200)
                    .body(not(containsString(code))).body(not(containsString(link.getString("url"))));

            CustomerMail.signForm(page, "Ada Buyer", hash, wrong).statusCode(400)
                    .body(containsString("4 tries left"));
            CustomerMail.signForm(page, "Ada Buyer", "ab".repeat(32), code).statusCode(400)
                    .body(containsString("confirm the SHA-256"));
            given().contentType(ContentType.URLENC).formParam("signerName", "Ada Buyer")
                    .formParam("documentSha256", hash).formParam("code", code).post(page + "/signature")
                    .then().statusCode(400); // the hash not confirmed
            given().get("/api/contracts/{id}", id).then().body("signatures", org.hamcrest.Matchers.hasSize(0));

            given().header("User-Agent", "Phone browser/1.0").contentType(ContentType.URLENC)
                    .formParam("signerName", "Ada Buyer").formParam("documentSha256", hash)
                    .formParam("hashConfirmed", "yes").formParam("code", code)
                    .post(page + "/signature").then().statusCode(200).body(containsString("you signed"));

            given().get("/api/contracts/{id}", id).then().body("status", equalTo("PARTIALLY_SIGNED"))
                    .body("signatures[0].role", equalTo("CUSTOMER"))
                    .body("signatures[0].signerName", equalTo("Ada Buyer"))
                    .body("signatures[0].signerEmail", equalTo("ada@customer.example"))
                    .body("signatures[0].documentSha256", equalTo(hash))
                    .body("signatures[0].evidence.method", equalTo("CUSTOMER_LINK"))
                    .body("signatures[0].evidence.linkId", equalTo(link.getString("linkId")))
                    .body("signatures[0].evidence.codeChecked", equalTo(true))
                    .body("signatures[0].evidence.ipAddress", notNullValue())
                    .body("signatures[0].evidence.userAgent", equalTo("Phone browser/1.0"));
            // The link is spent.
            given().accept(ContentType.HTML).get(page).then().statusCode(410);
            CustomerMail.signForm(page, "Ada Buyer", hash, code).statusCode(410);
        }
    }

    @Test
    void aCodeSurvivesFiveWrongTriesAtMost_andANewCodeWorks() {
        try (CustomerMail mail = new CustomerMail()) {
            String id = sentContract(mail);
            String hash = given().get("/api/contracts/{id}", id).then().extract().path("documentSha256");
            JsonPath link = mail.link(id, "CONTRACT_SIGNATURE");
            String page = CustomerMail.path(link);
            String code = mail.code(page, link.getString("linkId"));
            String wrong = code.equals("000000") ? "000001" : "000000";
            for (int i = 0; i < 4; i++) {
                CustomerMail.signForm(page, "Ada Buyer", hash, wrong).statusCode(400);
            }
            CustomerMail.signForm(page, "Ada Buyer", hash, wrong).statusCode(409);
            CustomerMail.signForm(page, "Ada Buyer", hash, code).statusCode(409).body(containsString("new code"));

            String second = mail.code(page, link.getString("linkId"));
            CustomerMail.signForm(page, "Ada Buyer", hash, second).statusCode(200);
        }
    }

    @Test
    void theCustomerPlacesTheFirstOrderThroughTheirLink_andASellerRecordsOnlyAMailedPo() {
        try (CustomerMail mail = new CustomerMail(); EventTap closed = new EventTap(kafka, "sales.deal.closed")) {
            String id = sentContract(mail);
            AcceptedProposals.sign(id, "SELLER",
                    given().get("/api/contracts/{id}", id).then().extract().<String>path("documentSha256"));
            mail.order(id, "PO-LINK-1", "2027-02-01").statusCode(200).body(containsString("order is placed"));
            given().get("/api/contracts/{id}", id).then().body("firstOrder.receivedBy", equalTo("CUSTOMER_LINK"))
                    .body("firstOrder.poNumber", equalTo("PO-LINK-1"))
                    .body("firstOrder.placedBy", org.hamcrest.Matchers.startsWith("customer-link:"));
            mail.sign(id, "Ada Buyer");
            String dealId = given().get("/api/contracts/{id}", id).then().body("status", equalTo("SIGNED"))
                    .extract().path("dealId");
            JsonPath data = JsonPath.from(closed.await(e -> dealId.equals(e.key()), Duration.ofSeconds(30)).value());
            assertEquals("CUSTOMER_LINK", data.getString("firstOrder.receivedBy"));

            String mailed = sentContract(mail);
            String orderPage = CustomerMail.path(mail.link(mailed, "FIRST_ORDER"));
            given().contentType(ContentType.JSON).body("{\"poNumber\": \"PO-MAIL-1\"}")
                    .post("/api/contracts/{id}/first-order", mailed).then().statusCode(200)
                    .body("firstOrder.receivedBy", equalTo("MAIL"));
            given().accept(ContentType.HTML).get(orderPage).then().statusCode(410); // the link was revoked
        }
    }

    @Test
    void aWetInkScanCountsOnceAnotherSalesManagerConfirmsIt() {
        try (CustomerMail mail = new CustomerMail()) {
            String id = sentContract(mail);
            String signingPage = CustomerMail.path(mail.link(id, "CONTRACT_SIGNATURE"));
            given().contentType("application/pdf").body("<html>not a pdf</html>".getBytes())
                    .queryParam("contractId", id).queryParam("signerName", "Ada Buyer").post("/api/wet-ink-scans")
                    .then().statusCode(400).contentType("application/problem+json");
            given().contentType("application/pdf").body(new byte[6 * 1024 * 1024])
                    .queryParam("contractId", id).queryParam("signerName", "Ada Buyer").post("/api/wet-ink-scans")
                    .then().statusCode(413);
            String scan = given().contentType("application/pdf").body("%PDF-1.7 signed on paper".getBytes())
                    .queryParam("contractId", id).queryParam("signerName", "Ada Buyer").post("/api/wet-ink-scans")
                    .then().statusCode(201).body("confirmed", equalTo(false)).extract().path("id");
            given().get("/api/contracts/{id}", id).then().body("signatures", org.hamcrest.Matchers.hasSize(0));
            given().queryParam("contractId", id).post("/api/wet-ink-scans/{scan}/confirmation", scan).then()
                    .statusCode(403); // a seller does not confirm
            given().header(Tokens.as("sam.seller", Roles.SALES_MANAGER)).queryParam("contractId", id)
                    .post("/api/wet-ink-scans/{scan}/confirmation", scan).then().statusCode(409); // nor its uploader
            given().header(Tokens.as("mia.manager", Roles.SALES_MANAGER)).queryParam("contractId", id)
                    .post("/api/wet-ink-scans/{scan}/confirmation", scan).then().statusCode(200)
                    .body("signatures[0].role", equalTo("CUSTOMER"))
                    .body("signatures[0].evidence.method", equalTo("WET_INK"))
                    .body("signatures[0].evidence.scanId", equalTo(scan))
                    .body("signatures[0].evidence.confirmedBy", equalTo("mia.manager (sales-manager)"));
            given().queryParam("contractId", id).get("/api/wet-ink-scans/{scan}/pdf", scan).then().statusCode(200)
                    .contentType("application/pdf");
            given().accept(ContentType.HTML).get(signingPage).then().statusCode(410); // signed on paper: revoked
        }
    }
}
