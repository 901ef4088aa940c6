package io.salespipeline.lead.application.erasure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.salespipeline.platform.security.Roles;
import io.salespipeline.infra.testing.Tokens;
import io.restassured.http.ContentType;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.platform.ids.Ids;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "lead"))
class DoNotContactTest {

    // A seller takes in leads.
    @BeforeEach
    void signIn() {
        Tokens.signIn("sam.seller", Roles.SELLER);
    }

    @Inject
    DoNotContact doNotContact;

    @Test
    void aListedAddressIsRecognisedInAnyCaseAndJsonIntakeRefusesIt422() {
        assertFalse(doNotContact.isListed("listed.person@example.com"));
        QuarkusTransaction.requiringNew().run(() -> {
            doNotContact.list(" Listed.Person@Example.com", Ids.newId(), Instant.now());
            doNotContact.list("listed.person@example.com", Ids.newId(), Instant.now()); // repeat: no error
        });
        assertTrue(doNotContact.isListed("LISTED.PERSON@example.com  "));
        assertFalse(doNotContact.isListed("someone.else@example.com"));
        assertFalse(doNotContact.isListed(null));

        int before = given().queryParam("limit", "500").get("/api/leads").then().extract().path("items.size()");
        given().contentType(ContentType.JSON).body("""
                {"name": "Listed Person", "email": "Listed.Person@example.com",
                 "source": {"kind": "MANUAL"}}""")
                .post("/api/leads")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://salespipeline.io/problems/do-not-contact"))
                .body("errors[0].field", equalTo("email"));
        int after = given().queryParam("limit", "500").get("/api/leads").then().extract().path("items.size()");
        assertEquals(before, after);
    }
}
