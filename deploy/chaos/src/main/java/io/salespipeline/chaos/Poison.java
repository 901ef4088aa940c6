package io.salespipeline.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Poison on purpose: copies of a real DealClosed for new deals (new dealId, contractId and
 * CloudEvent id) whose first order states a net total its lines contradict. fulfillment-service
 * must park each on {@value #DEAD_LETTERS} and create nothing; then the harness "fixes" them and
 * has them re-driven ({@link Redrive}), and each must become exactly one customer and one order.
 */
final class Poison {

    static final String TOPIC = "sales.deal.closed";
    static final String DEAD_LETTERS = "dead-letter-topic-deal-closed";

    /** A poison event, the fixed record that re-drives it, and the total its order must have. */
    record Injected(String eventId, String dealId, ProducerRecord<String, String> fixed, BigDecimal total) {
    }

    private final Topics topics;
    private final Redrive redrive;
    private final Random random;
    final List<Injected> injected = new ArrayList<>();
    private final Set<String> ids = ConcurrentHashMap.newKeySet();

    Poison(Topics topics, Redrive redrive, long seed) {
        this.topics = topics;
        this.redrive = redrive;
        this.random = new Random(seed ^ 0xdead);
    }

    Set<String> ids() {
        return ids;
    }

    /** Injects {@code count} poison events, awaits them on the dead-letter topic, then re-drives them fixed. */
    String injectAndRedrive(int count, Consumer<String> say) {
        ConsumerRecord<String, String> template = awaitTemplate();
        List<ProducerRecord<String, String>> poison = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String eventId = new UUID(random.nextLong(), random.nextLong()).toString();
            String dealId = new UUID(random.nextLong(), random.nextLong()).toString();
            String contractId = new UUID(random.nextLong(), random.nextLong()).toString();
            ProducerRecord<String, String> fixed = copy(template, eventId, dealId, contractId, false);
            poison.add(copy(template, eventId, dealId, contractId, true));
            ids.add(eventId);
            injected.add(new Injected(eventId, dealId, fixed, new BigDecimal(
                    read(fixed.value()).at("/firstOrder/totals/total/amount").asText())));
        }
        long started = System.currentTimeMillis();
        topics.publish(poison);
        long parked = awaitDeadLettered(Duration.ofSeconds(120));
        say.accept(parked < 0 ? "  poison: NOT all on " + DEAD_LETTERS + " within 120 s"
                : "  poison: " + count + " events on " + DEAD_LETTERS + " after " + parked + " ms; re-driving them fixed");
        redrive.redrive(injected);
        return count + " injected, " + (parked < 0 ? "not all dead-lettered" : "dead-lettered in " + parked + " ms")
                + ", re-driven " + (System.currentTimeMillis() - started) + " ms after injection";
    }

    private ConsumerRecord<String, String> awaitTemplate() {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                List<ConsumerRecord<String, String>> closed = topics.readAll(TOPIC);
                if (!closed.isEmpty()) {
                    return closed.get(0);
                }
            } catch (RuntimeException e) {
                // the broker may be down (a fault of its own): try again
            }
            Balancer.sleep(1000);
        }
        throw new IllegalStateException("no DealClosed to copy within 10 minutes");
    }

    private long awaitDeadLettered(Duration within) {
        long started = System.nanoTime();
        while (System.nanoTime() - started < within.toNanos()) {
            Set<String> parked = new java.util.HashSet<>();
            try {
                topics.readAll(DEAD_LETTERS).forEach(record -> parked.add(Topics.header(record, "ce_id")));
            } catch (RuntimeException e) {
                // the broker may be down: try again
            }
            if (parked.containsAll(ids)) {
                return (System.nanoTime() - started) / 1_000_000;
            }
            Balancer.sleep(500);
        }
        return -1;
    }

    private static ProducerRecord<String, String> copy(ConsumerRecord<String, String> template, String eventId,
            String dealId, String contractId, boolean tampered) {
        JsonNode original = read(template.value());
        String oldDeal = original.path("dealId").asText();
        String oldContract = original.path("contractId").asText();
        ObjectNode data = (ObjectNode) read(template.value().replace(oldDeal, dealId).replace(oldContract, contractId));
        // The template's personal fields are sealed with its own deal's key and bound to its event id:
        // a copy under a new id could never be opened. The copy's made-up contact travels in clear.
        unseal(data);
        if (tampered) {
            ((ObjectNode) data.at("/firstOrder/totals/net")).put("amount", "0.01");
        }
        String value = data.toString();
        RecordHeaders headers = new RecordHeaders();
        template.headers().forEach(header -> {
            String text = new String(header.value(), StandardCharsets.UTF_8);
            String changed = header.key().equals("ce_id") ? eventId : text.replace(oldDeal, dealId).replace(oldContract, contractId);
            headers.add(header.key(), changed.getBytes(StandardCharsets.UTF_8));
        });
        return new ProducerRecord<>(TOPIC, null, dealId, value, headers);
    }

    private static void unseal(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.properties().forEach(field -> {
                if (field.getValue().isTextual() && field.getValue().asText().startsWith("pii:v1:")) {
                    object.put(field.getKey(), field.getKey().toLowerCase(java.util.Locale.ROOT).contains("email")
                            ? "chaos@customer.example" : "Chaos " + field.getKey());
                } else {
                    unseal(field.getValue());
                }
            });
        } else if (node.isArray()) {
            node.forEach(Poison::unseal);
        }
    }

    private static JsonNode read(String json) {
        try {
            return Balancer.JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
