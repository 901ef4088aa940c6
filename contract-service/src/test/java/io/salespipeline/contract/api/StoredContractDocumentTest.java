package io.salespipeline.contract.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.platform.security.Roles;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The PDF sent for signature is stored with the sending and served as stored, with its SHA-256
 * as a strong ETag; a signer may leave the hash out and signs the stored document.
 */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "contract"))
class StoredContractDocumentTest {

    @BeforeEach
    void signIn() {
        Tokens.signIn("max.manager", Roles.SALES_MANAGER);
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Inject
    EntityManager entityManager;

    private String sentContract() {
        String id = AcceptedProposals.contractFor(kafka, UUID.randomUUID(), UUID.randomUUID().toString());
        given().post("/api/contracts/{id}/sending", id).then().statusCode(200);
        return id;
    }

    @Test
    void sendingStoresThePdf_aGetServesTheStoredBytesWithTheirHashAsETag_andIfNoneMatchAnswers304() throws Exception {
        String id = sentContract();
        String hash = given().get("/api/contracts/{id}", id).then().extract().path("documentSha256");
        assertEquals(List.of(hash), storedHashes(id), "stored in the sending's transaction, before any GET");

        byte[] pdf = given().get("/api/contracts/{id}/document", id).then().statusCode(200)
                .header("ETag", "\"" + hash + "\"").header("X-Document-SHA256", hash).extract().asByteArray();
        assertEquals(hash, AcceptedProposals.sha256(pdf));
        given().header("If-None-Match", "\"" + hash + "\"").get("/api/contracts/{id}/document", id).then()
                .statusCode(304).header("ETag", "\"" + hash + "\"").body(equalTo(""));
        given().header("If-None-Match", "\"" + "0".repeat(64) + "\"").get("/api/contracts/{id}/document", id).then()
                .statusCode(200).header("ETag", "\"" + hash + "\"");

        // What is served is the stored row, not a new rendering.
        byte[] planted = "stored bytes".getBytes(StandardCharsets.UTF_8);
        replaceStored(UUID.fromString(id), planted);
        assertArrayEquals(planted, AcceptedProposals.document(id));
    }

    @Test
    void aContractSentBeforeDocumentsWereStoredGetsItsPdfStoredOnTheFirstGet() throws Exception {
        String id = sentContract();
        byte[] sent = AcceptedProposals.document(id);
        forgetStored(UUID.fromString(id));
        assertArrayEquals(sent, AcceptedProposals.document(id), "the same contract renders the same bytes");
        assertEquals(List.of(AcceptedProposals.sha256(sent)), storedHashes(id));
    }

    @Test
    void aDraftIsRenderedOnDemandAndNotStored_andARevisionForgetsTheSentPdf() {
        String id = AcceptedProposals.contractFor(kafka, UUID.randomUUID(), UUID.randomUUID().toString());
        given().get("/api/contracts/{id}/document", id).then().statusCode(200).header("ETag", containsString("\""));
        assertEquals(List.of(), storedHashes(id));
        given().post("/api/contracts/{id}/sending", id).then().statusCode(200);
        given().post("/api/contracts/{id}/revision", id).then().statusCode(200);
        assertEquals(List.of(), storedHashes(id));
    }

    @Test
    void aSignerMayLeaveTheHashOut_andSignsTheStoredDocument_aWrongHashIsA409Problem() {
        String id = sentContract();
        String hash = storedHashes(id).get(0);
        given().contentType(ContentType.JSON).body("""
                {"signerName": "Sam Seller", "signerEmail": "sam@example.com", "role": "SELLER",
                 "documentSha256": "%s"}""".formatted("ab".repeat(32)))
                .post("/api/contracts/{id}/signatures", id).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString(hash));
        given().contentType(ContentType.JSON).body("""
                {"signerName": "Sam Seller", "signerEmail": "sam@example.com", "role": "SELLER"}""")
                .post("/api/contracts/{id}/signatures", id).then().statusCode(200)
                .body("signatures[0].documentSha256", equalTo(hash)).body("status", equalTo("PARTIALLY_SIGNED"));
    }

    @Transactional
    List<String> storedHashes(String id) {
        return entityManager.createNativeQuery("select sha256 from contract_document where id = :id", String.class)
                .setParameter("id", UUID.fromString(id)).getResultList();
    }

    @Transactional
    void replaceStored(UUID id, byte[] pdf) {
        entityManager.createNativeQuery("update contract_document set pdf = :pdf where id = :id")
                .setParameter("pdf", pdf).setParameter("id", id).executeUpdate();
    }

    @Transactional
    void forgetStored(UUID id) {
        entityManager.createNativeQuery("delete from contract_document where id = :id").setParameter("id", id)
                .executeUpdate();
    }
}
