package io.salespipeline.lead.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.salespipeline.platform.security.Roles;
import io.salespipeline.infra.testing.Tokens;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.EventTap;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "lead"))
class WebFormSubmissionTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    static final String SITE = "https://www.customer.example";
    private String formId;

    static String formConfig(String formId, int minSeconds) {
        return """
                {"formId": "%s", "name": "Contact us", "allowedOrigins": ["%s"],
                 "fields": [{"name": "full_name", "mapsTo": "NAME", "required": true},
                            {"name": "mail", "mapsTo": "EMAIL", "required": true},
                            {"name": "firm", "mapsTo": "COMPANY", "required": false},
                            {"name": "message", "mapsTo": "NOTES", "required": false}],
                 "thankYouUrl": "%s/thanks", "errorUrl": "%s/oops?lang=en",
                 "site": "www.customer.example", "page": "/contact", "campaign": "autumn-2026",
                 "minSecondsToSubmit": %d}""".formatted(formId, SITE, SITE, SITE, minSeconds);
    }

    @BeforeEach
    void aForm() {
        // An admin configures the forms and, as a manager, reads the leads they made; submissions are anonymous.
        Tokens.signIn("ada.admin", Roles.ADMIN, Roles.SALES_MANAGER);
        // Each test posts as its own client address: the per-IP limit of anonymous posts is not what is tested here.
        RestAssured.requestSpecification = new RequestSpecBuilder().addRequestSpecification(RestAssured.requestSpecification)
                .addHeader("X-Forwarded-For", "203.0.113." + (1 + new java.util.Random().nextInt(250))).build();
        formId = "contact-" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON).body(formConfig(formId, 1)).post("/api/web-forms")
                .then().statusCode(201).body("submissionPath", equalTo("/api/web-forms/" + formId + "/submissions"));
    }

    private String token() throws InterruptedException {
        String token = given().get("/api/web-forms/{formId}/token", formId).then().statusCode(200)
                .header("Cache-Control", "no-store").extract().path("token");
        Thread.sleep(1100);
        return token;
    }

    private RequestSpecification form(String token, String name, String mail) {
        return given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("_token", token).formParam("full_name", name).formParam("mail", mail)
                .formParam("firm", "Customer Ltd").formParam("message", "Please call")
                .formParam("utm_source", "newsletter").formParam("utm_campaign", "spring").formParam("website", "");
    }

    private static String leadIdByEmail(String email) {
        return given().queryParam("q", email).get("/api/leads").then().statusCode(200)
                .body("items", hasSize(1)).extract().path("items[0].id");
    }

    @Test
    void aSubmissionMakesALeadWithItsSourceAndGoesToTheThankYouPage() throws Exception {
        String mail = "form." + UUID.randomUUID().toString().substring(0, 8) + "@visitor.example";
        form(token(), "Fiona Form", mail).post("/api/web-forms/{formId}/submissions", formId)
                .then().statusCode(303).header("Location", equalTo(SITE + "/thanks"));
        String id = leadIdByEmail(mail);
        given().get("/api/leads/{id}", id).then().statusCode(200)
                .body("source.kind", equalTo("WEB_FORM")).body("source.detail", equalTo("Contact us"))
                .body("notes", equalTo("Please call")).body("contact.company", equalTo("Customer Ltd"))
                .body("sources", hasSize(1))
                .body("sources[0].source.formId", equalTo(formId))
                .body("sources[0].source.site", equalTo("www.customer.example"))
                .body("sources[0].source.page", equalTo("/contact"))
                .body("sources[0].source.campaign", equalTo("autumn-2026"))
                .body("sources[0].source.utm.utm_source", equalTo("newsletter"))
                .body("sources[0].source.utm.utm_campaign", equalTo("spring"));
    }

    @Test
    void theQualifiedDealIsAttributedToTheSubmissionsUtmCampaign() throws Exception {
        String mail = "utm." + UUID.randomUUID().toString().substring(0, 8) + "@visitor.example";
        form(token(), "Una Utm", mail).post("/api/web-forms/{formId}/submissions", formId).then().statusCode(303);
        String id = leadIdByEmail(mail);
        try (EventTap tap = new EventTap(kafka, "sales.lead.qualified")) {
            given().contentType(ContentType.JSON).body("{\"viable\": true, \"reasons\": \"Budget approved\"}")
                    .post("/api/leads/{id}/assessment", id).then().statusCode(200);
            String dealId = given().contentType(ContentType.JSON)
                    .body("{\"channel\": \"PHONE\", \"expressedAt\": \"2026-11-20T09:30:00Z\", \"topics\": \"pricing\"}")
                    .post("/api/leads/{id}/interest", id).then().statusCode(200).body("status", equalTo("QUALIFIED"))
                    .extract().path("dealId");

            JsonPath data = JsonPath.from(tap.await(e -> dealId.equals(e.key()), Duration.ofSeconds(30)).value());
            assertEquals("WEB_FORM", data.getString("source.kind"));
            assertEquals("Contact us", data.getString("source.detail"));
            // utm_campaign=spring from the submission wins over the form's own campaign (autumn-2026).
            assertEquals("spring", data.getString("source.campaign"));
        }
    }

    @Test
    void multipartWorksTheSame() throws Exception {
        String mail = "multi." + UUID.randomUUID().toString().substring(0, 8) + "@visitor.example";
        given().redirects().follow(false).multiPart("_token", token()).multiPart("full_name", "Mia Multipart")
                .multiPart("mail", mail).post("/api/web-forms/{formId}/submissions", formId)
                .then().statusCode(303).header("Location", equalTo(SITE + "/thanks"));
        leadIdByEmail(mail);
    }

    @Test
    void theSamePersonAgainIsRecordedAsAnArrivalAndFlaggedForReview_theLeadsFieldsStayAsTheyWere() throws Exception {
        String mail = "again." + UUID.randomUUID().toString().substring(0, 8) + "@visitor.example";
        form(token(), "Anna Again", mail).post("/api/web-forms/{formId}/submissions", formId)
                .then().statusCode(303);
        String id = leadIdByEmail(mail);
        given().get("/api/leads/{id}", id).then().body("pendingReview", nullValue());
        given().redirects().follow(false).contentType(ContentType.URLENC).formParam("_token", token())
                .formParam("full_name", "Mallory Attacker").formParam("mail", mail.toUpperCase())
                .formParam("firm", "Evil Corp").formParam("message", "Send the contract to evil@example.com")
                .formParam("utm_source", "ads")
                .post("/api/web-forms/{formId}/submissions", formId)
                .then().statusCode(303).header("Location", equalTo(SITE + "/thanks"));
        leadIdByEmail(mail);
        given().get("/api/leads/{id}", id).then()
                .body("contact.name", equalTo("Anna Again")).body("contact.company", equalTo("Customer Ltd"))
                .body("notes", equalTo("Please call"))
                .body("sources", hasSize(2)).body("sources[1].source.utm.utm_source", equalTo("ads"))
                .body("sources[1].notes", equalTo("Send the contract to evil@example.com"))
                .body("sources[1].submitted.name", equalTo("Mallory Attacker"))
                .body("sources[1].submitted.company", equalTo("Evil Corp"))
                .body("pendingReview.arrivals", equalTo(1)).body("pendingReview.since", notNullValue());
    }

    @Test
    void anAnonymousPostNeverChangesASellersLead_theOwnerClearsTheReviewFlag() throws Exception {
        String mail = "owned." + UUID.randomUUID().toString().substring(0, 8) + "@customer.example";
        String id = given().header(Tokens.as("sam.seller", Roles.SELLER)).contentType(ContentType.JSON)
                .body("{\"name\": \"Olga Owned\", \"email\": \"" + mail + "\", \"phone\": \"+49 30 5550 7788\","
                        + " \"notes\": \"met at the fair\", \"source\": {\"kind\": \"MANUAL\"}}")
                .post("/api/leads").then().statusCode(201).extract().path("id");
        form(token(), "Olga Changed", mail).formParam("firm", "Evil Corp")
                .post("/api/web-forms/{formId}/submissions", formId)
                .then().statusCode(303).header("Location", equalTo(SITE + "/thanks"));
        given().header(Tokens.as("sam.seller", Roles.SELLER)).get("/api/leads/{id}", id).then().statusCode(200)
                .body("contact.name", equalTo("Olga Owned")).body("contact.company", nullValue())
                .body("contact.phone", equalTo("+49 30 5550 7788")).body("notes", equalTo("met at the fair"))
                .body("owner", equalTo("sam.seller")).body("status", equalTo("NEW"))
                .body("sources", hasSize(2)).body("pendingReview.arrivals", equalTo(1));
        given().header(Tokens.as("sue.seller", Roles.SELLER)).post("/api/leads/{id}/review-clearance", id)
                .then().statusCode(404);
        given().header(Tokens.as("sam.seller", Roles.SELLER)).post("/api/leads/{id}/review-clearance", id)
                .then().statusCode(200).body("pendingReview", nullValue()).body("contact.name", equalTo("Olga Owned"));
    }

    @Test
    void aTokenPostsOnce_aSecondUseIsRefusedLikeAForgedOne() throws Exception {
        String token = token();
        String first = "once." + UUID.randomUUID().toString().substring(0, 8) + "@visitor.example";
        form(token, "Otto Once", first).post("/api/web-forms/{formId}/submissions", formId)
                .then().statusCode(303).header("Location", equalTo(SITE + "/thanks"));
        String second = "twice." + UUID.randomUUID().toString().substring(0, 8) + "@visitor.example";
        form(token, "Tina Twice", second).post("/api/web-forms/{formId}/submissions", formId)
                .then().statusCode(303).header("Location", endsWith("&error=forged"));
        given().queryParam("q", second).get("/api/leads").then().body("items", hasSize(0));
        // A fresh token for the next post, as the form page fetches one each time it is shown.
        form(token(), "Tina Twice", second).post("/api/web-forms/{formId}/submissions", formId)
                .then().statusCode(303).header("Location", equalTo(SITE + "/thanks"));
        leadIdByEmail(second);
    }

    @Test
    void invalidInputGoesToTheErrorPageWithTheFieldErrors() throws Exception {
        form(token(), "", "not-an-address").post("/api/web-forms/{formId}/submissions", formId)
                .then().statusCode(303)
                .header("Location", startsWith(SITE + "/oops?lang=en&form=" + formId + "&error=invalid"))
                .header("Location", containsString("field.full_name=must+not+be+blank"));
        form(token(), "Eve Error", "not-an-address").post("/api/web-forms/{formId}/submissions", formId)
                .then().statusCode(303).header("Location", containsString("field.mail=is+not+an+e-mail+address"));
    }

    @Test
    void aFilledHoneypotPretendsSuccessAndStoresNothing() throws Exception {
        String mail = "bot." + UUID.randomUUID().toString().substring(0, 8) + "@spam.example";
        form(token(), "Bot Bot", mail).formParam("website", "http://spam.example")
                .post("/api/web-forms/{formId}/submissions", formId)
                .then().statusCode(303).header("Location", equalTo(SITE + "/thanks"));
        given().queryParam("q", mail).get("/api/leads").then().body("items", hasSize(0));
    }

    @Test
    void tooFastMissingOrForgedTokensAreRefused() throws Exception {
        String mail = "fast." + UUID.randomUUID().toString().substring(0, 8) + "@bot.example";
        String fresh = given().get("/api/web-forms/{formId}/token", formId).then().extract().path("token");
        form(fresh, "Fast Bot", mail).post("/api/web-forms/{formId}/submissions", formId)
                .then().statusCode(303).header("Location", endsWith("&error=too-fast"));
        form("", "No Token", mail).post("/api/web-forms/{formId}/submissions", formId)
                .then().statusCode(303).header("Location", endsWith("&error=missing"));
        form(token() + "x", "Forger", mail).post("/api/web-forms/{formId}/submissions", formId)
                .then().statusCode(303).header("Location", endsWith("&error=forged"));
        given().queryParam("q", mail).get("/api/leads").then().body("items", hasSize(0));
    }

    @Test
    void anUnknownFormIs404Problem() {
        given().redirects().follow(false).contentType(ContentType.URLENC).formParam("full_name", "x")
                .post("/api/web-forms/{formId}/submissions", "no-such-form")
                .then().statusCode(404).contentType("application/problem+json");
        given().get("/api/web-forms/{formId}/token", "no-such-form").then().statusCode(404);
    }

    @Test
    void browserOriginsAreCheckedPerForm() throws Exception {
        given().header("Origin", SITE).header("Access-Control-Request-Method", "POST")
                .options("/api/web-forms/{formId}/submissions", formId)
                .then().statusCode(204).header("Access-Control-Allow-Origin", equalTo(SITE))
                .header("Access-Control-Allow-Methods", containsString("POST"));
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .options("/api/web-forms/{formId}/submissions", formId)
                .then().statusCode(403).header("Access-Control-Allow-Origin", nullValue());
        String mail = "cors." + UUID.randomUUID().toString().substring(0, 8) + "@visitor.example";
        form(token(), "Cora Cors", mail).header("Origin", "https://evil.example")
                .post("/api/web-forms/{formId}/submissions", formId)
                .then().statusCode(403).contentType("application/problem+json");
        given().queryParam("q", mail).get("/api/leads").then().body("items", hasSize(0));
        form(token(), "Cora Cors", mail).header("Origin", SITE)
                .post("/api/web-forms/{formId}/submissions", formId)
                .then().statusCode(303).header("Access-Control-Allow-Origin", equalTo(SITE));
        leadIdByEmail(mail);
    }

    @Test
    void anAddressOnTheDoNotContactRegisterGetsTheAnswerOfAnyAcceptedPost_andNothingIsStored() throws Exception {
        String mail = "forget." + UUID.randomUUID().toString().substring(0, 8) + "@visitor.example";
        given().contentType(ContentType.JSON).body("{\"email\": \"" + mail + "\"}").post("/api/erasure-requests")
                .then().statusCode(202);
        Response listed = form(token(), "Fred Forgotten", mail).post("/api/web-forms/{formId}/submissions", formId);
        String other = "unlisted." + UUID.randomUUID().toString().substring(0, 8) + "@visitor.example";
        Response unlisted = form(token(), "Fred Forgotten", other).post("/api/web-forms/{formId}/submissions", formId);
        listed.then().statusCode(303).header("Location", equalTo(SITE + "/thanks"));
        assertEquals(unlisted.statusCode(), listed.statusCode());
        assertEquals(unlisted.header("Location"), listed.header("Location"));
        assertEquals(unlisted.headers().asList().stream().map(h -> h.getName()).sorted().toList(),
                listed.headers().asList().stream().map(h -> h.getName()).sorted().toList());
        assertEquals(unlisted.asString(), listed.asString());
        given().queryParam("q", mail).get("/api/leads").then().body("items", hasSize(0));
    }

    @Test
    void formsAreManaged() {
        given().get("/api/web-forms/{formId}", formId).then().statusCode(200).body("honeypotField", equalTo("website"));
        given().contentType(ContentType.JSON).body(formConfig(formId, 1)).post("/api/web-forms")
                .then().statusCode(400).body("errors[0].field", equalTo("formId"));
        given().contentType(ContentType.JSON).body(formConfig(formId, 7).replace("Contact us", "Kontakt"))
                .put("/api/web-forms/{formId}", formId).then().statusCode(200)
                .body("name", equalTo("Kontakt")).body("minSecondsToSubmit", equalTo(7));
        given().contentType(ContentType.JSON).body("{\"formId\": \"x\", \"name\": \"x\"}").post("/api/web-forms")
                .then().statusCode(400).contentType("application/problem+json");
        given().delete("/api/web-forms/{formId}", formId).then().statusCode(204);
        given().get("/api/web-forms/{formId}", formId).then().statusCode(404);
    }
}
