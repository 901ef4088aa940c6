package io.salespipeline.proposal.api;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.salespipeline.infra.testing.EventSender;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;

/** Test fixtures: drafts come only from prospect-service's hand-over, so tests make them by sending it. */
public final class Drafts {

    public static final String TOPIC = "sales.prospect.ready-for-proposal";
    public static final String TYPE = "io.salespipeline.prospect.ProspectReadyForProposal.v1";

    /** A draft proposal made from a hand-over. */
    public record Draft(UUID dealId, String id) {
    }

    private Drafts() {
    }

    /** A ProspectReadyForProposal.v1 payload as prospect-service publishes it, plus a field this reader does not know. */
    public static String readyForProposal(UUID dealId, String company, String procedure) {
        return """
                {"prospectId": "0193a200-0000-7000-8000-000000000001", "dealId": "%s",
                 "contact": {"name": "Ada Lovelace", "email": "ada@example.com", "phone": "+44 20 7946 0000",
                             "company": "%s", "jobTitle": "CTO", "country": "GB"},
                 "profile": {"industry": "Manufacturing", "companySize": "200-500", "businessModel": "B2B",
                             "cultureNotes": "Consensus-driven", "decisionMakers": [
                               {"name": "Charles Babbage", "role": "CFO", "influence": "HIGH"}]},
                 "procurement": {"procedure": "%s", "notes": "Three quotes for purchases over 10k"},
                 "applications": [{"applicationId": "0193a200-0000-7000-8000-0000000000a1",
                                   "product": "Pipeline CRM", "problem": "Leads lost in spreadsheets",
                                   "costSaving": {"amount": "12000.00", "currency": "EUR"},
                                   "timeSavingHours": "12.5", "period": "MONTH",
                                   "reasoning": "Four sellers each lose three hours a week"}],
                 "readyAt": "2026-11-20T10:00:00Z",
                 "addedInAFutureVersion": {"ignored": true}}""".formatted(dealId, company, procedure);
    }

    /** A hand-over of a prospect that buys through a formal RFP, with its references. */
    public static String readyForRfp(UUID dealId, String company, String readyAt) {
        return readyForProposal(dealId, company, "FORMAL_RFP")
                .replace("\"notes\": \"Three quotes for purchases over 10k\"}", """
                        "notes": "Submit through the supplier portal", "rfpReference": "RFP-2026-114",
                         "deadline": "2027-01-15", "approvalSteps": [
                           {"step": "Technical evaluation", "approver": "IT architecture board"},
                           {"step": "CFO sign-off", "approver": "Charles Babbage"}]}""")
                .replace("2026-11-20T10:00:00Z", readyAt);
    }

    /**
     * The hand-over as prospect-service publishes it: the deal's owner and whom it
     * is shared with (readyForProposal alone is a hand-over from before, without them).
     */
    public static String ownedBy(String readyForProposal, String owner, String... sharedWith) {
        String shared = java.util.Arrays.stream(sharedWith).map(s -> "\"" + s + "\"")
                .collect(java.util.stream.Collectors.joining(", ", "[", "]"));
        return readyForProposal.replace("\"readyAt\":", "\"owner\": \"" + owner + "\", \"sharedWith\": " + shared
                + ", \"readyAt\":");
    }

    /** A draft of a deal the given seller works, shared with the others; awaited as the signed-in principal. */
    public static Draft ownedDraft(String kafka, String procedure, String owner, String... sharedWith) {
        UUID dealId = UUID.randomUUID();
        send(kafka, UUID.randomUUID().toString(), dealId,
                ownedBy(readyForProposal(dealId, "Analytical Engines Ltd", procedure), owner, sharedWith));
        return new Draft(dealId, awaitProposalOf(dealId));
    }

    public static void send(String kafka, String eventId, UUID dealId, String json) {
        try (EventSender sender = new EventSender(kafka)) {
            sender.send(TOPIC, eventId, TYPE, dealId, json);
        }
    }

    /** Waits until the deal's proposal is visible through the API and answers its id. */
    public static String awaitProposalOf(UUID dealId) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().queryParam("dealId", dealId.toString()).get("/api/proposals")
                        .then().statusCode(200).extract().<Integer>path("items.size()") > 0);
        return given().queryParam("dealId", dealId.toString()).get("/api/proposals")
                .then().extract().path("items[0].id");
    }

    public static Draft draft(String kafka, String procedure) {
        UUID dealId = UUID.randomUUID();
        send(kafka, UUID.randomUUID().toString(), dealId, readyForProposal(dealId, "Analytical Engines Ltd", procedure));
        return new Draft(dealId, awaitProposalOf(dealId));
    }

    public static void addLine(String id, String json) {
        given().contentType(ContentType.JSON).body(json).post("/api/proposals/{id}/lines", id)
                .then().statusCode(201);
    }
}
