package io.salespipeline.lead.application.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.lead.domain.Lead;
import io.salespipeline.platform.security.Roles;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;

@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "lead"))
class SearchTextSampleTest {

    @Inject
    SearchTextSample sample;

    @Test
    void estimatesFromPostgresStatisticsHowManyLeadsContainAPiece() {
        Tokens.signIn("max.manager", Roles.SALES_MANAGER);
        for (int i = 0; i < 3; i++) {
            given().contentType(ContentType.JSON).body("""
                    {"name": "Sample %d", "email": "sample-%s@example.com", "company": "Acme", "source": {"kind": "MANUAL"}}"""
                    .formatted(i, UUID.randomUUID())).post("/api/leads").then().statusCode(201);
        }
        QuarkusTransaction.requiringNew().run(() -> Lead.getEntityManager().createNativeQuery("analyze lead").executeUpdate());
        sample.refresh();
        // Every search text joins name, e-mail and company with a space.
        assertTrue(sample.frequency(" ") > 0.99, "share of ' ': " + sample.frequency(" "));
        assertEquals(0.0, sample.frequency("no lead has " + UUID.randomUUID()));
    }
}
