package io.salespipeline.lead.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.restassured.path.json.JsonPath;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.platform.security.Roles;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A seller's lead list: what they own and what is shared with them, nothing else, in every sort. */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "lead"))
class SellerListTest {

    private String marker;
    private Header ann;
    private Header bob;
    private final List<String> annsLeads = new ArrayList<>();
    private final List<String> bobsLeads = new ArrayList<>();

    @BeforeEach
    void leadsOfTwoSellers() {
        Tokens.signOut();
        // Subjects of this test alone: nothing else is shared with them.
        String run = UUID.randomUUID().toString().substring(0, 8);
        ann = Tokens.as("ann-" + run, Roles.SELLER);
        bob = Tokens.as("bob-" + run, Roles.SELLER);
        marker = "sl" + run;
        for (int i = 0; i < 3; i++) {
            annsLeads.add(lead(ann, i, "Ann"));
            bobsLeads.add(lead(bob, i, "Bob"));
        }
    }

    private String lead(Header who, int i, String person) {
        return given().header(who).contentType(ContentType.JSON).body("""
                {"name": "%s %d %s", "email": "%s.%d.%s@example.com", "company": "Firm %s", "source": {"kind": "MANUAL"}}"""
                .formatted(marker, i, person, marker, i, UUID.randomUUID(), marker)).post("/api/leads")
                .then().statusCode(201).extract().path("id");
    }

    private void share(Header owner, String id, String... with) {
        given().header(owner).contentType(ContentType.JSON)
                .body("{\"sharedWith\": [" + String.join(",", List.of(with).stream().map(s -> "\"" + s + "\"").toList())
                        + "]}")
                .put("/api/leads/{id}/sharing", id).then().statusCode(200);
    }

    private List<String> listed(Header who, String sort) {
        List<String> all = new ArrayList<>();
        String cursor = null;
        do {
            JsonPath page = given().header(who).queryParam("q", marker).queryParam("sort", sort).queryParam("limit", "2")
                    .queryParam("cursor", cursor == null ? "" : cursor).get("/api/leads")
                    .then().statusCode(200).extract().jsonPath();
            all.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return all;
    }

    @Test
    void aSellerListsWhatTheyOwnAndWhatIsSharedWithThem() {
        assertEquals(List.of(annsLeads.get(2), annsLeads.get(1), annsLeads.get(0)), listed(ann, "createdAt,desc"));

        share(bob, bobsLeads.get(1), "ann-" + marker.substring(2));
        // Created in turn: Ann's 0, Bob's 0, Ann's 1, Bob's 1, Ann's 2, Bob's 2.
        assertEquals(List.of(annsLeads.get(2), bobsLeads.get(1), annsLeads.get(1), annsLeads.get(0)),
                listed(ann, "createdAt,desc"));
        assertEquals(List.of(annsLeads.get(0), annsLeads.get(1), bobsLeads.get(1), annsLeads.get(2)),
                listed(ann, "createdAt,asc"));
        assertEquals(4, listed(ann, "name,asc").size());
        // Bob still sees his three; a filter narrows the seller's list further.
        assertEquals(List.of(bobsLeads.get(2), bobsLeads.get(1), bobsLeads.get(0)), listed(bob, "createdAt,desc"));
        given().header(ann).queryParam("q", marker + " 1").get("/api/leads").then().statusCode(200)
                .body("items.id", contains(bobsLeads.get(1), annsLeads.get(1)));

        // Shared with nobody again: gone from Ann's list.
        share(bob, bobsLeads.get(1));
        assertEquals(List.of(annsLeads.get(2), annsLeads.get(1), annsLeads.get(0)), listed(ann, "createdAt,desc"));
    }
}
