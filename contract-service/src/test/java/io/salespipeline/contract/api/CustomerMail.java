package io.salespipeline.contract.api;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.salespipeline.infra.testing.EventTap;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Test helper: the customer's contact, as they see their e-mails. Links and codes are read from
 * sales.contract.customer-action-requested as whatever sends e-mail reads them (opened before
 * the act that publishes them), and used on the customer's pages like a browser would (forms).
 */
public final class CustomerMail implements AutoCloseable {

    public static final String TOPIC = "sales.contract.customer-action-requested";
    static final Duration WAIT = Duration.ofSeconds(30);

    private final EventTap tap;
    /** The e-mails already read (ce_id): each is taken once, so a newer link or code is the next one. */
    private final java.util.Set<String> read = new java.util.HashSet<>();

    public CustomerMail() {
        tap = new EventTap(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class), TOPIC);
    }

    /** The next link e-mailed for the contract and purpose: its event's data (url, linkId, ...). */
    public JsonPath link(String contractId, String purpose) {
        EventTap.Event event = tap.await(e -> !read.contains(e.header("ce_id"))
                && "io.salespipeline.contract.CustomerActionRequested.v1".equals(e.header("ce_type"))
                && contractId.equals(JsonPath.from(e.value()).getString("recordId"))
                && purpose.equals(JsonPath.from(e.value()).getString("purpose")), WAIT);
        read.add(event.header("ce_id"));
        return JsonPath.from(event.value());
    }

    /** The page path of a link's URL (the test server's port is RestAssured's). */
    public static String path(JsonPath link) {
        return URI.create(link.getString("url")).getPath();
    }

    /** Asks for a code on the signing page and reads it from the e-mail (the SigningCodeSent event). */
    public String code(String signingPath, String linkId) {
        given().post(signingPath + "/code").then().statusCode(200);
        return codeSent(linkId);
    }

    /** The next code e-mailed for the link (asked for on the page, by a browser). */
    public String codeSent(String linkId) {
        EventTap.Event event = tap.await(e -> !read.contains(e.header("ce_id"))
                && "io.salespipeline.contract.SigningCodeSent.v1".equals(e.header("ce_type"))
                && linkId.equals(JsonPath.from(e.value()).getString("linkId")), WAIT);
        read.add(event.header("ce_id"));
        return JsonPath.from(event.value()).getString("code");
    }

    /** Submits the signing form as the customer: typed name, the hash confirmed, the code. */
    public static ValidatableResponse signForm(String signingPath, String name, String hash, String code) {
        return given().contentType(ContentType.URLENC)
                .formParams(Map.of("signerName", name, "documentSha256", hash, "hashConfirmed", "yes", "code", code))
                .post(signingPath + "/signature").then();
    }

    /** The customer signs through the link they were e-mailed for the contract (the contract's stored document). */
    public void sign(String contractId, String name) {
        JsonPath link = link(contractId, "CONTRACT_SIGNATURE");
        String path = path(link);
        String hash = given().get("/api/contracts/{id}", contractId).then().extract().path("documentSha256");
        signForm(path, name, hash, code(path, link.getString("linkId"))).statusCode(200);
    }

    /** The customer places the first order through their first-order link. */
    public ValidatableResponse order(String contractId, String poNumber, String requestedDeliveryDate) {
        String path = path(link(contractId, "FIRST_ORDER"));
        return given().contentType(ContentType.URLENC)
                .formParams(Map.of("poNumber", poNumber, "requestedDeliveryDate", requestedDeliveryDate))
                .post(path + "/order").then();
    }

    /**
     * The seller re-sends the contract's live signing link (a new one, the old revoked), so the
     * customer has it in this mailbox: for tests whose contract was sent before the mailbox opened.
     */
    public void resendSigningLink(String contractId) {
        String linkId = given().get("/api/contracts/{id}/customer-links", contractId).then().statusCode(200).extract()
                .jsonPath().param("p", "CONTRACT_SIGNATURE")
                .getString("find { it.purpose == p && it.state == 'LIVE' }.id");
        given().post("/api/contracts/{id}/customer-links/{linkId}/reissue", contractId, linkId).then().statusCode(200);
    }

    @Override
    public void close() {
        tap.close();
    }
}
