package io.salespipeline.lead.acrossstages;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;

/** Test helpers: a lead made and qualified through the API, as the signed-in caller. */
final class Leads {

    private Leads() {
    }

    /** A different person per e-mail: name + company also identify a person. */
    static String create(String email) {
        return given().contentType(ContentType.JSON).body("""
                {"name": "Grace Hopper", "email": "%s", "company": "Navy Labs (%s)", "country": "US",
                 "source": {"kind": "CONFERENCE", "detail": "TechConf 2026"}}""".formatted(email, email))
                .post("/api/leads").then().statusCode(201).extract().path("id");
    }

    /** Assessed viable, then interest expressed: the lead is qualified and starts a deal; answers its id. */
    static String qualify(String id) {
        given().contentType(ContentType.JSON).body("{\"viable\": true, \"reasons\": \"Budget approved\"}")
                .post("/api/leads/{id}/assessment", id).then().statusCode(200);
        return given().contentType(ContentType.JSON)
                .body("{\"channel\": \"PHONE\", \"expressedAt\": \"2026-11-20T09:30:00Z\", \"topics\": \"pricing\"}")
                .post("/api/leads/{id}/interest", id).then().statusCode(200)
                .body("status", equalTo("QUALIFIED")).extract().path("dealId");
    }
}
