package io.salespipeline.lead.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
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
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "lead"))
class IdempotencyKeyTest {

    // A seller (or an integration) posts leads.
    @BeforeEach
    void signInForTest() {
        Tokens.signIn("sam.seller", Roles.SELLER);
    }


    private static String body(String email, String notes) {
        return """
                {"name": "Idem %s", "email": "%s", "notes": "%s", "attributes": {"a": "1", "b": "2"},
                 "source": {"kind": "MANUAL"}}""".formatted(email, email, notes);
    }

    private static long stored(String email) {
        return QuarkusTransaction.requiringNew().call(() -> Lead.count("personKey.email", email));
    }

    @Test
    void aRetryWithTheSameKeyGetsTheFirstAnswerAndCreatesNothing() {
        String key = UUID.randomUUID().toString();
        Response first = given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(body("idem.once@example.com", "first")).post("/api/leads");
        first.then().statusCode(201).contentType(ContentType.JSON);
        // The same request, written differently (member order, whitespace).
        Response retry = given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body("""
                        {"source": {"kind": "MANUAL"}, "attributes": {"b": "2", "a": "1"}, "notes": "first",
                            "email": "idem.once@example.com",   "name": "Idem idem.once@example.com"}""")
                .post("/api/leads");
        retry.then().statusCode(201).header("Location", equalTo(first.header("Location")))
                .body("id", equalTo(first.path("id"))).body("createdAt", equalTo(first.path("createdAt")));
        assertEquals(1, stored("idem.once@example.com"));
        // Without the key the same person is a duplicate, as always.
        given().contentType(ContentType.JSON).body(body("idem.once@example.com", "first")).post("/api/leads")
                .then().statusCode(409).body("existingLeadId", equalTo(first.path("id")));
    }

    @Test
    void theSameKeyWithAnotherBodyIs422AndChangesNothing() {
        String key = UUID.randomUUID().toString();
        given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(body("idem.a@example.com", "a")).post("/api/leads").then().statusCode(201);
        given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(body("idem.b@example.com", "b")).post("/api/leads")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://salespipeline.io/problems/idempotency-key-reused"));
        assertEquals(0, stored("idem.b@example.com"));
        given().contentType(ContentType.JSON).header("Idempotency-Key", "x".repeat(256))
                .body(body("idem.c@example.com", "c")).post("/api/leads")
                .then().statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    void concurrentRetriesWithOneKeyAllGetTheOneLead() throws Exception {
        String key = UUID.randomUUID().toString();
        int clients = 6;
        CyclicBarrier start = new CyclicBarrier(clients);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Response>> answers = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            answers.add(pool.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                        .body(body("idem.race@example.com", "race")).post("/api/leads");
            }));
        }
        String id = null;
        for (Future<Response> answer : answers) {
            Response response = answer.get(60, TimeUnit.SECONDS);
            assertEquals(201, response.statusCode(), response.asString());
            id = id == null ? response.path("id") : id;
            assertEquals(id, response.path("id"));
        }
        pool.shutdown();
        assertEquals(1, stored("idem.race@example.com"));
    }

    @Test
    void aRetryAfterTheErasureOfThePersonReplaysNothingOfThem() {
        String key = UUID.randomUUID().toString();
        String email = "idem.erased-" + UUID.randomUUID() + "@example.com";
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body(email, "erase me"))
                .post("/api/leads").then().statusCode(201).body("contact.email", equalTo(email));
        given().header(Tokens.as("max.manager", Roles.SALES_MANAGER)).contentType(ContentType.JSON)
                .body("{\"email\": \"" + email + "\"}").post("/api/erasure-requests").then().statusCode(202);
        Response retry = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body(email, "erase me"))
                .post("/api/leads");
        // Nothing remembered of the person: the retry is a new request, refused as the address asked to be forgotten.
        retry.then().statusCode(422).body("type", equalTo("https://salespipeline.io/problems/do-not-contact"));
        assertFalse(retry.asString().contains(email), retry.asString());
        assertFalse(retry.asString().contains("Idem "), retry.asString());
        long remembered = QuarkusTransaction.requiringNew().call(() -> ((Number) Lead.getEntityManager()
                .createNativeQuery("select count(*) from idempotent_request where idempotency_key = ?1")
                .setParameter(1, key).getSingleResult()).longValue());
        assertEquals(0, remembered);
    }
}
