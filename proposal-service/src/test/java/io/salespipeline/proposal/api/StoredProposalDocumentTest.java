package io.salespipeline.proposal.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.platform.documents.PdfDocuments;
import io.salespipeline.platform.security.Roles;
import io.salespipeline.proposal.api.Drafts.Draft;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A sent version's PDF is stored with the sending (and again when a revision supersedes it) and
 * served as stored with its SHA-256 as a strong ETag; a draft's is rendered on demand.
 */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "proposal"))
class StoredProposalDocumentTest {

    @BeforeEach
    void signIn() {
        Tokens.signIn("max.manager", Roles.SALES_MANAGER);
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Inject
    EntityManager entityManager;

    private Draft sent() {
        Draft draft = Drafts.draft(kafka, "ONE_PAGE_QUOTE");
        Drafts.addLine(draft.id(), "{\"sku\": \"ONBOARD-DAY\", \"quantity\": \"2\", \"taxRatePercent\": \"19\"}");
        given().post("/api/proposals/{id}/sending", draft.id()).then().statusCode(200);
        return draft;
    }

    private static byte[] document(String id) {
        return given().get("/api/proposals/{id}/document", id).then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();
    }

    @Test
    void sendingStoresThePdf_aGetServesTheStoredBytesWithTheirHashAsETag_andIfNoneMatchAnswers304() {
        Draft draft = sent();
        List<String> stored = storedHashes(draft.id());
        assertEquals(1, stored.size(), "stored when sent, before any GET");
        String hash = stored.get(0);

        byte[] pdf = given().get("/api/proposals/{id}/document", draft.id()).then().statusCode(200)
                .header("ETag", "\"" + hash + "\"").header("X-Document-SHA256", hash).extract().asByteArray();
        assertEquals(hash, PdfDocuments.sha256(pdf));
        given().header("If-None-Match", "\"" + hash + "\"").get("/api/proposals/{id}/document", draft.id()).then()
                .statusCode(304).header("ETag", "\"" + hash + "\"").body(equalTo(""));

        // What is served is the stored row, not a new rendering.
        byte[] planted = "stored bytes".getBytes(StandardCharsets.UTF_8);
        replaceStored(UUID.fromString(draft.id()), planted);
        assertArrayEquals(planted, document(draft.id()));
    }

    @Test
    void aDraftIsRenderedOnDemandAndNotStored() {
        Draft draft = Drafts.draft(kafka, "ONE_PAGE_QUOTE");
        byte[] pdf = given().get("/api/proposals/{id}/document", draft.id()).then().statusCode(200).extract()
                .asByteArray();
        given().header("If-None-Match", "\"" + PdfDocuments.sha256(pdf) + "\"")
                .get("/api/proposals/{id}/document", draft.id()).then().statusCode(304);
        assertEquals(List.of(), storedHashes(draft.id()));
    }

    @Test
    void aRevisionStoresTheSupersededPdf_andAnAcceptedProposalIsStoredAnewOnItsFirstGet() throws IOException {
        Draft draft = sent();
        String sentHash = storedHashes(draft.id()).get(0);
        given().post("/api/proposals/{id}/revisions", draft.id()).then().statusCode(201);
        String supersededHash = storedHashes(draft.id()).get(0);
        assertNotEquals(sentHash, supersededHash, "rendered again with the revision, before any GET");
        byte[] superseded = document(draft.id());
        assertEquals(supersededHash, PdfDocuments.sha256(superseded));
        assertTrue(text(superseded).contains("SUPERSEDED by version 2"));

        Draft accepted = sent();
        String beforeAcceptance = storedHashes(accepted.id()).get(0);
        CustomerPages.accept(accepted.id(), 1).statusCode(200);
        byte[] pdf = document(accepted.id());
        assertTrue(text(pdf).contains("ACCEPTED by Ada Lovelace"), "never a PDF older than the proposal");
        assertEquals(List.of(PdfDocuments.sha256(pdf)), storedHashes(accepted.id()));
        assertNotEquals(beforeAcceptance, storedHashes(accepted.id()).get(0));
    }

    @Test
    void aProposalSentBeforeDocumentsWereStoredGetsItsPdfStoredOnTheFirstGet() {
        Draft draft = sent();
        byte[] sent = document(draft.id());
        forgetStored(UUID.fromString(draft.id()));
        assertArrayEquals(sent, document(draft.id()));
        assertEquals(List.of(PdfDocuments.sha256(sent)), storedHashes(draft.id()));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Transactional
    List<String> storedHashes(String id) {
        return entityManager.createNativeQuery("select sha256 from proposal_document where id = :id", String.class)
                .setParameter("id", UUID.fromString(id)).getResultList();
    }

    @Transactional
    void replaceStored(UUID id, byte[] pdf) {
        entityManager.createNativeQuery("update proposal_document set pdf = :pdf where id = :id")
                .setParameter("pdf", pdf).setParameter("id", id).executeUpdate();
    }

    @Transactional
    void forgetStored(UUID id) {
        entityManager.createNativeQuery("delete from proposal_document where id = :id").setParameter("id", id)
                .executeUpdate();
    }
}
