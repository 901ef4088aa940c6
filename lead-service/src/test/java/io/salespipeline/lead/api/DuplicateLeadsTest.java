package io.salespipeline.lead.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.salespipeline.platform.security.Roles;
import io.salespipeline.infra.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.lead.domain.Lead;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import io.salespipeline.lead.security.ApiKeysFixture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "lead"))
class DuplicateLeadsTest {

    // A seller takes in leads.
    @BeforeEach
    void signInForTest() {
        Tokens.signIn("sam.seller", Roles.SELLER);
    }


    static String person(String name, String email, String phone, String company, String country) {
        return """
                {"name": "%s", "email": %s, "phone": %s, "company": %s, "country": %s,
                 "source": {"kind": "EMAIL_LIST", "detail": "Purchased list 2026-11"}}"""
                .formatted(name, quoted(email), quoted(phone), quoted(company), quoted(country));
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    static String create(String body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/leads")
                .then().statusCode(201).extract().path("id");
    }

    static void refusedAsDuplicateOf(String body, String existing, String matchedOn) {
        given().contentType(ContentType.JSON).body(body).post("/api/leads")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://salespipeline.io/problems/duplicate-lead"))
                .body("existingLeadId", equalTo(existing))
                .body("matchedOn", equalTo(matchedOn));
    }

    @Test
    void theSameEmailInAnotherCaseIsTheSamePerson() {
        String id = create(person("Dup Email", "dup.email@example.com", null, null, null));
        refusedAsDuplicateOf(person("Someone Else", "  DUP.Email@Example.com ", null, null, null), id, "email");
        // Plus-addressing is another address (decided: kept, see PersonKey).
        create(person("Dup Email Plus", "dup.email+news@example.com", null, null, null));
    }

    @Test
    void theSamePhoneWrittenDifferentlyIsTheSamePerson() {
        String id = create(person("Dup Phone", null, "030 5550 1234", null, "DE"));
        refusedAsDuplicateOf(person("Other Name", "other.phone@example.com", "+49 30 5550-1234", null, null),
                id, "phone");
        // The same digits in Austria are another number.
        create(person("Dup Phone AT", null, "030 5550 1234", null, "AT"));
    }

    @Test
    void theSameNameAtTheSameCompanyIsTheSamePerson() {
        String id = create(person("Zoë Dupont", "zoe.one@example.com", null, "Dupont Widgets GmbH", null));
        refusedAsDuplicateOf(person("zoe DUPONT", "zoe.private@example.net", null, "Dupont Widgets", null),
                id, "nameAndCompany");
        create(person("Zoë Dupont", "zoe.other@example.com", null, "Other Widgets GmbH", null));
    }

    @Test
    void anUnreadablePhoneIsBadInput() {
        given().contentType(ContentType.JSON).body(person("Bad Phone", null, "n/a", null, "DE"))
                .post("/api/leads").then().statusCode(400).body("errors[0].field", equalTo("phone"));
    }

    @Test
    void concurrentSubmissionsOfOnePersonMakeOneLead() throws Exception {
        int clients = 8;
        CyclicBarrier start = new CyclicBarrier(clients);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Response>> answers = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            // Each arrives by a different key part too: the same e-mail, differently written.
            String email = (i % 2 == 0 ? "RACE@example.com" : "race@EXAMPLE.com");
            String body = person("Race Runner " + i, email, null, null, null);
            answers.add(pool.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return given().contentType(ContentType.JSON).body(body).post("/api/leads");
            }));
        }
        List<String> created = new ArrayList<>();
        List<String> existing = new ArrayList<>();
        for (Future<Response> answer : answers) {
            Response response = answer.get(60, TimeUnit.SECONDS);
            if (response.statusCode() == 201) {
                created.add(response.path("id"));
            } else {
                assertEquals(409, response.statusCode(), response.asString());
                existing.add(response.path("existingLeadId"));
            }
        }
        pool.shutdown();
        assertEquals(1, created.size(), "exactly one lead created");
        existing.forEach(id -> assertEquals(created.get(0), id));
        long stored = QuarkusTransaction.requiringNew().call(() -> Lead.count("personKey.email", "race@example.com"));
        assertEquals(1, stored);
    }

    static void refusedWithoutNamingTheLead(io.restassured.http.Header who, String body, String idempotencyKey) {
        var request = given().header(who).contentType(ContentType.JSON).body(body);
        if (idempotencyKey != null) {
            request = request.header("Idempotency-Key", idempotencyKey);
        }
        String answer = request.post("/api/leads").then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://salespipeline.io/problems/duplicate-lead"))
                .body("existingLeadId", nullValue()).body("matchedOn", nullValue()).extract().asString();
        assertFalse(answer.matches("(?s).*[0-9a-f]{8}-[0-9a-f]{4}-.*"), answer);
    }

    @Test
    void theDuplicateAnswerNamesTheExistingLeadOnlyToWhoMaySeeIt() {
        String email = "scoped-" + UUID.randomUUID() + "@example.com";
        String id = create(person("Scoped Dup", email, null, null, null)); // sam.seller's
        String again = person("Scoped Again", email, null, null, null);
        var sue = Tokens.as("sue.seller", Roles.SELLER);
        refusedWithoutNamingTheLead(sue, again, null);
        refusedWithoutNamingTheLead(sue, again, UUID.randomUUID().toString());
        String key = ApiKeysFixture.issue("dup-crm-" + UUID.randomUUID().toString().substring(0, 8));
        Tokens.signOut(); // the key alone, without the seller's token
        given().header("X-Api-Key", key).contentType(ContentType.JSON).body(again).post("/api/leads")
                .then().statusCode(409).body("existingLeadId", nullValue()).body("matchedOn", nullValue());
        signInForTest();
        refusedAsDuplicateOf(again, id, "email"); // the owner
        given().header(Tokens.as("max.manager", Roles.SALES_MANAGER)).contentType(ContentType.JSON).body(again)
                .header("Idempotency-Key", UUID.randomUUID().toString()).post("/api/leads")
                .then().statusCode(409).body("existingLeadId", equalTo(id)).body("matchedOn", equalTo("email"));
        given().contentType(ContentType.JSON).body("{\"sharedWith\": [\"sue.seller\"]}")
                .put("/api/leads/{id}/sharing", id).then().statusCode(200);
        given().header(sue).contentType(ContentType.JSON).body(again).post("/api/leads")
                .then().statusCode(409).body("existingLeadId", equalTo(id)).body("matchedOn", equalTo("email"));
    }
}
