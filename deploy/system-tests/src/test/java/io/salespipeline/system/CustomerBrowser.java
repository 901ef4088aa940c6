package io.salespipeline.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.salespipeline.infra.testing.EventTap;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The customer's contact of one deal: reads the e-mails whatever sends them would send (links and
 * one-time codes, from sales.contract.customer-action-requested on Kafka) and uses the pages like a
 * browser (GET the page, POST its forms, no token of any kind). Opened before the contract is sent.
 */
final class CustomerBrowser implements AutoCloseable {

    static final String TOPIC = "sales.contract.customer-action-requested";
    private static final Duration MAIL = Duration.ofSeconds(90);

    private final SalesSystem system;
    private final UUID dealId;
    private final EventTap mailbox;
    private final HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    CustomerBrowser(SalesSystem system, UUID dealId) {
        this.system = system;
        this.dealId = dealId;
        this.mailbox = new EventTap(system.kafka(), TOPIC);
    }

    /** The page of the link e-mailed for this purpose, on the contract service (the URL's path). */
    private String linkPath(String purpose) {
        EventTap.Event mail = mailbox.await(e -> dealId.toString().equals(e.key())
                && "io.salespipeline.contract.CustomerActionRequested.v1".equals(e.header("ce_type"))
                && purpose.equals(JsonPath.from(e.value()).getString("purpose")), MAIL);
        return URI.create(JsonPath.from(mail.value()).getString("url")).getPath();
    }

    /** Opens the signing link, checks the hash shown, asks for the code, reads it from the e-mail, signs. */
    void sign(String name, String expectedHash) {
        String page = linkPath("CONTRACT_SIGNATURE");
        HttpResponse<String> shown = send(HttpRequest.newBuilder(uri(page)).header("Accept", "text/html").GET());
        assertEquals(200, shown.statusCode(), shown.body());
        assertTrue(shown.body().contains(expectedHash), "the page shows the document's SHA-256");
        HttpResponse<String> asked = post(page + "/code", Map.of());
        assertEquals(200, asked.statusCode(), asked.body());
        EventTap.Event codeMail = mailbox.await(e -> dealId.toString().equals(e.key())
                && "io.salespipeline.contract.SigningCodeSent.v1".equals(e.header("ce_type")), MAIL);
        String code = JsonPath.from(codeMail.value()).getString("code");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("signerName", name);
        form.put("documentSha256", expectedHash);
        form.put("hashConfirmed", "yes");
        form.put("code", code);
        HttpResponse<String> signed = post(page + "/signature", form);
        assertEquals(200, signed.statusCode(), signed.body());
        assertTrue(signed.body().contains("you signed"), signed.body());
    }

    /** Opens the first-order link and places the order. */
    void placeFirstOrder(String poNumber, String requestedDeliveryDate) {
        String page = linkPath("FIRST_ORDER");
        HttpResponse<String> shown = send(HttpRequest.newBuilder(uri(page)).header("Accept", "text/html").GET());
        assertEquals(200, shown.statusCode(), shown.body());
        HttpResponse<String> placed = post(page + "/order",
                Map.of("poNumber", poNumber, "requestedDeliveryDate", requestedDeliveryDate));
        assertEquals(200, placed.statusCode(), placed.body());
    }

    private URI uri(String path) {
        return URI.create(system.uri("contract").replaceAll("/+$", "") + path);
    }

    private HttpResponse<String> post(String path, Map<String, String> form) {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html").header("User-Agent", "DealJourney customer browser")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return browser.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        mailbox.close();
    }
}
