package io.salespipeline.contract.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.EventTap;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import io.salespipeline.infra.testing.RateLimitChecks;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.platform.security.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The PDF document, its hash, the signatures' verification and revisions, against the real database and broker. */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "contract"))
class ContractDocumentTest {

    @BeforeEach
    void signIn() {
        Tokens.signIn("max.manager", Roles.SALES_MANAGER);
    }

    private static final String TERMS = """
            {"paymentTerms": "Net 14 days from invoice", "delivery": "Within 10 business days",
             "warranty": "24 months", "liability": "Limited to twice the contract value",
             "duration": "24 months from the last signature", "renewal": "No automatic renewal",
             "governingLaw": "Laws of Austria, courts of Vienna"}""";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Inject
    EntityManager entityManager;

    @Inject
    io.salespipeline.platform.documents.RenderedPdfs renderedPdfs;

    @Test
    void aRepeatedGetServesTheSameBytesWithoutRenderingAgain_andChangedTermsGetANewPdf() throws Exception {
        String id = AcceptedProposals.contractFor(kafka, UUID.randomUUID(), UUID.randomUUID().toString());
        given().contentType(ContentType.JSON).body(TERMS).put("/api/contracts/{id}/terms", id).then().statusCode(200);
        byte[] first = AcceptedProposals.document(id);
        long renderings = renderedPdfs.renderings();
        for (int i = 0; i < 3; i++) {
            assertArrayEquals(first, AcceptedProposals.document(id));
        }
        given().get("/api/contracts/{id}/signatures/verification", id).then().statusCode(200);
        assertEquals(renderings, renderedPdfs.renderings(), "repeated GETs and a verification render nothing");

        given().contentType(ContentType.JSON).body(TERMS.replace("24 months\"", "36 months\""))
                .put("/api/contracts/{id}/terms", id).then().statusCode(200);
        byte[] changed = AcceptedProposals.document(id);
        assertFalse(java.util.Arrays.equals(first, changed), "changed terms are rendered anew");
        assertEquals(renderings + 1, renderedPdfs.renderings());
        // A draft's hash is the ETag of its document as it reads now; the contract holds one once it is sent.
        given().get("/api/contracts/{id}/document", id).then()
                .header("X-Document-SHA256", AcceptedProposals.sha256(changed));
        given().get("/api/contracts/{id}", id).then().body("documentSha256", nullValue());
        given().post("/api/contracts/{id}/sending", id).then().statusCode(200)
                .body("documentSha256", equalTo(AcceptedProposals.sha256(changed)));
    }

    @Test
    void documentsAreThrottledPerUser_429ProblemWithRetryAfter() {
        String id = AcceptedProposals.contractFor(kafka, UUID.randomUUID(), UUID.randomUUID().toString());
        io.restassured.http.Header tess = Tokens.as("tess.throttled", Roles.SALES_MANAGER);
        // sales.rate-limit.rules.documents.limit=60 a minute
        RateLimitChecks.flood(60, 200, () -> given().header(tess).get("/api/contracts/{id}/document", id))
                .then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", org.hamcrest.Matchers.notNullValue());
        given().get("/api/contracts/{id}/document", id).then().statusCode(200);
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theDocumentIsAPdfOfExactlyTheStoredLinesTotalsAndTermsWithAStableHash() throws Exception {
        UUID dealId = UUID.randomUUID();
        String id = AcceptedProposals.contractFor(kafka, dealId, UUID.randomUUID().toString());
        given().contentType(ContentType.JSON).body(TERMS).put("/api/contracts/{id}/terms", id).then().statusCode(200);

        byte[] pdf = AcceptedProposals.document(id);
        assertEquals("%PDF-", new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
        // Byte for byte the same on every request, and its SHA-256 is the one the sending fixes.
        assertArrayEquals(pdf, AcceptedProposals.document(id));
        String hash = AcceptedProposals.sha256(pdf);
        given().get("/api/contracts/{id}/document", id).then().header("X-Document-SHA256", hash);
        given().post("/api/contracts/{id}/sending", id).then().statusCode(200).body("documentSha256", equalTo(hash));
        assertArrayEquals(pdf, AcceptedProposals.document(id));
        Path out = Path.of("target", "contract-document.pdf"); // for looking at it (pdftoppm)
        Files.write(out, pdf);

        String text = text(pdf);
        for (String expected : new String[] {
            "Sales contract", id, dealId.toString(), "version 2 (accepted)", "Acme Sales GmbH", "Customer GmbH",
            "Ada Buyer", "PIPE-CRM-SEAT", "Pipeline CRM seat", "10 seat-month", "29.00", "7.5", "268.25", "50.97",
            "319.22", "ONBOARD-DAY", "2 day", "1200.00", "2400.00", "456.00", "2856.00",
            "Net 2668.25 EUR", "Tax 506.97 EUR", "Total 3175.22 EUR",
            "Payment terms Net 14 days from invoice", "Delivery Within 10 business days", "Warranty 24 months",
            "Liability Limited to twice the contract value", "Duration 24 months from the last signature",
            "Renewal No automatic renewal", "Governing law Laws of Austria, courts of Vienna"}) {
            assertTrue(text.contains(expected), () -> "missing \"" + expected + "\" in: " + text);
        }
        assertFalse(text.contains("Germany"), "the template's governing law was replaced by the edit");
    }

    @Test
    void aCustomerNamedInAnotherScriptPrintsAsWritten() throws Exception {
        String id = AcceptedProposals.contractFor(kafka, UUID.randomUUID(), UUID.randomUUID().toString(),
                "ООО «Ромашка» & Söhne");
        String text = text(AcceptedProposals.document(id));
        assertTrue(text.contains("ООО «Ромашка» & Söhne"), text);
    }

    @Test
    void verificationRecomputesTheHashAndNoticesADocumentThatNoLongerMatches() throws Exception {
        UUID dealId = UUID.randomUUID();
        String id = AcceptedProposals.contractFor(kafka, dealId, UUID.randomUUID().toString());
        given().post("/api/contracts/{id}/sending", id).then().statusCode(200);
        String hash = AcceptedProposals.sha256(AcceptedProposals.document(id));
        AcceptedProposals.sign(id, "SELLER", hash);
        AcceptedProposals.sign(id, "CUSTOMER", hash);

        given().get("/api/contracts/{id}/signatures/verification", id).then().statusCode(200)
                .body("valid", equalTo(true)).body("documentUnchanged", equalTo(true))
                .body("documentSha256", equalTo(hash)).body("signatures", hasSize(2))
                .body("signatures[0].matches", equalTo(true)).body("signatures[1].matches", equalTo(true));

        // Someone changes the stored terms behind the application's back: the signatures no longer match.
        tamperWithTerms(UUID.fromString(id));
        JsonPath report = given().get("/api/contracts/{id}/signatures/verification", id).then().statusCode(200)
                .extract().jsonPath();
        assertFalse(report.getBoolean("valid"));
        assertFalse(report.getBoolean("documentUnchanged"));
        assertNotEquals(hash, report.getString("documentSha256"));
        assertEquals(hash, report.getString("storedDocumentSha256"));
        assertFalse(report.getBoolean("signatures[0].matches"));
        assertEquals(hash, report.getString("signatures[0].documentSha256"));
    }

    @Transactional
    void tamperWithTerms(UUID id) {
        entityManager.createNativeQuery("update contract set terms = jsonb_set(terms, '{liability}', "
                + "'\"Unlimited\"') where id = :id").setParameter("id", id).executeUpdate();
    }

    @Test
    void afterARevisionAndAnEditEarlierSignaturesNoLongerCountAndTheDealClosesOnlyWhenBothSignAgain()
            throws Exception {
        UUID dealId = UUID.randomUUID();
        String id = AcceptedProposals.contractFor(kafka, dealId, UUID.randomUUID().toString());
        given().post("/api/contracts/{id}/sending", id).then().statusCode(200);
        String first = AcceptedProposals.sha256(AcceptedProposals.document(id));
        AcceptedProposals.sign(id, "SELLER", first);
        given().contentType(ContentType.JSON).body("{\"poNumber\": \"PO-9\"}")
                .post("/api/contracts/{id}/first-order", id).then().statusCode(200);

        // The customer wants other terms: back to DRAFT, edit, send again.
        given().post("/api/contracts/{id}/revision", id).then().statusCode(200).body("status", equalTo("DRAFT"))
                .body("signatures", hasSize(1)).body("signatures[0].counts", equalTo(false));
        given().contentType(ContentType.JSON).body(TERMS).put("/api/contracts/{id}/terms", id).then().statusCode(200);
        given().post("/api/contracts/{id}/sending", id).then().statusCode(200)
                .body("status", equalTo("SENT_FOR_SIGNATURE"));
        String second = AcceptedProposals.sha256(AcceptedProposals.document(id));
        assertNotEquals(first, second);

        try (EventTap closed = new EventTap(kafka, "sales.deal.closed")) {
            // A signature over the old document is refused.
            given().contentType(ContentType.JSON).body("""
                    {"signerName": "S", "signerEmail": "s@example.com", "role": "SELLER", "documentSha256": "%s"}"""
                    .formatted(first)).post("/api/contracts/{id}/signatures", id).then().statusCode(409)
                    .body("currentState", equalTo("SENT_FOR_SIGNATURE"));
            AcceptedProposals.sign(id, "CUSTOMER", second);
            // The seller's earlier signature does not count: only partially signed, not closed.
            given().get("/api/contracts/{id}", id).then().body("status", equalTo("PARTIALLY_SIGNED"))
                    .body("closedAt", equalTo(null));
            given().get("/api/contracts/{id}/signatures/verification", id).then()
                    .body("valid", equalTo(true))
                    .body("signatures.find { it.role == 'SELLER' }.counts", equalTo(false))
                    .body("signatures.find { it.role == 'SELLER' }.matches", equalTo(false));
            AcceptedProposals.sign(id, "SELLER", second);
            given().get("/api/contracts/{id}", id).then().body("status", equalTo("SIGNED"))
                    .body("signatures", hasSize(3));
            EventTap.Event event = closed.await(e -> dealId.toString().equals(e.key()), Duration.ofSeconds(30));
            assertEquals("Laws of Austria, courts of Vienna", JsonPath.from(event.value()).getString("terms.governingLaw"));
            assertEquals(1, closed.collect(Duration.ofSeconds(2)).stream()
                    .filter(e -> dealId.toString().equals(e.key())).count());
        }
        // A signed contract cannot be revised.
        given().post("/api/contracts/{id}/revision", id).then().statusCode(409).body("currentState", equalTo("SIGNED"));
    }
}
