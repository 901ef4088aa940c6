package io.salespipeline.contract.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.platform.security.Roles;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.EventSender;
import io.salespipeline.infra.testing.EventTap;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "contract"))
class ContractResourceTest {

    // Contracts made from test events have no seller of their own: a sales manager works them.
    @BeforeEach
    void signIn() {
        Tokens.signIn("max.manager", Roles.SALES_MANAGER);
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    /** Publishes a ProposalAccepted as proposal-service would and waits for the draft contract. */
    private String contractFromAcceptedProposal(UUID dealId, String eventId) {
        return AcceptedProposals.contractFor(kafka, dealId, eventId);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return AcceptedProposals.sha256(bytes);
    }

    private static void sign(String id, String role, String hash) {
        AcceptedProposals.sign(id, role, hash);
    }

    @Test
    void anAcceptedProposalBecomesOneDraftContractWhateverTheRepeats() {
        UUID dealId = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String id = contractFromAcceptedProposal(dealId, eventId);
        String proposalId = given().get("/api/contracts/{id}", id).then().extract().path("proposalId");
        // The same event again, and another event for the same deal and accepted proposal: still one
        // contract (another proposal for the deal is refused: TamperedProposalAcceptedTest).
        try (EventSender sender = new EventSender(kafka)) {
            sender.send("sales.proposal.accepted", eventId, "io.salespipeline.proposal.ProposalAccepted.v1", dealId,
                    AcceptedProposals.ACCEPTED.formatted(UUID.randomUUID(), dealId));
            sender.send("sales.proposal.accepted", UUID.randomUUID().toString(),
                    "io.salespipeline.proposal.ProposalAccepted.v1", dealId,
                    AcceptedProposals.ACCEPTED.formatted(proposalId, dealId).replace("Customer GmbH", "Renamed AG"));
        }
        // A later deal sent after the repeats is drafted, so the repeats were consumed before it.
        contractFromAcceptedProposal(UUID.randomUUID(), UUID.randomUUID().toString());
        given().queryParam("dealId", dealId.toString()).get("/api/contracts")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].id", equalTo(id))
                .body("items[0].status", equalTo("DRAFT"))
                .body("items[0].proposalVersion", equalTo(2))
                .body("items[0].totals.total.amount", equalTo("3175.22"))
                .body("items[0].terms.governingLaw", containsString("Germany"))
                .body("items[0].seller", equalTo("Acme Sales GmbH"));
    }

    @Test
    void signaturesAndTheFirstOrderCloseTheDealOnceOnTheBroker() throws Exception {
        UUID dealId = UUID.randomUUID();
        UUID accountId = UUID.randomUUID();
        // Where the deal came from and its company account travel with the accepted proposal and go on with DealClosed.
        String id = AcceptedProposals.publishAndAwait(kafka, dealId, UUID.randomUUID().toString(),
                AcceptedProposals.ACCEPTED.formatted(UUID.randomUUID(), dealId).replaceFirst("\\{", """
                        {"attribution": {"sourceKind": "WEB_FORM", "sourceDetail": "Contact us", "campaign": "spring-2026"},
                         "accountId": "%s", """.formatted(accountId)),
                AcceptedProposals.WAIT);
        given().post("/api/contracts/{id}/sending", id).then().statusCode(200)
                .body("status", equalTo("SENT_FOR_SIGNATURE"));
        byte[] document = given().get("/api/contracts/{id}/document", id).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        String hash = sha256(document);
        given().get("/api/contracts/{id}", id).then().body("documentSha256", equalTo(hash))
                .body("accountId", equalTo(accountId.toString()));
        given().queryParam("dealId", dealId.toString()).get("/api/contracts").then()
                .body("items[0].accountId", equalTo(accountId.toString()));

        try (EventTap closed = new EventTap(kafka, "sales.deal.closed")) {
            sign(id, "SELLER", hash);
            given().contentType(ContentType.JSON)
                    .body("{\"poNumber\": \"PO-77\", \"requestedDeliveryDate\": \"2026-12-15\", "
                            + "\"lines\": [{\"lineNo\": 1, \"quantity\": \"4\"}]}")
                    .post("/api/contracts/{id}/first-order", id).then().statusCode(200)
                    .body("status", equalTo("PARTIALLY_SIGNED")).body("closedAt", equalTo(null))
                    .body("firstOrder.totals.total.amount", equalTo("127.69"));
            sign(id, "CUSTOMER", hash);
            given().get("/api/contracts/{id}", id).then().body("status", equalTo("SIGNED"))
                    .body("signatures", hasSize(2)).body("signatures[1].documentSha256", equalTo(hash))
                    .body("closedAt", org.hamcrest.Matchers.notNullValue());

            EventTap.Event event = closed.await(e -> dealId.toString().equals(e.key()), Duration.ofSeconds(30));
            assertEquals("io.salespipeline.contract.DealClosed.v1", event.header("ce_type"));
            JsonPath data = JsonPath.from(event.value());
            assertEquals(id, data.getString("contractId"));
            assertEquals("PO-77", data.getString("firstOrder.poNumber"));
            assertEquals("2026-12-15", data.getString("firstOrder.requestedDeliveryDate"));
            assertEquals("4", data.getString("firstOrder.lines[0].quantity"));
            assertEquals("107.30", data.getString("firstOrder.lines[0].net.amount"));
            assertEquals("127.69", data.getString("firstOrder.totals.total.amount"));
            assertEquals("Customer GmbH", data.getString("customer.company"));
            // The contact travels encrypted with the deal's key: readable only through the inbox.
            assertTrue(data.getString("customer.contactName").startsWith("pii:v1:"), event.value());
            assertFalse(event.value().contains("Ada Buyer") || event.value().contains("ada@customer.example"),
                    event.value());
            assertEquals("WEB_FORM", data.getString("attribution.sourceKind"));
            assertEquals("Contact us", data.getString("attribution.sourceDetail"));
            assertEquals("spring-2026", data.getString("attribution.campaign"));
            assertEquals(accountId.toString(), data.getString("accountId"));

            // Exactly once: nothing more is published for this deal.
            long more = closed.collect(Duration.ofSeconds(3)).stream().filter(e -> dealId.toString().equals(e.key()))
                    .count();
            assertEquals(1, more);
        }
        given().contentType(ContentType.JSON).body("{\"poNumber\": \"PO-78\"}")
                .post("/api/contracts/{id}/first-order", id)
                .then().statusCode(409).contentType("application/problem+json").body("currentState", equalTo("SIGNED"));
    }

    @Test
    void termsAreEditableOnlyInDraftAndAStaleSignatureIsRefused() throws Exception {
        String id = contractFromAcceptedProposal(UUID.randomUUID(), UUID.randomUUID().toString());
        // A draft holds no hash (nothing is fixed to sign yet); its PDF is rendered as it reads now.
        given().get("/api/contracts/{id}", id).then().body("documentSha256", nullValue());
        String before = sha256(given().get("/api/contracts/{id}/document", id).then().statusCode(200)
                .extract().asByteArray());
        // A blank term is refused while drafting, and the stored terms stay as they were.
        given().contentType(ContentType.JSON).body("""
                {"paymentTerms": " ", "delivery": "d", "warranty": "w", "liability": "l", "duration": "d",
                 "renewal": "r", "governingLaw": "g"}""").put("/api/contracts/{id}/terms", id)
                .then().statusCode(400).contentType("application/problem+json");
        given().get("/api/contracts/{id}", id).then().body("terms.renewal", containsString("12 months"));
        assertEquals(before, sha256(given().get("/api/contracts/{id}/document", id).then().extract().asByteArray()));
        String terms = """
                {"paymentTerms": "Net 14 days", "delivery": "Within 10 business days", "warranty": "24 months",
                 "liability": "Limited to twice the contract value", "duration": "24 months",
                 "renewal": "No automatic renewal", "governingLaw": "Laws of Austria"}""";
        given().contentType(ContentType.JSON).body(terms).put("/api/contracts/{id}/terms", id)
                .then().statusCode(200).body("terms.paymentTerms", equalTo("Net 14 days"))
                .body("documentSha256", nullValue());
        String after = sha256(given().get("/api/contracts/{id}/document", id).then().extract().asByteArray());
        org.junit.jupiter.api.Assertions.assertNotEquals(before, after);

        // The sending fixes the document as it reads now.
        given().post("/api/contracts/{id}/sending", id).then().statusCode(200).body("documentSha256", equalTo(after));
        given().contentType(ContentType.JSON).body(terms).put("/api/contracts/{id}/terms", id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("currentState", equalTo("SENT_FOR_SIGNATURE"));
        given().contentType(ContentType.JSON).body("""
                {"signerName": "Sam", "signerEmail": "sam@example.com", "role": "SELLER", "documentSha256": "%s"}"""
                .formatted(before)).post("/api/contracts/{id}/signatures", id)
                .then().statusCode(409).body("detail", containsString("current document"));
        given().get("/api/contracts/{id}", id).then().body("signatures", hasSize(0))
                .body("status", equalTo("SENT_FOR_SIGNATURE"));

        // The hash of what the signer read now is the current one; the same role cannot sign twice.
        byte[] document = given().get("/api/contracts/{id}/document", id).then().extract().asByteArray();
        assertEquals(after, sha256(document));
        sign(id, "CUSTOMER", after);
        sign(id, "SELLER", after);
        given().contentType(ContentType.JSON).body("""
                {"signerName": "Sam again", "signerEmail": "sam@example.com", "role": "SELLER", "documentSha256": "%s"}"""
                .formatted(after))
                .post("/api/contracts/{id}/signatures", id)
                .then().statusCode(409).body("currentState", equalTo("SIGNED"));
        given().get("/api/contracts/{id}", id).then().body("signatures", hasSize(2))
                .body("signatures[0].documentSha256", equalTo(after));
    }

    @Test
    void badInputAnswers400AndChangesNothing() {
        String id = contractFromAcceptedProposal(UUID.randomUUID(), UUID.randomUUID().toString());
        given().post("/api/contracts/{id}/sending", id).then().statusCode(200);
        for (String body : new String[] {
            "{\"lines\": [{\"lineNo\": 1, \"quantity\": \"11\"}]}",
            "{\"lines\": [{\"lineNo\": 1, \"quantity\": \"0\"}]}",
            "{\"lines\": [{\"lineNo\": 7, \"quantity\": \"1\"}]}",
            "{\"lines\": [{\"lineNo\": 2, \"quantity\": \"-1\"}]}",
            "{\"lines\": [{\"lineNo\": 1, \"quantity\": \"1\"}, {\"lineNo\": 2, \"quantity\": \"3\"}]}",
            "{\"lines\": []}",
            "{\"requestedDeliveryDate\": \"next week\"}"}) {
            given().contentType(ContentType.JSON).body(body).post("/api/contracts/{id}/first-order", id)
                    .then().statusCode(400).contentType("application/problem+json");
        }
        given().contentType(ContentType.JSON).body("{\"signerName\": \"Ada\", \"role\": \"NOTARY\"}")
                .post("/api/contracts/{id}/signatures", id).then().statusCode(400);
        // A hash given must be one (left out, the stored document's is taken: StoredContractDocumentTest).
        given().contentType(ContentType.JSON).body("{\"signerName\": \"Sam\", \"signerEmail\": \"sam@example.com\", "
                + "\"role\": \"SELLER\", \"documentSha256\": \" \"}")
                .post("/api/contracts/{id}/signatures", id).then().statusCode(400)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"signerName\": \"Sam\", \"signerEmail\": \"sam@example.com\", "
                + "\"role\": \"SELLER\", \"documentSha256\": \"xyz\"}")
                .post("/api/contracts/{id}/signatures", id).then().statusCode(400);
        given().contentType(ContentType.JSON).body("{\"paymentTerms\": \"\"}").put("/api/contracts/{id}/terms", id)
                .then().statusCode(org.hamcrest.Matchers.oneOf(400, 409));
        given().get("/api/contracts/{id}", id).then().body("firstOrder", equalTo(null))
                .body("signatures", hasSize(0)).body("status", equalTo("SENT_FOR_SIGNATURE"));
        given().get("/api/contracts/{id}", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void declineLosesTheDealOnTheBroker() {
        UUID dealId = UUID.randomUUID();
        String id = contractFromAcceptedProposal(dealId, UUID.randomUUID().toString());
        given().post("/api/contracts/{id}/sending", id).then().statusCode(200);
        try (EventTap lost = new EventTap(kafka, "sales.deal.lost")) {
            given().contentType(ContentType.JSON).body("{\"reason\": \"Legal rejected the liability clause\"}")
                    .post("/api/contracts/{id}/decline", id).then().statusCode(200).body("status", equalTo("DECLINED"));
            JsonPath data = JsonPath.from(lost.await(e -> dealId.toString().equals(e.key()), Duration.ofSeconds(30)).value());
            assertEquals("CONTRACT", data.getString("stage"));
            assertEquals("Legal rejected the liability clause", data.getString("reason"));
        }
    }
}
