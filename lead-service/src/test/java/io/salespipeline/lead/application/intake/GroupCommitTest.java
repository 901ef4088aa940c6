package io.salespipeline.lead.application.intake;

import io.salespipeline.lead.application.erasure.DoNotContact;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.PrometheusText;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.platform.ids.Ids;
import io.salespipeline.platform.security.Roles;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * New leads sent at the same moment are stored in groups (LeadIntakeQueue): each request still
 * gets its own answer, and each stored lead has what a lead stored alone has.
 */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "lead"))
class GroupCommitTest {

    // A seller takes in leads.
    @BeforeEach
    void signIn() {
        Tokens.signIn("gus.seller", Roles.SELLER);
    }

    @Inject
    DoNotContact doNotContact;

    private static String person(String name, String email) {
        return """
                {"name": "%s", "email": "%s", "company": "Group %s Ltd", "source": {"kind": "CONFERENCE", "detail": "Fair"}}"""
                .formatted(name, email, name);
    }

    @Test
    void requestsStoredTogetherEachGetTheirOwnAnswer() throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        String listed = "listed-" + run + "@group.example";
        QuarkusTransaction.requiringNew().run(() -> doNotContact.list(listed, Ids.newId(), Instant.now()));
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            bodies.add(person("Distinct " + i + " " + run, "distinct-" + i + "-" + run + "@group.example"));
        }
        for (int i = 0; i < 3; i++) {
            bodies.add(person("Twin " + i + " " + run, "twin-" + run + "@group.example"));
        }
        bodies.add(person("Listed " + run, listed));
        double enteredBefore = entered();
        double groupedBefore = metric("sales_lead_intake_group_size_sum", "");

        CyclicBarrier start = new CyclicBarrier(bodies.size());
        ExecutorService pool = Executors.newFixedThreadPool(bodies.size());
        List<Future<Response>> answers = new ArrayList<>();
        Header token = Tokens.as("gus.seller", Roles.SELLER);
        for (String body : bodies) {
            answers.add(pool.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return given().header(token).contentType(ContentType.JSON).body(body)
                        .post("/api/leads");
            }));
        }
        List<String> distinct = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Response answer = answers.get(i).get(60, TimeUnit.SECONDS);
            assertEquals(201, answer.statusCode(), answer.asString());
            assertEquals("distinct-" + i + "-" + run + "@group.example", answer.path("contact.email"));
            distinct.add(answer.path("id"));
        }
        List<String> twinCreated = new ArrayList<>();
        Set<String> twinNamed = new HashSet<>();
        for (int i = 20; i < 23; i++) {
            Response answer = answers.get(i).get(60, TimeUnit.SECONDS);
            if (answer.statusCode() == 201) {
                twinCreated.add(answer.path("id"));
            } else {
                assertEquals(409, answer.statusCode(), answer.asString());
                assertEquals("email", answer.path("matchedOn"));
                twinNamed.add(answer.path("existingLeadId"));
            }
        }
        Response refused = answers.get(23).get(60, TimeUnit.SECONDS);
        pool.shutdown();
        assertEquals(422, refused.statusCode(), refused.asString());
        assertEquals("https://salespipeline.io/problems/do-not-contact", refused.path("type"));
        // One lead for the twins, and the refused ones name it.
        assertEquals(1, twinCreated.size());
        assertEquals(Set.of(twinCreated.get(0)), twinNamed);
        assertEquals(20, new HashSet<>(distinct).size());

        // A sales manager reads the audit trail and the whole list.
        Header manager = Tokens.as("max.manager", Roles.SALES_MANAGER);
        List<String> stored = new ArrayList<>(distinct);
        stored.add(twinCreated.get(0));
        for (String id : stored) {
            given().get("/api/leads/{id}", id).then().statusCode(200)
                    .body("owner", equalTo("gus.seller"))
                    .body("status", equalTo("NEW"))
                    .body("source.kind", equalTo("CONFERENCE"));
            given().header(manager).queryParam("recordId", id).get("/api/audit").then().statusCode(200)
                    .body("items.size()", equalTo(2))
                    .body("items[0].recordType", equalTo("Lead"))
                    .body("items[0].action", equalTo("CREATE"))
                    .body("items[0].actor", equalTo("gus.seller (seller)"))
                    .body("items[0].cause", equalTo("POST /api/leads"))
                    .body("items[0].changes.find { it.field == 'status' }.to", equalTo("NEW"))
                    .body("items[1].recordType", equalTo("LeadSource"))
                    .body("items[1].partOf", equalTo("Lead/" + id));
        }
        // All went through the groups (none fell back to the single way); each stored lead entered
        // the lead stage once, the refused ones did not.
        assertEquals(groupedBefore + bodies.size(), metric("sales_lead_intake_group_size_sum", ""));
        assertEquals(enteredBefore + 21, entered());
        assertTrue(given().header(manager).queryParam("q", listed).get("/api/leads").then().statusCode(200).extract()
                .jsonPath().getList("items").isEmpty());
    }

    private static double entered() {
        return metric("sales_stage_entered_total", "stage=\"LEAD\"");
    }

    private static double metric(String name, String labels) {
        return PrometheusText.value(given().get("/q/metrics").then().statusCode(200).extract().asString(), name, labels);
    }
}
