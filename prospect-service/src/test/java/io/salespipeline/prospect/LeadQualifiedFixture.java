package io.salespipeline.prospect;

import static io.restassured.RestAssured.given;

import io.salespipeline.infra.testing.EventSender;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;

/** Test helper: qualified leads as lead-service publishes them, and the prospects they open. */
public final class LeadQualifiedFixture {

    public static final String TOPIC = "sales.lead.qualified";
    public static final String TYPE = "io.salespipeline.lead.LeadQualified.v1";

    private LeadQualifiedFixture() {
    }

    /** LeadQualified.v1 data; an unknown field is included to prove the reader is tolerant. */
    public static String leadQualified(UUID dealId, String name) {
        return """
                {"leadId": "%s", "dealId": "%s",
                 "contact": {"name": "%s", "email": "grace@example.com", "phone": "+1 555 0100",
                             "company": "Navy Labs", "jobTitle": "Rear Admiral", "country": "US"},
                 "source": {"kind": "CONFERENCE", "detail": "TechConf 2026"},
                 "assessment": {"viable": true, "reasons": "Budget approved", "assessedBy": "seller-1",
                                "assessedAt": "2026-11-20T09:00:00Z"},
                 "interest": {"channel": "PHONE", "expressedAt": "2026-11-20T09:30:00Z", "topics": "pricing",
                              "recordedBy": "seller-1", "recordedAt": "2026-11-20T09:31:00Z"},
                 "qualifiedAt": "2026-11-20T09:31:00Z", "someFutureField": {"x": 1}}"""
                .formatted(UUID.randomUUID(), dealId, name);
    }

    /** Publishes a LeadQualified for a new deal and waits until its prospect exists; returns the prospect id. */
    public static String openProspect(EventSender sender, UUID dealId) {
        sender.send(TOPIC, UUID.randomUUID().toString(), TYPE, dealId, leadQualified(dealId, "Grace Hopper"));
        return awaitProspectIds(dealId).get(0);
    }

    public static List<String> awaitProspectIds(UUID dealId) {
        return Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> prospectIds(dealId), ids -> !ids.isEmpty());
    }

    public static List<String> prospectIds(UUID dealId) {
        return given().queryParam("dealId", dealId.toString()).get("/api/prospects")
                .then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
    }
}
