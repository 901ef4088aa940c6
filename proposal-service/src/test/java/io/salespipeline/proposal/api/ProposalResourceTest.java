package io.salespipeline.proposal.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.BeforeEach;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.platform.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.EventTap;
import io.salespipeline.proposal.api.Drafts.Draft;
import jakarta.inject.Inject;
import io.salespipeline.platform.privacy.PersonalFields;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "proposal"))
class ProposalResourceTest {

    // Proposals made from test events have no seller of their own: a sales manager works them.
    @BeforeEach
    void signIn() {
        Tokens.signIn("max.manager", Roles.SALES_MANAGER);
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Inject
    EntityManager entityManager;

    @Inject
    PersonalFields personalFields;

    @Inject
    ObjectMapper json;

    /** Four lines whose amounts were worked out by hand, with HALF_EVEN ties on a net and on a tax. */
    private void addPricedLines(String id) {
        // 3 x 29.00 = 87.00, -12.5% = 76.125 -> 76.12 (tie to even); tax 19% = 14.4628 -> 14.46; total 90.58
        given().contentType(ContentType.JSON)
                .body("{\"sku\": \"PIPE-CRM-SEAT\", \"quantity\": \"3\", \"discountPercent\": \"12.5\", \"taxRatePercent\": \"19\"}")
                .post("/api/proposals/{id}/lines", id)
                .then().statusCode(201).header("Location", endsWith("/api/proposals/" + id + "/lines/1"))
                .body("lines", hasSize(1))
                .body("lines[0].net.amount", equalTo("76.12"))
                .body("totals.total.amount", equalTo("90.58"));
        // 2.5 days x 1200.00 = 3000.00; tax 19% = 570.00; total 3570.00 (numbers accepted too)
        Drafts.addLine(id, "{\"sku\": \"ONBOARD-DAY\", \"quantity\": 2.5, \"taxRatePercent\": 19}");
        // 12 x 900.00 = 10800.00, -10% = 9720.00; tax 7% = 680.40; total 10400.40
        Drafts.addLine(id, "{\"sku\": \"SUPPORT-PREM\", \"quantity\": \"12\", \"discountPercent\": \"10\", \"taxRatePercent\": \"7\"}");
        // 450.00, -5% = 427.50; tax 7% = 29.925 -> 29.92 (tie to even); total 457.42
        Drafts.addLine(id, "{\"sku\": \"PIPE-ANALYTICS\", \"quantity\": \"1\", \"discountPercent\": \"5\", \"taxRatePercent\": \"7\"}");
    }

    @Test
    void linesArePricedFromTheCatalogueWithExactTotals() {
        String id = Drafts.draft(kafka, "ONE_PAGE_QUOTE").id();
        addPricedLines(id);

        given().get("/api/proposals/{id}", id)
                .then().statusCode(200)
                .body("lines", hasSize(4))
                .body("lines[0].lineNo", equalTo(1))
                .body("lines[0].sku", equalTo("PIPE-CRM-SEAT"))
                .body("lines[0].name", equalTo("Pipeline CRM seat"))
                .body("lines[0].unit", equalTo("seat-month"))
                .body("lines[0].quantity", equalTo("3"))
                .body("lines[0].unitPrice.amount", equalTo("29.00"))
                .body("lines[0].unitPrice.currency", equalTo("EUR"))
                .body("lines[0].discountPercent", equalTo("12.5"))
                .body("lines[0].taxRatePercent", equalTo("19"))
                .body("lines[0].net.amount", equalTo("76.12"))
                .body("lines[0].tax.amount", equalTo("14.46"))
                .body("lines[0].total.amount", equalTo("90.58"))
                .body("lines[1].quantity", equalTo("2.5"))
                .body("lines[1].discountPercent", equalTo("0"))
                .body("lines[1].net.amount", equalTo("3000.00"))
                .body("lines[1].tax.amount", equalTo("570.00"))
                .body("lines[2].net.amount", equalTo("9720.00"))
                .body("lines[2].tax.amount", equalTo("680.40"))
                .body("lines[2].total.amount", equalTo("10400.40"))
                .body("lines[3].net.amount", equalTo("427.50"))
                .body("lines[3].tax.amount", equalTo("29.92"))
                .body("lines[3].total.amount", equalTo("457.42"))
                // sums of the rounded line amounts
                .body("totals.net.amount", equalTo("13223.62"))
                .body("totals.tax.amount", equalTo("1294.78"))
                .body("totals.total.amount", equalTo("14518.40"))
                .body("totals.total.currency", equalTo("EUR"));

        given().get("/api/proposals/{id}/lines/{lineNo}", id, 4)
                .then().statusCode(200).body("sku", equalTo("PIPE-ANALYTICS")).body("tax.amount", equalTo("29.92"));

        // Removing a line recomputes the totals; its number is not given out again.
        given().delete("/api/proposals/{id}/lines/{lineNo}", id, 2)
                .then().statusCode(200)
                .body("lines.lineNo", org.hamcrest.Matchers.contains(1, 3, 4))
                .body("totals.net.amount", equalTo("10223.62"))
                .body("totals.tax.amount", equalTo("724.78"))
                .body("totals.total.amount", equalTo("10948.40"));
        given().contentType(ContentType.JSON).body("{\"sku\": \"INTEG-API\", \"quantity\": \"1\"}")
                .post("/api/proposals/{id}/lines", id)
                .then().statusCode(201).header("Location", endsWith("/lines/5"))
                .body("totals.total.amount", equalTo("14448.40"));
        given().delete("/api/proposals/{id}/lines/{lineNo}", id, 2)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aLaterCataloguePriceChangeNeverAltersALine() {
        String id = Drafts.draft(kafka, "ONE_PAGE_QUOTE").id();
        Drafts.addLine(id, "{\"sku\": \"PIPE-CRM-SEAT\", \"quantity\": \"10\"}");
        try {
            sql("update product set unit_price = 35.00 where sku = 'PIPE-CRM-SEAT'");
            given().get("/api/proposals/{id}", id).then()
                    .body("lines[0].unitPrice.amount", equalTo("29.00"))
                    .body("totals.net.amount", equalTo("290.00"));
            Drafts.addLine(id, "{\"sku\": \"PIPE-CRM-SEAT\", \"quantity\": \"10\"}");
            given().get("/api/proposals/{id}", id).then()
                    .body("lines[0].unitPrice.amount", equalTo("29.00"))
                    .body("lines[1].unitPrice.amount", equalTo("35.00"))
                    .body("totals.net.amount", equalTo("640.00"));
        } finally {
            sql("update product set unit_price = 29.00 where sku = 'PIPE-CRM-SEAT'");
        }
    }

    @Test
    void sendingThenAcceptingPublishesProposalAcceptedWithLinesAndTotals() {
        Draft draft = Drafts.draft(kafka, "PURCHASE_ORDER");
        String id = draft.id();
        String dealId = draft.dealId().toString();
        addPricedLines(id);

        given().post("/api/proposals/{id}/sending", id)
                .then().statusCode(200).body("status", equalTo("SENT")).body("sentAt", notNullValue());

        try (EventTap tap = new EventTap(kafka, "sales.proposal.accepted")) {
            CustomerPages.accept(id, 1).statusCode(200).contentType(containsString("text/html"))
                    .body(containsString("you accepted this offer"));
            given().get("/api/proposals/{id}", id).then().statusCode(200).body("status", equalTo("ACCEPTED"))
                    .body("acceptedBy", equalTo("Ada Lovelace")).body("acceptedAt", notNullValue());

            EventTap.Event event = tap.await(e -> dealId.equals(e.key()), Duration.ofSeconds(30));
            assertEquals("1.0", event.header("ce_specversion"));
            assertEquals("io.salespipeline.proposal.ProposalAccepted.v1", event.header("ce_type"));
            assertEquals("/proposal-service", event.header("ce_source"));
            assertEquals(dealId, event.header("ce_subject"));
            assertNotNull(event.header("ce_id"));

            // The customer's people travel encrypted with the deal's key; a consumer's inbox opens them.
            for (String person : List.of("Ada Lovelace", "ada@example.com", "Charles Babbage")) {
                org.junit.jupiter.api.Assertions.assertFalse(event.value().contains(person), event.value());
            }
            JsonPath data = JsonPath.from(QuarkusTransaction.requiringNew().call(() -> personalFields
                    .open(json.readTree(event.value()), event.header("ce_id"))).toString());
            assertEquals(id, data.getString("proposalId"));
            assertEquals(dealId, data.getString("dealId"));
            assertEquals(1, data.getInt("version"));
            assertEquals("Analytical Engines Ltd", data.getString("customer.company"));
            assertEquals("Ada Lovelace", data.getString("customer.contactName"));
            assertEquals("ada@example.com", data.getString("customer.contactEmail"));
            // The country describes the deal, not the person: readable on the wire for the contract's screening.
            assertEquals("GB", JsonPath.from(event.value()).getString("customer.country"));
            assertEquals("PURCHASE_ORDER", data.getString("procurement"));
            assertEquals("EUR", data.getString("currency"));
            assertEquals(4, data.getList("lines").size());
            assertEquals(1, data.getInt("lines[0].lineNo"));
            assertEquals("PIPE-CRM-SEAT", data.getString("lines[0].sku"));
            assertEquals("Pipeline CRM seat", data.getString("lines[0].name"));
            assertEquals("seat-month", data.getString("lines[0].unit"));
            assertEquals("3", data.getString("lines[0].quantity"));
            assertEquals("29.00", data.getString("lines[0].unitPrice.amount"));
            assertEquals("EUR", data.getString("lines[0].unitPrice.currency"));
            assertEquals("12.5", data.getString("lines[0].discountPercent"));
            assertEquals("19", data.getString("lines[0].taxRatePercent"));
            assertEquals("76.12", data.getString("lines[0].net.amount"));
            assertEquals("14.46", data.getString("lines[0].tax.amount"));
            assertEquals("90.58", data.getString("lines[0].total.amount"));
            assertEquals("29.92", data.getString("lines[3].tax.amount"));
            assertEquals("13223.62", data.getString("totals.net.amount"));
            assertEquals("1294.78", data.getString("totals.tax.amount"));
            assertEquals("14518.40", data.getString("totals.total.amount"));
            assertEquals("EUR", data.getString("totals.total.currency"));
            assertEquals(given().get("/api/proposals/{id}", id).then().extract().path("validUntil"),
                    data.getString("validUntil"));
            assertEquals("Ada Lovelace", data.getString("acceptedBy"));
            assertNotNull(data.getString("acceptedAt"));
            // A deal handed over without ownership hands it on as such.
            assertNull(data.getString("owner"));
            assertEquals(List.of(), data.getList("sharedWith"));
        }

        // The link was spent by the acceptance.
        CustomerPages.accept(id, 1).statusCode(410).contentType("application/problem+json")
                .body("type", endsWith("/customer-link-used"));
        given().queryParam("dealId", dealId).queryParam("status", "ACCEPTED").get("/api/proposals")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].id", equalTo(id));
    }

    @Test
    void theAcceptedAndRejectedEventsHandTheDealsOwnershipOn() {
        Draft draft = Drafts.ownedDraft(kafka, "ONE_PAGE_QUOTE", "sam.seller", "sue.seller");
        Drafts.addLine(draft.id(), "{\"sku\": \"PIPE-CRM-SEAT\", \"quantity\": \"5\"}");
        given().post("/api/proposals/{id}/sending", draft.id()).then().statusCode(200);
        try (EventTap tap = new EventTap(kafka, "sales.proposal.accepted")) {
            CustomerPages.accept(draft.id(), 1).statusCode(200);
            JsonPath data = JsonPath.from(tap.await(e -> draft.dealId().toString().equals(e.key()),
                    Duration.ofSeconds(30)).value());
            assertEquals("sam.seller", data.getString("owner"));
            assertEquals(List.of("sue.seller"), data.getList("sharedWith"));
        }

        Draft rejected = Drafts.ownedDraft(kafka, "ONE_PAGE_QUOTE", "sue.seller");
        Drafts.addLine(rejected.id(), "{\"sku\": \"PIPE-CRM-SEAT\", \"quantity\": \"5\"}");
        given().post("/api/proposals/{id}/sending", rejected.id()).then().statusCode(200);
        try (EventTap tap = new EventTap(kafka, "sales.proposal.rejected")) {
            CustomerPages.reject(rejected.id(), 1, "Budget frozen").statusCode(200);
            JsonPath data = JsonPath.from(tap.await(e -> rejected.dealId().toString().equals(e.key()),
                    Duration.ofSeconds(30)).value());
            assertEquals("sue.seller", data.getString("owner"));
            assertEquals(List.of(), data.getList("sharedWith"));
        }
    }

    @Test
    void rejectingPublishesProposalRejected() {
        Draft draft = Drafts.draft(kafka, "ONE_PAGE_QUOTE");
        String id = draft.id();
        Drafts.addLine(id, "{\"sku\": \"PIPE-CRM-SEAT\", \"quantity\": \"5\"}");
        given().post("/api/proposals/{id}/sending", id).then().statusCode(200);

        try (EventTap tap = new EventTap(kafka, "sales.proposal.rejected")) {
            CustomerPages.reject(id, 1, "Budget frozen until Q3").statusCode(200)
                    .body(containsString("You rejected this offer"));
            given().get("/api/proposals/{id}", id).then().statusCode(200).body("status", equalTo("REJECTED"))
                    .body("rejectionReason", equalTo("Budget frozen until Q3"));

            EventTap.Event event = tap.await(e -> draft.dealId().toString().equals(e.key()), Duration.ofSeconds(30));
            assertEquals("io.salespipeline.proposal.ProposalRejected.v1", event.header("ce_type"));
            JsonPath data = JsonPath.from(event.value());
            assertEquals(id, data.getString("proposalId"));
            assertEquals(draft.dealId().toString(), data.getString("dealId"));
            assertEquals(1, data.getInt("version"));
            assertEquals("Budget frozen until Q3", data.getString("reason"));
            assertNotNull(data.getString("rejectedBy"));
            assertNotNull(data.getString("rejectedAt"));
        }
        CustomerPages.accept(id, 1).statusCode(410).body("type", endsWith("/customer-link-used"));
        given().get("/api/proposals/{id}", id).then().body("status", equalTo("REJECTED"));
    }

    @Test
    void actionsTheStateDoesNotAllowAnswer409NamingTheCurrentState() {
        String id = Drafts.draft(kafka, "ONE_PAGE_QUOTE").id();

        // A draft has no customer link yet: nothing the customer could accept.
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from customer_link where record_id = '" + id + "'").getSingleResult()).intValue()));
        given().post("/api/proposals/{id}/sending", id)
                .then().statusCode(409).body("currentState", equalTo("DRAFT"))
                .body("detail", containsString("without lines"));

        Drafts.addLine(id, "{\"sku\": \"PIPE-CRM-SEAT\", \"quantity\": \"5\"}");
        given().post("/api/proposals/{id}/sending", id).then().statusCode(200);
        String sent = given().get("/api/proposals/{id}", id).then().extract().asString();

        given().contentType(ContentType.JSON).body("{\"sku\": \"PIPE-CRM-SEAT\", \"quantity\": \"1\"}")
                .post("/api/proposals/{id}/lines", id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("currentState", equalTo("SENT"));
        given().delete("/api/proposals/{id}/lines/{lineNo}", id, 1)
                .then().statusCode(409).body("currentState", equalTo("SENT"));
        given().post("/api/proposals/{id}/sending", id)
                .then().statusCode(409).body("currentState", equalTo("SENT"));
        CustomerPages.accept(id, 2).statusCode(409).contentType(containsString("text/html"))
                .body(containsString("this proposal is version 1"));

        assertEquals(sent, given().get("/api/proposals/{id}", id).then().extract().asString());
    }

    @Test
    void badInputAnswers400ProblemAndChangesNothing() {
        String id = Drafts.draft(kafka, "ONE_PAGE_QUOTE").id();
        Drafts.addLine(id, "{\"sku\": \"PIPE-CRM-SEAT\", \"quantity\": \"5\"}");
        String before = given().get("/api/proposals/{id}", id).then().extract().asString();

        refusedLine(id, "{\"sku\": \"NO-SUCH-SKU\", \"quantity\": \"1\"}", "sku");
        refusedLine(id, "{\"sku\": \"PIPE-CRM-SEAT-LEGACY\", \"quantity\": \"1\"}", "sku");
        refusedLine(id, "{\"sku\": \"PIPE-CRM-SEAT\", \"quantity\": \"0\"}", "quantity");
        refusedLine(id, "{\"sku\": \"PIPE-CRM-SEAT\", \"quantity\": \"-2\"}", "quantity");
        refusedLine(id, "{\"sku\": \"PIPE-CRM-SEAT\"}", "quantity");
        refusedLine(id, "{\"sku\": \"PIPE-CRM-SEAT\", \"quantity\": \"1\", \"discountPercent\": \"150\"}",
                "discountPercent");
        refusedLine(id, "{\"sku\": \"PIPE-CRM-SEAT\", \"quantity\": \"1\", \"taxRatePercent\": \"-7\"}",
                "taxRatePercent");
        // An unreadable number: the platform's JSON mapper reports it against the body as a whole.
        given().contentType(ContentType.JSON).body("{\"sku\": \"PIPE-CRM-SEAT\", \"quantity\": \"lots\"}")
                .post("/api/proposals/{id}/lines", id)
                .then().statusCode(400).contentType("application/problem+json");
        refusedLine(id, "{\"quantity\": \"1\"}", "sku");
        assertEquals(before, given().get("/api/proposals/{id}", id).then().extract().asString());

        given().post("/api/proposals/{id}/sending", id).then().statusCode(200);
        String sent = given().get("/api/proposals/{id}", id).then().extract().asString();
        String page = CustomerPages.pageOf(id);
        CustomerPages.anonymously(() -> given().contentType("application/x-www-form-urlencoded").formParam("version", " ")
                .post(page + "/acceptance").then().statusCode(400).body(containsString("version is required")));
        CustomerPages.anonymously(() -> given().contentType("application/x-www-form-urlencoded").formParam("version", "one")
                .post(page + "/acceptance").then().statusCode(400).body(containsString("version must be a whole number")));
        CustomerPages.rejectAt(page, 1, " ").statusCode(400).body(containsString("reason"));
        assertEquals(sent, given().get("/api/proposals/{id}", id).then().extract().asString());

        given().get("/api/proposals/{id}", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        given().queryParam("dealId", "not-a-uuid").get("/api/proposals")
                .then().statusCode(400).body("errors[0].field", equalTo("dealId"));
        given().queryParam("status", "WON").get("/api/proposals")
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
    }

    @Test
    void decimalsOutOfBoundsAnswer400NamingTheFieldBeforeAnyArithmetic() {
        String id = Drafts.draft(kafka, "ONE_PAGE_QUOTE").id();
        Drafts.addLine(id, "{\"sku\": \"PIPE-CRM-SEAT\", \"quantity\": \"5\"}");
        String before = given().get("/api/proposals/{id}", id).then().extract().asString();
        // Scaling 1e300000000 to a plain number took minutes and most of the heap: a hang fails here, not a timing.
        io.restassured.config.RestAssuredConfig bounded = io.restassured.RestAssured.config().httpClient(
                io.restassured.config.HttpClientConfig.httpClientConfig().setParam("http.socket.timeout", 30_000));
        String[][] refused = {
            {"{\"sku\": \"PIPE-CRM-SEAT\", \"quantity\": \"1e5000000\"}", "quantity"},
            {"{\"sku\": \"PIPE-CRM-SEAT\", \"quantity\": \"1e300000000\"}", "quantity"},
            {"{\"sku\": \"PIPE-CRM-SEAT\", \"quantity\": 1e300000000}", "quantity"},
            {"{\"sku\": \"PIPE-CRM-SEAT\", \"quantity\": \"1e-5000000\"}", "quantity"},
            {"{\"sku\": \"PIPE-CRM-SEAT\", \"quantity\": \"1\", \"taxRatePercent\": \"1e-5000000\"}", "taxRatePercent"},
            {"{\"sku\": \"PIPE-CRM-SEAT\", \"quantity\": \"1\", \"unitPrice\": {\"amount\": \"1e300000000\", "
                + "\"currency\": \"EUR\"}}", "unitPrice.amount"}};
        for (String[] line : refused) {
            given().config(bounded).contentType(ContentType.JSON).body(line[0]).post("/api/proposals/{id}/lines", id)
                    .then().log().ifValidationFails().statusCode(400).contentType("application/problem+json")
                    .body("type", endsWith("/invalid-request"))
                    .body("errors[0].field", equalTo(line[1]));
        }
        assertEquals(before, given().get("/api/proposals/{id}", id).then().extract().asString());
    }

    @Test
    void acceptingAfterTheValidityEndedIsRefusedAndTheProposalExpires() {
        String id = Drafts.draft(kafka, "ONE_PAGE_QUOTE").id();
        Drafts.addLine(id, "{\"sku\": \"PIPE-CRM-SEAT\", \"quantity\": \"5\"}");
        given().post("/api/proposals/{id}/sending", id).then().statusCode(200);
        // Time passes: the offer's last valid day was yesterday.
        sql("update proposal set valid_until = date '" + LocalDate.now(ZoneOffset.UTC).minusDays(1) + "' where id = '"
                + id + "'");

        CustomerPages.accept(id, 1).statusCode(409).contentType(containsString("text/html"))
                .body(containsString("EXPIRED"));
        given().get("/api/proposals/{id}", id)
                .then().statusCode(200).body("status", equalTo("EXPIRED")).body("expiredAt", notNullValue());
    }

    @Test
    void proposalListsArePaged() {
        for (int i = 0; i < 3; i++) {
            Drafts.draft(kafka, "ONE_PAGE_QUOTE");
        }
        JsonPath first = given().queryParam("limit", "2").get("/api/proposals")
                .then().statusCode(200).body("items", hasSize(2)).extract().jsonPath();
        given().queryParam("limit", "2").queryParam("cursor", first.getString("nextCursor")).get("/api/proposals")
                .then().statusCode(200)
                .body("items[0].id", org.hamcrest.Matchers.not(first.getString("items[1].id")));
    }

    @Test
    void theOpenApiDocumentStatesThePricingRule() {
        given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200)
                .body("components.schemas.ProposalView.description", containsString("HALF_EVEN"))
                .body("paths.'/api/proposals/{id}/lines'.post.description", containsString("HALF_EVEN"))
                .body("paths.'/api/proposals/{id}/lines'.post.description",
                        containsString("sums of the rounded line amounts"));
    }

    private static void refusedLine(String id, String json, String field) {
        given().contentType(ContentType.JSON).body(json).post("/api/proposals/{id}/lines", id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(field));
    }

    /** Direct SQL for what the API deliberately cannot do: change the catalogue, let time pass. */
    private void sql(String statement) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(statement).executeUpdate());
    }
}
