package io.salespipeline.infra.testing;

import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.config.HeaderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.Header;
import io.salespipeline.infra.TokenKeys;
import io.salespipeline.infra.TokenSigner;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Bearer tokens for tests, signed with this JVM's test key pair (the one SalesInfrastructure
 * hands to every service): valid ones for any subject and roles, and the ones a service must
 * refuse (expired, wrong issuer, wrong audience, wrong signature).
 *
 * <pre>
 * &#64;BeforeEach void signIn() { Tokens.signIn("sam.seller", Roles.SELLER); }   // every request of the class
 * given().header(Tokens.as("max.manager", Roles.SALES_MANAGER))...             // one request as someone else
 * </pre>
 */
public final class Tokens {

    /** The subject each role acts as by default (support: a member of fulfillment's roster). */
    public static final Map<String, String> DEFAULT_SUBJECTS = io.salespipeline.infra.DevToken.SUBJECTS;

    private Tokens() {
    }

    /** A valid token of the test issuer. */
    public static String of(String subject, String... roles) {
        return TokenKeys.forTests().sign(subject, List.of(roles), Instant.now().plus(Duration.ofHours(1)));
    }

    /** The Authorization header of a valid token, for one request: {@code given().header(Tokens.as(...))}. */
    public static Header as(String subject, String... roles) {
        return bearer(of(subject, roles));
    }

    /** The Authorization header carrying this token (valid or not). */
    public static Header bearer(String token) {
        return new Header("Authorization", "Bearer " + token);
    }

    /** A valid token of the role's default subject. */
    public static String forRole(String role) {
        return of(DEFAULT_SUBJECTS.getOrDefault(role, role + ".user"), role);
    }

    public static String expired(String subject, String... roles) {
        return TokenKeys.forTests().sign(subject, List.of(roles), Instant.now().minus(Duration.ofHours(1)));
    }

    public static String wrongIssuer(String subject, String... roles) {
        return TokenSigner.sign(TokenKeys.forTests().privateKey(), "https://issuer.elsewhere.example",
                TokenKeys.AUDIENCE, subject, List.of(roles), Instant.now().plus(Duration.ofHours(1)));
    }

    /** Signed by the right issuer, but for another of its applications: must not open this one. */
    public static String wrongAudience(String subject, String... roles) {
        TokenKeys keys = TokenKeys.forTests();
        return TokenSigner.sign(keys.privateKey(), keys.issuer(), "another-application", subject, List.of(roles),
                Instant.now().plus(Duration.ofHours(1)));
    }

    public static String wrongSignature(String subject, String... roles) {
        return TokenSigner.sign(TokenKeys.generate().getPrivate(), TokenKeys.forTests().issuer(), TokenKeys.AUDIENCE,
                subject, List.of(roles), Instant.now().plus(Duration.ofHours(1)));
    }

    /**
     * Every REST Assured request of this test (until {@link #signOut}) carries a token of this
     * subject and roles. A request's own {@code Authorization} or {@code X-Api-Key} replaces it.
     */
    public static void signIn(String subject, String... roles) {
        RestAssured.config = RestAssuredConfig.config().headerConfig(
                HeaderConfig.headerConfig().overwriteHeadersWithName("Authorization", "X-Api-Key"));
        RestAssured.requestSpecification = new RequestSpecBuilder()
                .addHeader("Authorization", "Bearer " + of(subject, roles)).build();
    }

    public static void signOut() {
        RestAssured.requestSpecification = null;
    }
}
