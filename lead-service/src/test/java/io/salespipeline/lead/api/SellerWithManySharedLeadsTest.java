package io.salespipeline.lead.api;

import static io.restassured.RestAssured.given;
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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A seller with more leads shared with them than any list inlines (Keyset.fetchVisible reads their
 * own and their shared leads as two halves and merges them): every page, in every sort, with
 * filters, shows exactly what they own or is shared with them, once each, in order.
 */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "lead"))
class SellerWithManySharedLeadsTest {

    private static final int SHARED = 105;

    /** Lead id -> the lead's name, in creation order. */
    private final Map<String, String> visibleToAnn = new LinkedHashMap<>();
    private final Map<String, String> conferenceLeadsOfAnn = new LinkedHashMap<>();
    private String marker;

    @Test
    void sheSeesHerOwnAndHerSharedLeadsOnceEachInOrderAcrossPages() {
        Tokens.signOut();
        String run = UUID.randomUUID().toString().substring(0, 8);
        marker = "ms" + run;
        String annSubject = "ann-" + run;
        Header ann = Tokens.as(annSubject, Roles.SELLER);
        Header bob = Tokens.as("bob-" + run, Roles.SELLER);
        Header carl = Tokens.as("carl-" + run, Roles.SELLER);
        Header manager = Tokens.as("max-" + run, Roles.SALES_MANAGER);

        // Interleaved in time: Bob's leads shared with Ann, Ann's own, Bob's not shared, Carl's.
        String ownedAndShared = null;
        for (int i = 0; i < SHARED; i++) {
            String source = i % 4 == 0 ? "CONFERENCE" : "MANUAL";
            String name = name(i, "bob shared");
            String id = lead(bob, name, source);
            share(bob, id, annSubject);
            remember(id, name, source);
            if (i % 20 == 0) {
                String own = name(i, "ann own");
                remember(lead(ann, own, i % 40 == 0 ? "CONFERENCE" : "MANUAL"), own, i % 40 == 0 ? "CONFERENCE" : "MANUAL");
                lead(bob, name(i, "bob private"), source);
                lead(carl, name(i, "carl private"), source);
            }
            if (i == 50) {
                ownedAndShared = id;
            }
        }
        // A lead both shared with her and (now) hers: listed once.
        given().header(manager).contentType(ContentType.JSON).body("{\"owner\": \"" + annSubject + "\"}")
                .put("/api/leads/{id}/owner", ownedAndShared).then().statusCode(200);

        List<String> newestFirst = new ArrayList<>(visibleToAnn.keySet()).reversed();
        assertEquals(newestFirst, listed(ann, "createdAt,desc", null, 7));
        assertEquals(new ArrayList<>(visibleToAnn.keySet()), listed(ann, "createdAt,asc", null, 10));
        assertEquals(byName(visibleToAnn), listed(ann, "name,asc", null, 9));
        // A filter narrows both halves.
        assertEquals(new ArrayList<>(conferenceLeadsOfAnn.keySet()).reversed(),
                listed(ann, "createdAt,desc", "CONFERENCE", 4));
        assertEquals(byName(conferenceLeadsOfAnn), listed(ann, "name,asc", "CONFERENCE", 4));
        // Bob sees his own (shared or not), never Carl's; a manager sees all of them.
        List<String> bobs = listed(bob, "createdAt,desc", null, 50);
        assertEquals(SHARED - 1 + SHARED / 20 + 1, bobs.size());
        assertEquals(SHARED + 2 * (SHARED / 20 + 1) + SHARED / 20 + 1, listed(manager, "createdAt,desc", null, 100).size());
    }

    private String name(int i, String who) {
        return "%s %03d %s".formatted(marker, i, who);
    }

    private void remember(String id, String name, String source) {
        visibleToAnn.put(id, name);
        if (source.equals("CONFERENCE")) {
            conferenceLeadsOfAnn.put(id, name);
        }
    }

    private static List<String> byName(Map<String, String> leads) {
        return leads.entrySet().stream().sorted(Map.Entry.comparingByValue(Comparator.comparing(String::toLowerCase)))
                .map(Map.Entry::getKey).toList();
    }

    private String lead(Header who, String name, String source) {
        return given().header(who).contentType(ContentType.JSON).body("""
                {"name": "%s", "email": "%s@example.com", "company": "Firm %s", "source": {"kind": "%s"}}"""
                .formatted(name, UUID.randomUUID(), marker, source)).post("/api/leads")
                .then().statusCode(201).extract().path("id");
    }

    private void share(Header owner, String id, String with) {
        given().header(owner).contentType(ContentType.JSON).body("{\"sharedWith\": [\"" + with + "\"]}")
                .put("/api/leads/{id}/sharing", id).then().statusCode(200);
    }

    /** Every page of the list, following the cursor. */
    private List<String> listed(Header who, String sort, String source, int limit) {
        List<String> all = new ArrayList<>();
        String cursor = null;
        do {
            JsonPath page = given().header(who).queryParam("q", marker).queryParam("sort", sort)
                    .queryParam("source", source == null ? "" : source).queryParam("limit", limit)
                    .queryParam("cursor", cursor == null ? "" : cursor).get("/api/leads")
                    .then().statusCode(200).extract().jsonPath();
            List<String> items = page.getList("items.id");
            all.addAll(items);
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return all;
    }
}
