package io.salespipeline.lead.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.salespipeline.platform.security.Roles;
import io.salespipeline.infra.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.lead.application.search.SearchPieces;
import io.salespipeline.lead.application.search.SearchTextSample;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "lead"))
class FindingLeadsTest {

    /** A word no other test's leads contain, so q finds exactly this test's leads. */
    private String marker;
    private final List<String> created = new ArrayList<>();
    private Instant before;
    private Instant middle;

    @BeforeEach
    void fiveLeads() throws InterruptedException {
        // A sales manager searches all leads.
        Tokens.signIn("max.manager", Roles.SALES_MANAGER);
        marker = "qx" + UUID.randomUUID().toString().substring(0, 8);
        before = Instant.now();
        String[] names = {"Carla Zeta", "anna Alpha", "Bruno Beta", "Émile Delta", "dora Gamma"};
        String[] countries = {"DE", "FR", "DE", "FR", "DE"};
        String[] kinds = {"WEB_FORM", "CONFERENCE", "CONFERENCE", "WEB_FORM", "REFERRAL"};
        for (int i = 0; i < names.length; i++) {
            if (i == 3) {
                Thread.sleep(5);
                middle = Instant.now();
            }
            created.add(given().contentType(ContentType.JSON).body("""
                    {"name": "%s", "email": "%s.%d@%s.example", "company": "Firm %d of %s", "country": "%s",
                     "source": {"kind": "%s"}}""".formatted(names[i], marker, i, marker, i, marker, countries[i], kinds[i]))
                    .post("/api/leads").then().statusCode(201).extract().path("id"));
        }
    }

    @Test
    void qFindsBySubstringOfNameEmailOrCompanyIgnoringCase() {
        given().queryParam("q", marker.toUpperCase()).get("/api/leads")
                .then().statusCode(200).body("items", hasSize(5));
        given().queryParam("q", "Firm 2 of " + marker).get("/api/leads")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].id", equalTo(created.get(2)));
        given().queryParam("q", marker + ".4@").get("/api/leads")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].id", equalTo(created.get(4)));
        // LIKE's own wildcards match literally.
        given().queryParam("q", marker + "%").get("/api/leads").then().statusCode(200).body("items", hasSize(0));
    }

    /**
     * A multi-word q with a frequent word looks up only its other pieces in the index (SearchPieces);
     * the results must be exactly what the whole q selects. Here "firm" and "zeta" count as being in
     * every lead, everything else as rare.
     */
    @Test
    void qWithAFrequentWordStillMeansTheWholeSubstring() {
        QuarkusMock.installMockForType(new SearchTextSample() {
            @Override
            public double frequency(String piece) {
                return piece.contains("firm") || piece.contains("zeta") ? 1.0 : 0.0;
            }
        }, SearchTextSample.class);
        assertEquals(List.of(" " + marker),
                SearchPieces.toLookUp("firm 2 of " + marker, piece -> piece.contains("firm") ? 1.0 : 0.0),
                "the look-up this test is about");
        given().queryParam("q", "FIRM 2 of " + marker).get("/api/leads")
                .then().statusCode(200).body("items.id", contains(created.get(2)));
        // Across the end of the e-mail and the start of the company, as before.
        given().queryParam("q", "example firm 3 of " + marker).get("/api/leads")
                .then().statusCode(200).body("items.id", contains(created.get(3)));
        given().queryParam("q", "zeta " + marker + ".0@").get("/api/leads")
                .then().statusCode(200).body("items.id", contains(created.get(0)));
        // The rare piece alone (" <marker>.4") matches lead 4, but no lead has the whole q.
        given().queryParam("q", "zeta " + marker + ".4").get("/api/leads")
                .then().statusCode(200).body("items", hasSize(0));
        // Two spaces in q are two spaces in the text; one in the text does not match.
        given().queryParam("q", "zeta  " + marker).get("/api/leads")
                .then().statusCode(200).body("items", hasSize(0));
        // LIKE's wildcards in a piece match literally.
        given().queryParam("q", "firm 2 of " + marker.substring(0, 4) + "%").get("/api/leads")
                .then().statusCode(200).body("items", hasSize(0));
        given().queryParam("q", "firm 2 of " + marker.substring(0, 4) + "_").get("/api/leads")
                .then().statusCode(200).body("items", hasSize(0));
        // A piece must start where q's word does: " <marker without its first letter>" is not in the text.
        given().queryParam("q", "firm 1 of " + marker.substring(1)).get("/api/leads")
                .then().statusCode(200).body("items", hasSize(0));
        // The other sorts and filters apply as with any q.
        given().queryParam("q", "firm 2 of " + marker).queryParam("status", "NEW").queryParam("sort", "name,asc")
                .get("/api/leads").then().statusCode(200).body("items.id", contains(created.get(2)));
    }

    @Test
    void newestFirstByDefaultOldestOrByNameOnRequest() {
        given().queryParam("q", marker).get("/api/leads").then().statusCode(200)
                .body("items.id", contains(created.get(4), created.get(3), created.get(2), created.get(1),
                        created.get(0)));
        given().queryParam("q", marker).queryParam("sort", "createdAt,asc").get("/api/leads").then()
                .body("items.id", contains(created.toArray()));
        given().queryParam("q", marker).queryParam("sort", "name,asc").get("/api/leads").then()
                .body("items.contact.name", contains("anna Alpha", "Bruno Beta", "Carla Zeta", "dora Gamma",
                        "Émile Delta"));
    }

    @Test
    void filtersCombine() {
        given().queryParam("q", marker).queryParam("country", "de").queryParam("source", "CONFERENCE")
                .get("/api/leads").then().statusCode(200)
                .body("items.id", contains(created.get(2)));
        given().queryParam("q", marker).queryParam("status", "NEW").get("/api/leads").then()
                .body("items", hasSize(5)).body("items.status", everyItem(equalTo("NEW")));
        given().queryParam("q", marker).queryParam("createdFrom", middle.toString()).get("/api/leads").then()
                .body("items.id", contains(created.get(4), created.get(3)));
        given().queryParam("q", marker).queryParam("createdFrom", before.toString())
                .queryParam("createdTo", middle.toString()).get("/api/leads").then()
                .body("items.id", contains(created.get(2), created.get(1), created.get(0)));
    }

    @Test
    void everySortPagesWithItsOwnCursorWithoutGapsOrRepeats() {
        for (String sort : List.of("createdAt,desc", "createdAt,asc", "name,asc")) {
            List<String> all = given().queryParam("q", marker).queryParam("sort", sort).get("/api/leads")
                    .then().extract().path("items.id");
            List<String> paged = new ArrayList<>();
            String cursor = null;
            do {
                JsonPath page = given().queryParam("q", marker).queryParam("sort", sort).queryParam("limit", "2")
                        .queryParam("cursor", cursor == null ? "" : cursor).get("/api/leads")
                        .then().statusCode(200).extract().jsonPath();
                paged.addAll(page.getList("items.id"));
                cursor = page.getString("nextCursor");
            } while (cursor != null);
            assertEquals(all, paged, sort);
        }
    }

    @Test
    void aCursorContinuesOnlyItsOwnSortAndBadFiltersAre400() {
        String cursor = given().queryParam("q", marker).queryParam("limit", "1").get("/api/leads")
                .then().extract().path("nextCursor");
        given().queryParam("sort", "name,asc").queryParam("cursor", cursor).get("/api/leads")
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        given().queryParam("sort", "priority").get("/api/leads").then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
        given().queryParam("q", "ab").get("/api/leads").then().statusCode(400).body("errors[0].field", equalTo("q"));
        given().queryParam("createdFrom", "yesterday").get("/api/leads").then().statusCode(400)
                .body("errors[0].field", equalTo("createdFrom"));
        given().queryParam("source", "FAX").get("/api/leads").then().statusCode(400)
                .body("errors[0].field", equalTo("source"));
        given().queryParam("q", marker).queryParam("limit", "5").get("/api/leads").then()
                .body("nextCursor", nullValue());
    }
}
