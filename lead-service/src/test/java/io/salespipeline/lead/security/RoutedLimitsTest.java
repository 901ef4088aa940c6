package io.salespipeline.lead.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.platform.security.Roles;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The abuse limits hold on the request as it is routed: a path written another way (';' path
 * parameters, empty segments) cannot slip past a rate limit, and a body sent without a
 * Content-Length (chunked) is bounded by the bytes actually read, on JSON, the anonymous form
 * post and the CSV import alike. Raw requests (java.net.http) so that paths and framing go over
 * the wire exactly as written here.
 */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "lead"))
class RoutedLimitsTest {

    private static final Header SAM = Tokens.as("sam.seller", Roles.SELLER);
    /** HTTP/1.1: chunked transfer coding is HTTP/1.1's (and no h2c upgrade). */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TestHTTPResource("/")
    URI base;

    private String formId;

    @BeforeEach
    void aForm() {
        Tokens.signOut();
        formId = "limits-" + UUID.randomUUID().toString().substring(0, 8);
        given().header(Tokens.as("ada.admin", Roles.ADMIN)).contentType(ContentType.JSON).body("""
                {"formId": "%s", "name": "Limits", "allowedOrigins": ["https://www.customer.example"],
                 "fields": [{"name": "full_name", "mapsTo": "NAME", "required": true},
                            {"name": "mail", "mapsTo": "EMAIL", "required": true},
                            {"name": "message", "mapsTo": "NOTES", "required": false}],
                 "thankYouUrl": "https://www.customer.example/thanks", "errorUrl": "https://www.customer.example/oops",
                 "site": "www.customer.example", "page": "/contact", "campaign": "limits", "minSecondsToSubmit": 1}"""
                .formatted(formId)).post("/api/web-forms").then().statusCode(201);
    }

    @Test
    void aPathParameterOrAnEmptySegmentCannotSkipTheWebFormLimit_400Problem() throws Exception {
        String ip = randomIp();
        List<String> tricks = List.of("/api/web-forms;x=1/" + formId + "/submissions",
                "/api/web-forms/" + formId + ";x=1/submissions", "/api/web-forms/" + formId + "/submissions;x=1",
                "//api/web-forms/" + formId + "/submissions", "/api//web-forms/" + formId + "/submissions");
        for (int i = 0; i < 25; i++) {
            HttpResponse<String> answer = send("POST", tricks.get(i % tricks.size()),
                    "application/x-www-form-urlencoded", bytes("full_name=x"), false, "X-Forwarded-For", ip);
            assertProblem(answer, 400);
        }
        // The plain path is limited as before; a percent-encoded letter is the same path to the limit.
        int passed = 0;
        for (int i = 0; i < 20; i++) {
            passed += send("POST", "/api/web-forms/" + formId + "/submissions", "application/x-www-form-urlencoded",
                    bytes("full_name=x"), false, "X-Forwarded-For", ip).statusCode() == 303 ? 1 : 0;
        }
        assertEquals(20, passed);
        assertProblem(send("POST", "/api/web%2Dforms/" + formId + "/submissions", "application/x-www-form-urlencoded",
                bytes("full_name=x"), false, "X-Forwarded-For", ip), 429);
    }

    @Test
    void aPathParameterOrAnEmptySegmentCannotSkipTheApiKeyLimit_400ProblemAndNoLead() throws Exception {
        String key = ApiKeysFixture.issue("tricky-crm-" + UUID.randomUUID());
        List<String> tricks = List.of("/api/leads;x=1", "/api;x=1/leads", "//api/leads", "/api//leads");
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < 35; i++) { // more than %test.sales.rate-limit.rules.integrations.limit
            String email = "tricky-" + UUID.randomUUID() + "@example.com";
            emails.add(email);
            assertProblem(send("POST", tricks.get(i % tricks.size()), "application/json", bytes(lead(email, 0)), false,
                    "X-Api-Key", key), 400);
        }
        for (String email : emails.subList(0, 4)) {
            given().header(Tokens.as("max.manager", Roles.SALES_MANAGER)).queryParam("q", email).get("/api/leads")
                    .then().statusCode(200).body("items", org.hamcrest.Matchers.empty());
        }
    }

    @Test
    void aChunkedJsonBodyIsBoundedByTheBytesRead_413ProblemOverTheLimit() throws Exception {
        for (int size : new int[] {300 * 1024, 600 * 1024}) {
            assertProblem(send("POST", "/api/leads", "application/json",
                    bytes(lead("big-" + UUID.randomUUID() + "@example.com", size)), true, SAM.getName(), SAM.getValue()),
                    413);
        }
        HttpResponse<String> within = send("POST", "/api/leads", "application/json",
                bytes(lead("chunked-" + UUID.randomUUID() + "@example.com", 200 * 1024)), true, SAM.getName(),
                SAM.getValue());
        assertEquals(201, within.statusCode(), within.body());
    }

    @Test
    void aChunkedAnonymousFormPostIsBoundedByTheBytesRead_413ProblemOverTheLimit() throws Exception {
        String ip = randomIp();
        String path = "/api/web-forms/" + formId + "/submissions";
        for (int size : new int[] {300 * 1024, 600 * 1024}) {
            assertProblem(send("POST", path, "application/x-www-form-urlencoded",
                    bytes("full_name=x&message=" + "x".repeat(size)), true, "X-Forwarded-For", ip), 413);
        }
        String boundary = "limits" + UUID.randomUUID();
        assertProblem(send("POST", path, "multipart/form-data; boundary=" + boundary,
                bytes(multipart(boundary, "x".repeat(300 * 1024))), true, "X-Forwarded-For", ip), 413);

        HttpResponse<String> within = send("POST", path, "application/x-www-form-urlencoded",
                bytes("full_name=x&message=" + "x".repeat(1024)), true, "X-Forwarded-For", ip);
        assertEquals(303, within.statusCode(), within.body());
        HttpResponse<String> multipartWithin = send("POST", path, "multipart/form-data; boundary=" + boundary,
                bytes(multipart(boundary, "x".repeat(1024))), true, "X-Forwarded-For", ip);
        assertEquals(303, multipartWithin.statusCode(), multipartWithin.body());
    }

    @Test
    void aChunkedCsvImportIsBoundedByItsPathsLimit_413ProblemOverIt() throws Exception {
        String query = "/api/lead-imports?sourceKind=EMAIL_LIST&sourceDetail=limits";
        StringBuilder over = new StringBuilder("name,email\n");
        String row = "Chunked Row,chunked-row@example.com\n";
        while (over.length() < 21 * 1024 * 1024) { // the path's limit is 20M
            over.append(row);
        }
        assertProblem(send("POST", query, "text/csv", bytes(over.toString()), true, SAM.getName(), SAM.getValue()), 413);
        HttpResponse<String> within = send("POST", query, "text/csv",
                bytes("name,email\nChunked Within,chunked-" + UUID.randomUUID() + "@example.com\n"), true,
                SAM.getName(), SAM.getValue());
        assertEquals(202, within.statusCode(), within.body());
    }

    private HttpResponse<String> send(String method, String path, String type, byte[] body, boolean chunked,
            String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        // Without a known length java.net.http sends Transfer-Encoding: chunked and no Content-Length.
        BodyPublisher publisher = chunked ? BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
                : BodyPublishers.ofByteArray(body);
        return HTTP.send(request.header("Content-Type", type).method(method, publisher).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(HttpResponse<String> answer, int status) {
        assertEquals(status, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                answer.headers().toString());
        assertTrue(answer.body().contains("\"status\":" + status), answer.body());
    }

    private static String lead(String email, int padding) {
        return """
                {"name": "Limits Case", "email": "%s", "source": {"kind": "MANUAL"}, "ignored": "%s"}"""
                .formatted(email, "x".repeat(padding));
    }

    private static String multipart(String boundary, String message) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"full_name\"\r\n\r\nx\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"message\"\r\n\r\n" + message + "\r\n"
                + "--" + boundary + "--\r\n";
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String randomIp() {
        return "198.18." + ThreadLocalRandom.current().nextInt(1, 255) + "." + ThreadLocalRandom.current().nextInt(1, 255);
    }
}
