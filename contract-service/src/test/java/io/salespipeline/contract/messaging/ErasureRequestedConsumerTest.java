package io.salespipeline.contract.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.ErasureEvents;
import io.salespipeline.infra.testing.SalesManagerTest;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.platform.security.Roles;
import io.salespipeline.infra.testing.EventSender;
import io.salespipeline.infra.testing.EventTap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "contract"))
class ErasureRequestedConsumerTest extends SalesManagerTest {

    private static final String ACCEPTED = """
            {"proposalId": "%s", "dealId": "%s", "version": 1,
             "customer": {"company": "Customer GmbH", "contactName": "Ada Buyer", "contactEmail": "ada@customer.example"},
             "procurement": "ONE_PAGE_QUOTE", "currency": "EUR",
             "lines": [
               {"lineNo": 1, "sku": "ONBOARD-DAY", "name": "Onboarding workshop day", "unit": "day", "quantity": "2",
                "unitPrice": {"amount": "1200.00", "currency": "EUR"}, "discountPercent": "0", "taxRatePercent": "19",
                "net": {"amount": "2400.00", "currency": "EUR"}, "tax": {"amount": "456.00", "currency": "EUR"},
                "total": {"amount": "2856.00", "currency": "EUR"}}],
             "totals": {"net": {"amount": "2400.00", "currency": "EUR"}, "tax": {"amount": "456.00", "currency": "EUR"},
                        "total": {"amount": "2856.00", "currency": "EUR"}},
             "validUntil": "2026-12-23", "acceptedBy": "Ada Buyer", "acceptedAt": "2026-11-23T10:00:00Z"}""";

    /** A contract sent for signature and signed by both parties; the customer signer as given. */
    private String signedContract(UUID dealId, String customerSigner, String customerSignerEmail) {
        try (EventSender sender = new EventSender(kafka())) {
            sender.send("sales.proposal.accepted", UUID.randomUUID().toString(),
                    "io.salespipeline.proposal.ProposalAccepted.v1", dealId, ACCEPTED.formatted(UUID.randomUUID(), dealId));
        }
        String id = await().atMost(Duration.ofSeconds(90)).until(
                () -> given().queryParam("dealId", dealId.toString()).get("/api/contracts").then().statusCode(200)
                        .extract().<String>path("items[0].id"), found -> found != null);
        String hash = given().post("/api/contracts/{id}/sending", id).then().statusCode(200)
                .extract().path("documentSha256");
        sign(id, "SELLER", "Sam Seller", "sam@seller.example", hash);
        // The customer signed on paper: the scan names the signer, another sales manager confirms it.
        String scan = given().contentType("application/pdf").body("%PDF-1.7 signed scan".getBytes())
                .queryParam("contractId", id).queryParam("signerName", customerSigner)
                .queryParam("signerEmail", customerSignerEmail).post("/api/wet-ink-scans").then().statusCode(201)
                .extract().path("id");
        given().header(Tokens.as("mia.manager", Roles.SALES_MANAGER)).queryParam("contractId", id)
                .post("/api/wet-ink-scans/{scan}/confirmation", scan).then().statusCode(200);
        return id;
    }

    private static String documentText(String id) {
        byte[] pdf = given().get("/api/contracts/{id}/document", id).then().statusCode(200).extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sign(String id, String role, String name, String email, String hash) {
        given().contentType(ContentType.JSON).body("""
                {"signerName": "%s", "signerEmail": "%s", "role": "%s", "documentSha256": "%s"}"""
                .formatted(name, email, role, hash)).post("/api/contracts/{id}/signatures", id).then().statusCode(200);
    }

    @Test
    void anErasureRequestAnonymisesThePartyAndThePersonsSignaturesButKeepsTheEvidence() {
        UUID dealId = UUID.randomUUID();
        String signedByThePerson = signedContract(dealId, "ada buyer", "ada.private@home.example");
        // Another company's contract, where the same person signed with the same address.
        String signedElsewhere = signedContract(UUID.randomUUID(), "A. Buyer", "Ada.Private@home.example");
        String hash = given().get("/api/contracts/{id}", signedByThePerson).then().extract().path("documentSha256");
        assertTrue(documentText(signedByThePerson).contains("Ada Buyer"), "the stored PDF names the person");

        UUID erasureId = UUID.randomUUID();
        try (EventTap confirmations = new EventTap(kafka(), ErasureEvents.CONFIRMED)) {
            ErasureEvents.request(kafka(), UUID.randomUUID().toString(), erasureId, "ada.private@home.example",
                    List.of(dealId));
            JsonPath data = JsonPath.from(ErasureEvents.awaitConfirmation(confirmations, erasureId).value());
            assertEquals("contract-service", data.getString("service"));
            // The party and the customer signature on the person's deal, the signature elsewhere, and the
            // two links (signing, first order) the person's contact was given.
            assertEquals(5, data.getInt("recordsAnonymised"));
        }
        given().get("/api/contracts/{id}", signedByThePerson).then().statusCode(200)
                .body("status", equalTo("SIGNED"))
                .body("customer.contactName", equalTo("[erased]")).body("customer.contactEmail", nullValue())
                .body("customer.company", equalTo("Customer GmbH"))
                .body("signatures.find { it.role == 'CUSTOMER' }.signerName", equalTo("[erased]"))
                .body("signatures.find { it.role == 'CUSTOMER' }.signerEmail", nullValue())
                .body("signatures.find { it.role == 'CUSTOMER' }.documentSha256", equalTo(hash))
                .body("signatures.find { it.role == 'SELLER' }.signerName", equalTo("Sam Seller"));
        // The PDF stored when it was sent named the person: forgotten with them, rendered anew without them.
        String document = documentText(signedByThePerson);
        assertFalse(document.contains("Ada Buyer"), "the stored PDF no longer names the person");
        assertTrue(document.contains("[erased]"));
        given().get("/api/contracts/{id}", signedElsewhere).then().statusCode(200)
                .body("customer.contactName", equalTo("Ada Buyer"))
                .body("signatures.find { it.role == 'CUSTOMER' }.signerName", equalTo("[erased]"))
                .body("signatures.find { it.role == 'SELLER' }.signerEmail", equalTo("sam@seller.example"));
    }
}
