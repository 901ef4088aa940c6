package io.salespipeline.lead.webhooks;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook receiver as an integrator writes one (a tiny Vert.x server): it verifies the Standard
 * Webhooks signature with its secret (401 otherwise), refuses stale timestamps, and processes
 * each webhook-id once (a repeat is acknowledged and dropped). It can answer errors on purpose,
 * and be stopped and started again on its port.
 */
final class WebhookReceiver implements AutoCloseable {

    /** A delivery it processed: the first time it saw its webhook-id. */
    record Received(String id, String type, String subject, String source, String contentType, String body) {
    }

    private final Vertx vertx = Vertx.vertx();
    private final int port;
    private volatile String secret;
    private volatile HttpServer server;
    /** Status answered to valid deliveries (200 normally). */
    final AtomicInteger answer = new AtomicInteger(200);
    private final Map<String, Received> processed = new LinkedHashMap<>();
    final AtomicInteger duplicates = new AtomicInteger();
    final AtomicInteger badSignatures = new AtomicInteger();
    final AtomicInteger refusedOnPurpose = new AtomicInteger();

    WebhookReceiver(int port) {
        this.port = port;
    }

    String url() {
        return "http://127.0.0.1:" + port + "/hook";
    }

    void secret(String secret) {
        this.secret = secret;
    }

    WebhookReceiver start() throws Exception {
        server = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body ->
                respond(request, body.toString(StandardCharsets.UTF_8)))).listen(port, "127.0.0.1")
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        return this;
    }

    void stop() throws Exception {
        if (server != null) {
            server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            server = null;
        }
    }

    synchronized List<Received> processed() {
        return new ArrayList<>(processed.values());
    }

    private void respond(HttpServerRequest request, String body) {
        String id = request.getHeader("webhook-id");
        String timestamp = request.getHeader("webhook-timestamp");
        String signature = request.getHeader("webhook-signature");
        if (id == null || timestamp == null || signature == null || !verified(id, timestamp, body, signature)
                || Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) > 300) {
            badSignatures.incrementAndGet();
            request.response().setStatusCode(401).end();
            return;
        }
        int status = answer.get();
        if (status != 200) {
            refusedOnPurpose.incrementAndGet();
            request.response().setStatusCode(status).end();
            return;
        }
        synchronized (this) {
            if (processed.containsKey(id)) {
                duplicates.incrementAndGet();
            } else {
                processed.put(id, new Received(id, request.getHeader("ce-type"), request.getHeader("ce-subject"),
                        request.getHeader("ce-source"), request.getHeader("content-type"), body));
            }
        }
        request.response().setStatusCode(204).end();
    }

    /** The Standard Webhooks check, written out as a receiver would (any of the space-separated v1 signatures). */
    private boolean verified(String id, String timestamp, String body, String header) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            byte[] expected = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            for (String candidate : header.split(" ")) {
                if (candidate.startsWith("v1,") && MessageDigest.isEqual(expected,
                        Base64.getDecoder().decode(candidate.substring(3)))) {
                    return true;
                }
            }
            return false;
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void close() throws Exception {
        stop();
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
