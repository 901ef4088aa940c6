package io.salespipeline.contract.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.salespipeline.infra.testing.EventSender;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;

/** Test helpers: a ProposalAccepted on the real broker, as proposal-service publishes it, and signing. */
final class AcceptedProposals {

    private AcceptedProposals() {
    }

    static final String ACCEPTED = """
            {"proposalId": "%s", "dealId": "%s", "version": 2, "futureField": {"ignored": true},
             "customer": {"company": "Customer GmbH", "contactName": "Ada Buyer", "contactEmail": "ada@customer.example"},
             "procurement": "PURCHASE_ORDER", "currency": "EUR",
             "lines": [
               {"lineNo": 1, "sku": "PIPE-CRM-SEAT", "name": "Pipeline CRM seat", "unit": "seat-month", "quantity": "10",
                "unitPrice": {"amount": "29.00", "currency": "EUR"}, "discountPercent": "7.5", "taxRatePercent": "19",
                "net": {"amount": "268.25", "currency": "EUR"}, "tax": {"amount": "50.97", "currency": "EUR"},
                "total": {"amount": "319.22", "currency": "EUR"}},
               {"lineNo": 2, "sku": "ONBOARD-DAY", "name": "Onboarding workshop day", "unit": "day", "quantity": "2",
                "unitPrice": {"amount": "1200.00", "currency": "EUR"}, "discountPercent": "0", "taxRatePercent": "19",
                "net": {"amount": "2400.00", "currency": "EUR"}, "tax": {"amount": "456.00", "currency": "EUR"},
                "total": {"amount": "2856.00", "currency": "EUR"}}],
             "totals": {"net": {"amount": "2668.25", "currency": "EUR"}, "tax": {"amount": "506.97", "currency": "EUR"},
                        "total": {"amount": "3175.22", "currency": "EUR"}},
             "validUntil": "2026-12-23", "acceptedBy": "Ada Buyer", "acceptedAt": "2026-11-23T10:00:00Z"}""";

    /** Publishes a ProposalAccepted and waits for the draft contract; returns its id. */
    static String contractFor(String kafka, UUID dealId, String eventId) {
        try (EventSender sender = new EventSender(kafka)) {
            sender.send("sales.proposal.accepted", eventId, "io.salespipeline.proposal.ProposalAccepted.v1", dealId,
                    ACCEPTED.formatted(UUID.randomUUID(), dealId));
        }
        return await().atMost(Duration.ofSeconds(60)).until(
                () -> given().queryParam("dealId", dealId.toString()).get("/api/contracts").then().statusCode(200)
                        .extract().jsonPath(),
                page -> page.getList("items").size() == 1).getString("items[0].id");
    }

    /** As {@link #contractFor}, with another customer company name. */
    static String contractFor(String kafka, UUID dealId, String eventId, String company) {
        try (EventSender sender = new EventSender(kafka)) {
            sender.send("sales.proposal.accepted", eventId, "io.salespipeline.proposal.ProposalAccepted.v1", dealId,
                    ACCEPTED.formatted(UUID.randomUUID(), dealId).replace("Customer GmbH", company));
        }
        return await().atMost(Duration.ofSeconds(60)).until(
                () -> given().queryParam("dealId", dealId.toString()).get("/api/contracts").then().statusCode(200)
                        .extract().jsonPath(),
                page -> page.getList("items").size() == 1).getString("items[0].id");
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    static byte[] document(String id) {
        return given().get("/api/contracts/{id}/document", id).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
    }

    static void sign(String id, String role, String hash) {
        given().contentType(ContentType.JSON).body("""
                {"signerName": "%1$s person", "signerEmail": "%1$s@example.com", "role": "%1$s", "documentSha256": "%2$s"}"""
                .formatted(role, hash)).post("/api/contracts/{id}/signatures", id).then().statusCode(200);
    }
}
