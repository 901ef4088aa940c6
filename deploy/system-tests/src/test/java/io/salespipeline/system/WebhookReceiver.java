package io.salespipeline.system;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook receiver as an integrator would write one (JDK HttpServer on loopback): one path per
 * service, {@code /hooks/<service>}, each with the signing secret of that service's subscription.
 * It verifies every delivery's Standard Webhooks signature (a bad one is answered 401 and kept as
 * a failure of the test), takes each event once by its {@code webhook-id} and counts repeats. It
 * can be taken down (connection refused) and brought back on the same port.
 */
final class WebhookReceiver implements AutoCloseable {

    /** An event taken in: its CloudEvent attributes (headers) and how often it arrived. */
    record Received(String service, String id, String type, String subject, AtomicInteger arrivals) {
    }

    private final int port;
    private final Map<String, byte[]> secrets = new ConcurrentHashMap<>();
    private final Map<String, Received> events = new ConcurrentHashMap<>();
    private final List<String> refused = new CopyOnWriteArrayList<>();
    private volatile HttpServer server;

    WebhookReceiver(int port) {
        this.port = port;
        up();
    }

    String url(String service) {
        return "http://127.0.0.1:" + port + "/hooks/" + service;
    }

    /** The subscription's secret, {@code whsec_<base64>}, as shown once on subscribing. */
    void trust(String service, String secret) {
        secrets.put(service, Base64.getDecoder().decode(secret.substring("whsec_".length())));
    }

    synchronized void up() {
        try {
            HttpServer started = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
            started.createContext("/hooks/", this::receive);
            started.start();
            server = started;
        } catch (IOException e) {
            throw new IllegalStateException("receiver on port " + port, e);
        }
    }

    /** Down: the port refuses connections, as a receiver being redeployed does. */
    synchronized void down() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    /** Every event taken in, each once. */
    List<Received> events() {
        return List.copyOf(events.values());
    }

    /** Deliveries whose signature (or headers) did not hold: none may exist. */
    List<String> refused() {
        return List.copyOf(refused);
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String service = exchange.getRequestURI().getPath().substring("/hooks/".length());
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
            String signatures = exchange.getRequestHeaders().getFirst("webhook-signature");
            String problem = verify(service, id, timestamp, signatures, body);
            if (problem != null) {
                refused.add(service + " " + id + ": " + problem);
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            events.computeIfAbsent(id, key -> new Received(service, id,
                    exchange.getRequestHeaders().getFirst("ce-type"), exchange.getRequestHeaders().getFirst("ce-subject"),
                    new AtomicInteger())).arrivals().incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
        }
    }

    /** Standard Webhooks: HMAC-SHA256 over "id.timestamp.body" keyed with the secret's bytes; any "v1," entry may match. */
    private String verify(String service, String id, String timestamp, String signatures, byte[] body) {
        byte[] secret = secrets.get(service);
        if (secret == null || id == null || timestamp == null || signatures == null) {
            return "missing secret or webhook-* header";
        }
        if (Math.abs(System.currentTimeMillis() / 1000 - Long.parseLong(timestamp)) > 300) {
            return "timestamp outside the 5-minute tolerance";
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            byte[] expected = mac.doFinal(body);
            for (String signature : signatures.split(" ")) {
                if (signature.startsWith("v1,") && MessageDigest.isEqual(expected,
                        Base64.getDecoder().decode(signature.substring(3)))) {
                    return null;
                }
            }
            return "no signature matches";
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return e.toString();
        }
    }

    @Override
    public void close() {
        down();
    }
}
