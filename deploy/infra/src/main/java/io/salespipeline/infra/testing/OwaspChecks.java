package io.salespipeline.infra.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.restassured.response.Response;
import java.util.List;
import java.util.regex.Pattern;

/**
 * OWASP API Security checks every service runs the same way (API8 security misconfiguration:
 * no internals in answers; API4 unrestricted resource consumption: oversized bodies). The
 * object-level (BOLA) and mass-assignment cases are each service's own tests: they need its
 * records.
 */
public final class OwaspChecks {

    /** What must never reach a client: stack frames, class or package names, SQL. */
    private static final Pattern INTERNALS = Pattern.compile(
            "(?s).*(Exception|\\bat [a-z]+\\.[a-z]|org\\.hibernate|io\\.quarkus|io\\.salespipeline|java\\.|jakarta\\.|\\bSQL\\b|"
                    + "\\bselect\\b.*\\bfrom\\b).*");

    private OwaspChecks() {
    }

    /**
     * Sends the malformed requests every API gets from the internet, as {@code who}: broken
     * JSON, wrong types, an id that is no UUID, an unknown path, a broken cursor, a token that is
     * no JWT, XML. {@code createPath}: a POST taking JSON; {@code byIdPath}: a GET with one
     * {@code {id}}; {@code listPath}: a keyset-paginated GET.
     */
    public static List<Response> malformedRequests(Header who, String createPath, String byIdPath, String listPath) {
        return List.of(
                given().header(who).contentType(ContentType.JSON).body("{\"name\": ").post(createPath),
                given().header(who).contentType(ContentType.JSON).body("{\"name\": 12, \"status\": [\"NOPE\"]}")
                        .post(createPath),
                given().header(who).contentType(ContentType.JSON).body("[1, 2, 3]").post(createPath),
                given().header(who).get(byIdPath, "not-a-uuid"),
                given().header(who).get(byIdPath, "00000000-0000-0000-0000-000000000000"),
                given().header(who).get("/api/nothing-here"),
                given().header(who).queryParam("cursor", "%%%broken").get(listPath),
                given().header(who).queryParam("limit", "-5").get(listPath),
                given().header(Tokens.bearer("not.a.jwt")).get(listPath),
                given().header(who).contentType(ContentType.XML).body("<x/>").post(createPath));
    }

    /** No answer is a 5xx or shows internals; every error with a body is problem+json. */
    public static void assertNoInternals(List<Response> answers) {
        for (Response answer : answers) {
            String body = answer.asString();
            assertFalse(answer.statusCode() >= 500, answer.statusCode() + ": " + body);
            assertFalse(INTERNALS.matcher(body).matches(), answer.statusCode() + " shows internals: " + body);
            if (answer.statusCode() >= 400 && !body.isEmpty()) {
                assertTrue(answer.contentType().startsWith("application/problem+json"),
                        answer.statusCode() + " " + answer.contentType() + ": " + body);
            }
        }
    }

    /** A JSON body over the platform's default limit (256K) is refused 413 problem+json before it is read. */
    public static void assertOversizedBodyRefused(Header who, String method, String path, Object... pathParams) {
        String body = "{\"notes\": \"" + "x".repeat(300 * 1024) + "\"}";
        Response answer = given().header(who).contentType(ContentType.JSON).body(body).request(method, path, pathParams);
        assertTrue(answer.statusCode() == 413, method + " " + path + " answered " + answer.statusCode());
        assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
        assertTrue(answer.asString().contains("\"status\":413"), answer.asString());
    }
}
