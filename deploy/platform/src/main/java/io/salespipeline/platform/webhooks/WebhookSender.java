package io.salespipeline.platform.webhooks;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One delivery attempt: the event as a CloudEvent over HTTP in binary mode (the event's data is
 * the body, {@code application/json}; its attributes are {@code ce-*} headers, as on Kafka),
 * signed per Standard Webhooks. The URL is checked again first (its name may resolve elsewhere
 * now); redirects are not followed. Blocks the calling thread (the dispatcher's own) for at most
 * the connect and request timeouts.
 */
@ApplicationScoped
class WebhookSender {

    /** The receiver's answer (2xx: delivered), or why there was none (status null). */
    record Outcome(Integer status, String error) {
        boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }
    }

    @Inject
    WebhookSettings settings;

    @Inject
    WebhookTargets targets;

    @ConfigProperty(name = "quarkus.application.name")
    String source;

    private HttpClient client;

    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                    .followRedirects(HttpClient.Redirect.NEVER).build();
        }
        return client;
    }

    Outcome send(WebhookRows.Claimed subscription, WebhookRows.Event event) {
        URI target;
        try {
            target = targets.check(subscription.url());
        } catch (RefusedTargetException e) {
            return new Outcome(null, "Target refused: " + e.getMessage());
        }
        String id = event.id().toString();
        long timestamp = Instant.now().getEpochSecond();
        HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(settings.requestTimeout())
                .header("content-type", "application/json")
                .header("ce-specversion", "1.0")
                .header("ce-id", id)
                .header("ce-type", event.type())
                .header("ce-source", "/" + source)
                .header("ce-time", event.occurredAt().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC).toString())
                .header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.sign(subscription.secret(), id, timestamp, event.payload()))
                .POST(HttpRequest.BodyPublishers.ofString(event.payload()));
        if (event.subject() != null) {
            request.header("ce-subject", event.subject());
        }
        if (event.actor() != null) {
            request.header("ce-actor", event.actor());
        }
        try {
            HttpResponse<Void> response = client().send(request.build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() / 100 == 2 ? new Outcome(response.statusCode(), null)
                    : new Outcome(response.statusCode(), "HTTP " + response.statusCode());
        } catch (HttpTimeoutException e) {
            return new Outcome(null, "No answer within " + settings.requestTimeout());
        } catch (IOException e) {
            return new Outcome(null, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, "Interrupted");
        }
    }

    @PreDestroy
    synchronized void close() {
        if (client != null) {
            client.shutdownNow();
        }
    }
}
