package io.salespipeline.lead.application.search;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.platform.security.Roles;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The search index's pending entries are merged by the upkeep, not left for a request to merge. */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "lead"))
class SearchIndexUpkeepTest {

    @Inject
    SearchIndexUpkeep upkeep;

    @Inject
    DataSource dataSource;

    @Test
    void afterTheUpkeepNothingIsPending() throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        for (int i = 0; i < 30; i++) {
            given().header(Tokens.as("una.seller", Roles.SELLER)).contentType(ContentType.JSON)
                    .body("""
                            {"name": "Upkeep %d %s", "email": "upkeep-%d-%s@index.example", "company": "Index %s Ltd",
                             "source": {"kind": "MANUAL", "detail": "Test"}}""".formatted(i, run, i, run, run))
                    .post("/api/leads").then().statusCode(201);
        }
        upkeep.mergePendingEntries();
        // A second merge finds nothing left: the first one merged every pending page.
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet left = statement.executeQuery("select gin_clean_pending_list('lead_search_trgm'::regclass)")) {
            left.next();
            assertEquals(0, left.getLong(1));
        }
        // And the leads are found through the index.
        given().header(Tokens.as("max.manager", Roles.SALES_MANAGER)).queryParam("q", "upkeep-7-" + run)
                .get("/api/leads").then().statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.equalTo(1));
    }
}
