package io.salespipeline.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * The tiny load balancer in front of the replicas, in the client: round robin over a service's
 * replicas, and on a connection error, a timeout, 502/503/504 or 429 the next replica after a
 * back-off (503's Retry-After honoured, up to 5 s). A retry of a POST that is not idempotent first
 * asks {@code alreadyDone} whether the lost attempt took effect, so a retry never duplicates; a
 * 409 after such an attempt asks again, since the given-up attempt may have finished meanwhile.
 */
final class Balancer {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(150);

    /** {@code sent}: when the attempt that answered was sent (null when an earlier attempt was found done). */
    record Reply(int status, JsonNode body, byte[] bytes, boolean alreadyDone, java.time.Instant sent) {
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<String, List<Replica>> replicas;
    private final Map<String, AtomicInteger> next = new ConcurrentHashMap<>();
    final AtomicLong retries = new AtomicLong();
    final AtomicLong answered503 = new AtomicLong();
    final AtomicLong unexpected5xx = new AtomicLong();
    /** The first few unexpected 5xx answers, for the report. */
    final Queue<String> unexpected = new ConcurrentLinkedQueue<>();

    Balancer(Map<String, List<Replica>> replicas) {
        this.replicas = replicas;
    }

    Reply get(String service, String path, String token) {
        return send(service, "GET", path, token, null, Map.of(), null);
    }

    Reply send(String service, String method, String path, String token, String body, Map<String, String> headers,
            BooleanSupplier alreadyDone) {
        long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
        long backoff = 100;
        boolean mayHaveTakenEffect = false;
        String last = "";
        while (System.nanoTime() < deadline) {
            if (mayHaveTakenEffect && alreadyDone != null && alreadyDone.getAsBoolean()) {
                return new Reply(200, null, null, true, null);
            }
            Replica replica = pick(service);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(replica.baseUri() + path))
                    .timeout(Duration.ofSeconds(30));
            if (token != null) { // the customer's pages take no token
                request.header("Authorization", "Bearer " + token);
            }
            headers.forEach((name, value) -> {
                if (!"Content-Type".equals(name)) {
                    request.header(name, value);
                }
            });
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", headers.getOrDefault("Content-Type", "application/json"))
                        .method(method, HttpRequest.BodyPublishers.ofString(body));
            }
            long wait = backoff;
            java.time.Instant sent = java.time.Instant.now();
            try {
                HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                int status = response.statusCode();
                if (status == 409 && mayHaveTakenEffect && alreadyDone != null && alreadyDone.getAsBoolean()) {
                    // An earlier attempt, still running when it was given up on, took effect meanwhile.
                    return new Reply(200, null, null, true, null);
                }
                if (status < 500 && status != 429) {
                    return new Reply(status, parse(response), response.body(), false, sent);
                }
                last = status + " " + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
                if (status == 503 || status == 429) {
                    answered503.incrementAndGet();
                    wait = Math.max(wait, retryAfter(response));
                } else if (status != 502 && status != 504) {
                    unexpected5xx.incrementAndGet();
                    if (unexpected.size() < 20) {
                        unexpected.add(method + " " + path + " on " + replica.name() + ": "
                                + last.substring(0, Math.min(last.length(), 300)));
                    }
                }
                // Only a 429 is sure to have done nothing: a 503 from a commit whose connection broke
                // cannot tell whether the commit landed.
                mayHaveTakenEffect |= status != 429 && !"GET".equals(method);
            } catch (ConnectException e) {
                last = "connection refused by " + replica.name();
            } catch (IOException e) {
                // Sent, maybe processed, the answer lost (a replica killed mid-request, a timeout).
                last = e + " from " + replica.name();
                mayHaveTakenEffect |= !"GET".equals(method);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            retries.incrementAndGet();
            sleep(wait);
            backoff = Math.min(backoff * 2, 2000);
        }
        throw new IllegalStateException(method + " " + path + " of " + service + " failed for " + GIVE_UP_AFTER
                + ", last: " + last);
    }

    private Replica pick(String service) {
        List<Replica> group = replicas.get(service);
        int i = Math.floorMod(next.computeIfAbsent(service, s -> new AtomicInteger()).getAndIncrement(), group.size());
        return group.get(i);
    }

    private static JsonNode parse(HttpResponse<byte[]> response) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.contains("json") || response.body().length == 0) {
            return null;
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            return null;
        }
    }

    private static long retryAfter(HttpResponse<?> response) {
        try {
            return Math.min(5000, Long.parseLong(response.headers().firstValue("Retry-After").orElse("1")) * 1000);
        } catch (NumberFormatException e) {
            return 1000;
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
