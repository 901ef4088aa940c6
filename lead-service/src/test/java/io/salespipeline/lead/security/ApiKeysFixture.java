package io.salespipeline.lead.security;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.platform.security.Roles;

/** Integration keys for tests, issued (and revoked) through the admin API like in production. */
public final class ApiKeysFixture {

    private ApiKeysFixture() {
    }

    public static String issue(String integration) {
        return given().header(Tokens.as("ada.admin", Roles.ADMIN)).contentType(ContentType.JSON)
                .body("{\"name\": \"" + integration + "\"}").post("/api/api-keys")
                .then().statusCode(201).extract().path("key");
    }

    /** A key that worked once and is revoked now. */
    public static String issueAndRevoke(String integration) {
        var issued = given().header(Tokens.as("ada.admin", Roles.ADMIN)).contentType(ContentType.JSON)
                .body("{\"name\": \"" + integration + "\"}").post("/api/api-keys")
                .then().statusCode(201).extract().jsonPath();
        given().header(Tokens.as("ada.admin", Roles.ADMIN)).post("/api/api-keys/{id}/revocation", issued.getString("id"))
                .then().statusCode(200);
        return issued.getString("key");
    }
}
