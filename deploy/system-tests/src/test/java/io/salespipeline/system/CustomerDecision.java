package io.salespipeline.system;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.salespipeline.infra.testing.TopicRecords;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The customer's side of a deal: the link their contact is e-mailed, read from proposal-service's
 * CustomerActionRequested as a mailer reads it (the URL is in the event only), and the page's forms
 * posted as a browser posts them, without any token.
 */
final class CustomerDecision {

    private static final String TOPIC = "sales.proposal.customer-action-requested";
    private static final HttpClient BROWSER = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private CustomerDecision() {
    }

    /** The page URL of the latest link issued for this proposal version (waits for the event). */
    static String proposalLink(String kafka, String proposalId, Duration within) {
        AtomicReference<String> url = new AtomicReference<>();
        await().atMost(within).pollInterval(Duration.ofMillis(500)).until(() -> {
            TopicRecords.readAll(kafka, TOPIC).stream().map(r -> JsonPath.from(r.value()))
                    .filter(event -> proposalId.equals(event.getString("recordId")))
                    .reduce((first, second) -> second).ifPresent(event -> url.set(event.getString("url")));
            return url.get() != null;
        });
        return url.get();
    }

    /** Opens the page, then accepts the version it offers. */
    static void accept(String page, int version, String userAgent) {
        HttpResponse<String> shown = send(HttpRequest.newBuilder(URI.create(page)).header("Accept", "text/html")
                .header("User-Agent", userAgent).GET().build());
        assertEquals(200, shown.statusCode(), shown.body());
        assertTrue(shown.body().contains("Accept the offer"), shown.body());
        post(page + "/acceptance", "version=" + version, userAgent);
    }

    static void reject(String page, int version, String reason, String userAgent) {
        post(page + "/rejection", "version=" + version + "&reason=" + URLEncoder.encode(reason, StandardCharsets.UTF_8),
                userAgent);
    }

    private static void post(String url, String form, String userAgent) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .header("User-Agent", userAgent).POST(HttpRequest.BodyPublishers.ofString(form)).build());
        assertEquals(200, answer.statusCode(), answer.body());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return BROWSER.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("The customer's page did not answer: " + request.uri().getPath(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
