package io.salespipeline.proposal.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.salespipeline.platform.security.Roles;
import io.salespipeline.infra.testing.RateLimitChecks;
import io.salespipeline.infra.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.proposal.api.Drafts.Draft;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The PDF document, read back with PDFBox: names, lines, totals (as the API computed them),
 * validity, and the sections the format calls for. Each PDF is also written to
 * target/documents/ so a person can look at it.
 */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "proposal"))
class ProposalDocumentTest {

    // A sales manager works every proposal.
    @BeforeEach
    void signIn() {
        Tokens.signIn("max.manager", Roles.SALES_MANAGER);
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    record Pdf(String text, int pages) {
    }

    private static Pdf document(String id, String name) throws IOException {
        byte[] bytes = given().get("/api/proposals/{id}/document", id).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        Path target = Path.of("target", "documents");
        Files.createDirectories(target);
        Files.write(target.resolve(name + ".pdf"), bytes);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            // Words as they read, whatever line breaks the layout put between them.
            return new Pdf(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "), pdf.getNumberOfPages());
        }
    }

    private static void addLines(String id) {
        Drafts.addLine(id, "{\"sku\": \"PIPE-CRM-SEAT\", \"quantity\": \"40\", \"discountPercent\": \"10\", \"taxRatePercent\": \"19\"}");
        Drafts.addLine(id, "{\"sku\": \"ONBOARD-DAY\", \"quantity\": \"2\", \"taxRatePercent\": \"19\"}");
        Drafts.addLine(id, "{\"sku\": \"PIPE-ANALYTICS\", \"quantity\": \"1\", \"discountPercent\": \"5\", \"taxRatePercent\": \"7\"}");
    }

    @Test
    void aFormalProposalHasEverySectionWithTheTotalsTheApiComputed() throws IOException {
        UUID dealId = UUID.randomUUID();
        Drafts.send(kafka, UUID.randomUUID().toString(), dealId,
                Drafts.readyForRfp(dealId, "Аналитические машины ООО", "2026-11-20T10:00:00Z"));
        String id = Drafts.awaitProposalOf(dealId);
        addLines(id);
        given().contentType(ContentType.JSON).body("""
                {"summary": "Pipeline CRM replaces the spreadsheets of 40 sellers and pays for itself within a year.",
                 "terms": "Payment 45 days net. Prices fixed for 24 months."}""")
                .put("/api/proposals/{id}/details", id).then().statusCode(200)
                .body("terms", equalTo("Payment 45 days net. Prices fixed for 24 months."));
        JsonPath proposal = given().post("/api/proposals/{id}/sending", id).then().statusCode(200)
                .extract().jsonPath();

        Pdf pdf = document(id, "formal-proposal");
        String text = pdf.text();
        assertTrue(text.contains("Pipeline Software Ltd"), "the seller's name");
        assertTrue(text.contains("Аналитические машины ООО"), "the prospect's name, in Cyrillic");
        assertTrue(text.contains("Ada Lovelace"));
        assertTrue(text.contains(proposal.getString("quoteNumber")));
        for (String section : new String[] {"1. Summary", "2. Applications and savings", "3. Pricing", "4. Terms",
                "5. Validity", "6. RFP references"}) {
            assertTrue(text.contains(section), "section " + section);
        }
        assertTrue(text.contains("pays for itself within a year"));
        assertTrue(text.contains("Leads lost in spreadsheets"), "an application from the prospect");
        // 12000.00 EUR per month x 12; 12.5 hours per month x 12.
        assertTrue(text.contains("144000.00 EUR"), "annual cost saving");
        assertTrue(text.contains("150 hours"), "annual time saving");
        assertTrue(text.contains("Payment 45 days net"));
        assertTrue(text.contains("RFP-2026-114") && text.contains("2027-01-15"), "RFP reference and deadline");
        assertTrue(text.contains("Technical evaluation") && text.contains("CFO sign-off"), "approval steps");
        assertTrue(text.contains(proposal.getString("validUntil")), "validity");
        // The totals exactly as the API computed them: 1242.36 + 2856.00 + 457.42 = 4555.78.
        assertEquals("4555.78", proposal.getString("totals.total.amount"));
        assertTrue(text.contains(proposal.getString("totals.net.amount") + " EUR"));
        assertTrue(text.contains(proposal.getString("totals.tax.amount") + " EUR"));
        assertTrue(text.contains("4555.78 EUR"));
        for (int i = 0; i < 3; i++) {
            assertTrue(text.contains(proposal.getString("lines[" + i + "].total.amount") + " EUR"), "line " + i);
        }
        assertFalse(text.contains("DRAFT"), "a sent proposal is not marked as a draft");
    }

    @jakarta.inject.Inject
    io.salespipeline.platform.documents.RenderedPdfs renderedPdfs;

    private static byte[] bytes(String id) {
        return given().get("/api/proposals/{id}/document", id).then().statusCode(200).extract().asByteArray();
    }

    @Test
    void aRepeatedGetServesTheSameBytesWithoutRenderingAgain_andAChangedProposalGetsANewPdf() {
        Draft draft = Drafts.draft(kafka, "ONE_PAGE_QUOTE");
        addLines(draft.id());
        byte[] first = bytes(draft.id());
        long renderings = renderedPdfs.renderings();
        for (int i = 0; i < 3; i++) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(first, bytes(draft.id()));
        }
        assertEquals(renderings, renderedPdfs.renderings(), "a repeated GET renders nothing");

        Drafts.addLine(draft.id(), "{\"sku\": \"ONBOARD-DAY\", \"quantity\": \"3\", \"taxRatePercent\": \"19\"}");
        byte[] changed = bytes(draft.id());
        assertFalse(java.util.Arrays.equals(first, changed), "a changed proposal is rendered anew");
        assertEquals(renderings + 1, renderedPdfs.renderings());
    }

    @Test
    void documentsAreThrottledPerUser_429ProblemWithRetryAfter() {
        Draft draft = Drafts.draft(kafka, "ONE_PAGE_QUOTE");
        io.restassured.http.Header tess = Tokens.as("tess.throttled", Roles.SALES_MANAGER);
        // sales.rate-limit.rules.documents.limit=60 a minute
        RateLimitChecks.flood(60, 200, () -> given().header(tess).get("/api/proposals/{id}/document", draft.id()))
                .then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", org.hamcrest.Matchers.notNullValue());
        // Another user is not affected.
        given().get("/api/proposals/{id}/document", draft.id()).then().statusCode(200);
    }

    @Test
    void aOnePageQuoteFitsOnOnePageAndADraftSaysSo() throws IOException {
        Draft draft = Drafts.draft(kafka, "ONE_PAGE_QUOTE");
        addLines(draft.id());
        Pdf pdf = document(draft.id(), "one-page-quote-draft");
        assertEquals(1, pdf.pages());
        assertTrue(pdf.text().contains("Quote"));
        assertTrue(pdf.text().contains("DRAFT"));
        assertTrue(pdf.text().contains("4555.78 EUR"));
        assertFalse(pdf.text().contains("RFP references"));
    }

    @Test
    void aPurchaseOrderQuoteCarriesTheBuyersReferences() throws IOException {
        Draft draft = Drafts.draft(kafka, "PURCHASE_ORDER");
        addLines(draft.id());
        given().contentType(ContentType.JSON).body("""
                {"purchaseOrder": {"buyerReference": "REQ-2026-0815", "requisitionNumber": "PR-4471",
                 "costCenter": "CC-4100 Sales", "invoiceAddress": "Accounts payable, 12 Engine Row, London"}}""")
                .put("/api/proposals/{id}/details", draft.id()).then().statusCode(200)
                .body("purchaseOrder.costCenter", equalTo("CC-4100 Sales"));
        given().contentType(ContentType.JSON).body("{\"purchaseOrder\": {\"costCenter\": \"x\"}}")
                .put("/api/proposals/{id}/details", Drafts.draft(kafka, "ONE_PAGE_QUOTE").id())
                .then().statusCode(400).body("errors[0].field", equalTo("purchaseOrder"));
        given().post("/api/proposals/{id}/sending", draft.id()).then().statusCode(200);

        Pdf pdf = document(draft.id(), "purchase-order-quote");
        assertTrue(pdf.text().contains("Quotation for purchase order"));
        assertTrue(pdf.text().contains("REQ-2026-0815") && pdf.text().contains("PR-4471")
                && pdf.text().contains("CC-4100 Sales"));
        assertTrue(pdf.text().contains("4555.78 EUR"));
        given().get("/api/proposals/{id}/document", UUID.randomUUID()).then().statusCode(404);
    }
}
