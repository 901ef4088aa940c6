package io.salespipeline.contract.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.salespipeline.infra.testing.EventSender;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.platform.security.Roles;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;

/** Test helpers: a ProposalAccepted on the real broker, as proposal-service publishes it (with or without its ownership), and signing. */
public final class AcceptedProposals {

    private AcceptedProposals() {
    }

    public static final String ACCEPTED = """
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

    /** How long a test waits for a published ProposalAccepted to become a draft contract, unless it says otherwise. */
    public static final Duration WAIT = Duration.ofSeconds(60);

    /** Looking for the draft is a sales manager's view: the consumer drafts it whoever owns it. */
    private static final Header MANAGER = Tokens.as("max.manager", Roles.SALES_MANAGER);

    /** Publishes a ProposalAccepted (no owner, as before ownership) and waits for the draft contract; returns its id. */
    public static String contractFor(String kafka, UUID dealId, String eventId) {
        return contractFor(kafka, dealId, eventId, WAIT);
    }

    /** As {@link #contractFor(String, UUID, String)}, waiting at most {@code wait}. */
    public static String contractFor(String kafka, UUID dealId, String eventId, Duration wait) {
        return publishAndAwait(kafka, dealId, eventId, ACCEPTED.formatted(UUID.randomUUID(), dealId), wait);
    }

    /** As {@link #contractFor(String, UUID, String)}, with another customer company name. */
    public static String contractFor(String kafka, UUID dealId, String eventId, String company) {
        return publishAndAwait(kafka, dealId, eventId,
                ACCEPTED.formatted(UUID.randomUUID(), dealId).replace("Customer GmbH", company), WAIT);
    }

    /** A contract of the deal worked by {@code owner} and shared with {@code sharedWith}, as the event hands it on. */
    public static String ownedContractFor(String kafka, UUID dealId, String owner, String... sharedWith) {
        return publishAndAwait(kafka, dealId, UUID.randomUUID().toString(), owned(dealId, owner, sharedWith), WAIT);
    }

    /** The event data of an accepted proposal of the deal carrying its ownership ({@code owner} and {@code sharedWith}). */
    public static String owned(UUID dealId, String owner, String... sharedWith) {
        String subjects = java.util.Arrays.stream(sharedWith).map(subject -> "\"" + subject + "\"")
                .collect(java.util.stream.Collectors.joining(", "));
        return ACCEPTED.formatted(UUID.randomUUID(), dealId)
                .replaceFirst("\\{", "{\"owner\": \"" + owner + "\", \"sharedWith\": [" + subjects + "], ");
    }

    /** Publishes {@code data} as a ProposalAccepted of the deal and waits for its draft contract; returns its id. */
    public static String publishAndAwait(String kafka, UUID dealId, String eventId, String data, Duration wait) {
        try (EventSender sender = new EventSender(kafka)) {
            sender.send("sales.proposal.accepted", eventId, "io.salespipeline.proposal.ProposalAccepted.v1", dealId,
                    data);
        }
        return await().atMost(wait).until(
                () -> given().header(MANAGER).queryParam("dealId", dealId.toString()).get("/api/contracts").then()
                        .statusCode(200).extract().jsonPath(),
                page -> page.getList("items").size() == 1).getString("items[0].id");
    }

    public static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    public static byte[] document(String id) {
        return given().get("/api/contracts/{id}/document", id).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
    }

    /**
     * Signs as {@code role} over the hash of the document the signer read: the seller as the
     * signed-in principal; the customer through their signing link (re-sent to a mailbox opened here).
     */
    public static void sign(String id, String role, String hash) {
        if ("CUSTOMER".equals(role)) {
            try (CustomerMail mail = new CustomerMail()) {
                mail.resendSigningLink(id);
                mail.sign(id, "CUSTOMER person");
            }
            return;
        }
        given().contentType(ContentType.JSON).body("""
                {"signerName": "%1$s person", "signerEmail": "%1$s@example.com", "role": "%1$s", "documentSha256": "%2$s"}"""
                .formatted(role, hash)).post("/api/contracts/{id}/signatures", id).then().statusCode(200);
    }
}
