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
 * The customer's side of a deal: the links their contact is e-mailed, read from proposal-service's
 * and fulfillment-service's CustomerActionRequested as a mailer reads them (the URL is in the event
 * only), and the pages' forms posted as a browser posts them, without any token.
 */
final class CustomerDecision {

    private static final String TOPIC = "sales.proposal.customer-action-requested";
    private static final String SURVEY_TOPIC = "sales.fulfillment.customer-action-requested";
    private static final HttpClient BROWSER = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private CustomerDecision() {
    }

    /** The page URL of the latest link issued for this proposal version (waits for the event). */
    static String proposalLink(String kafka, String proposalId, Duration within) {
        return latestLink(kafka, TOPIC, proposalId, within);
    }

    /** The page URL of the latest survey link issued about this order (sent when it was delivered). */
    static String surveyLink(String kafka, String orderId, Duration within) {
        return latestLink(kafka, SURVEY_TOPIC, orderId, within);
    }

    private static String latestLink(String kafka, String topic, String recordId, Duration within) {
        AtomicReference<String> url = new AtomicReference<>();
        await().atMost(within).pollInterval(Duration.ofMillis(500)).until(() -> {
            TopicRecords.readAll(kafka, topic).stream().map(r -> JsonPath.from(r.value()))
                    .filter(event -> recordId.equals(event.getString("recordId")))
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

    /** Opens the survey page, then answers it: a score and a comment, once. */
    static void answerSurvey(String page, int score, String comment, String userAgent) {
        HttpResponse<String> shown = send(HttpRequest.newBuilder(URI.create(page)).header("Accept", "text/html")
                .header("User-Agent", userAgent).GET().build());
        assertEquals(200, shown.statusCode(), shown.body());
        assertTrue(shown.body().contains("How likely are you to recommend us"), shown.body());
        post(page + "/answer", "score=" + score + "&comment=" + URLEncoder.encode(comment, StandardCharsets.UTF_8),
                userAgent);
        HttpResponse<String> again = send(HttpRequest.newBuilder(URI.create(page)).header("Accept", "text/html")
                .header("User-Agent", userAgent).GET().build());
        assertEquals(410, again.statusCode(), "the survey link is spent by the answer: " + again.body());
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
