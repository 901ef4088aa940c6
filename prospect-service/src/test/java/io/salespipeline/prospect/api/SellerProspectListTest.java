package io.salespipeline.prospect.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Header;
import io.restassured.path.json.JsonPath;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.EventSender;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.platform.security.Roles;
import io.salespipeline.prospect.LeadQualifiedFixture;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A seller with more prospects shared with them than their own (Keyset.fetchVisible reads both
 * halves and merges them in id order): every page shows exactly what they own or is shared with
 * them, once each, in id order; filters narrow both halves; another seller's never appear.
 */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "prospect"))
class SellerProspectListTest {

    private static final int SHARED = 105;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void sheSeesHerOwnAndHerSharedProspectsOnceEachInIdOrderAcrossPages() {
        Tokens.signIn("max.manager", Roles.SALES_MANAGER);
        String run = UUID.randomUUID().toString().substring(0, 8);
        String ann = "ann-" + run;
        String bob = "bob-" + run;
        String carl = "carl-" + run;

        // Deal -> its ownership on LeadQualified, interleaved: Bob's shared with Ann, Ann's own
        // (one of them also shared with her), Carl's shared with Bob only.
        Map<UUID, String> deals = new LinkedHashMap<>();
        List<UUID> annSees = new ArrayList<>();
        List<UUID> carls = new ArrayList<>();
        for (int i = 0; i < SHARED; i++) {
            annSees.add(deal(deals, "\"owner\": \"%s\", \"sharedWith\": [\"%s\"], ".formatted(bob, ann)));
            if (i % 20 == 0) {
                annSees.add(deal(deals, "\"owner\": \"%s\", ".formatted(ann)));
                carls.add(deal(deals, "\"owner\": \"%s\", \"sharedWith\": [\"%s\"], ".formatted(carl, bob)));
            }
        }
        UUID ownedAndShared = deal(deals, "\"owner\": \"%s\", \"sharedWith\": [\"%s\", \"%s\"], ".formatted(ann, ann, bob));
        annSees.add(ownedAndShared);

        Map<UUID, String> prospectOf = new LinkedHashMap<>();
        try (EventSender sender = new EventSender(kafka)) {
            deals.forEach((dealId, ownership) -> sender.send(LeadQualifiedFixture.TOPIC, UUID.randomUUID().toString(),
                    LeadQualifiedFixture.TYPE, dealId, LeadQualifiedFixture.leadQualified(dealId, "Grace Hopper")
                            .replace("\"someFutureField\"", ownership + "\"someFutureField\"")));
        }
        deals.keySet().forEach(dealId -> prospectOf.put(dealId, LeadQualifiedFixture.awaitProspectIds(dealId).get(0)));

        // Prospect ids are UUIDv7; PostgreSQL orders uuids as their lower-case text does.
        List<String> expected = annSees.stream().map(prospectOf::get).sorted().toList();
        Header asAnn = Tokens.as(ann, Roles.SELLER);
        assertEquals(expected, listed(asAnn, null, 7));
        assertEquals(expected, listed(asAnn, null, 50));
        // A filter narrows both halves: one shared deal, her own deal that is also shared, Carl's deal.
        UUID sharedDeal = annSees.get(0);
        assertEquals(List.of(prospectOf.get(sharedDeal)), listed(asAnn, sharedDeal, 7));
        assertEquals(List.of(prospectOf.get(ownedAndShared)), listed(asAnn, ownedAndShared, 7));
        assertEquals(List.of(), listed(asAnn, carls.get(0), 7));
        // Bob: his own (shared with Ann or not), Carl's shared with him, Ann's shared with him.
        assertEquals(SHARED + carls.size() + 1, listed(Tokens.as(bob, Roles.SELLER), null, 20).size());
    }

    private static UUID deal(Map<UUID, String> deals, String ownership) {
        UUID dealId = UUID.randomUUID();
        deals.put(dealId, ownership);
        return dealId;
    }

    /** Every page of the list, following the cursor. */
    private static List<String> listed(Header who, UUID dealId, int limit) {
        List<String> all = new ArrayList<>();
        String cursor = null;
        do {
            JsonPath page = given().header(who).queryParam("dealId", dealId == null ? "" : dealId.toString())
                    .queryParam("limit", limit).queryParam("cursor", cursor == null ? "" : cursor)
                    .get("/api/prospects").then().statusCode(200).extract().jsonPath();
            all.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return all;
    }
}
