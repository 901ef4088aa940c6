package io.salespipeline.platform.consumers;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.Consumer;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only once every Kafka consumer has joined its group and received its first assignment
 * (possibly empty): before that, an event handed to this service waits for a rebalance. The check
 * latches: once UP it stays UP, whatever later rebalances, broker outages or a consumer the
 * connector makes anew report (the data still says what each channel holds), so a broker outage
 * never takes replicas out of their Service; only the start is gated.
 */
@Readiness
@ApplicationScoped
public class ConsumerReadiness implements HealthCheck {

    @Inject
    KafkaClientService clients;

    @Inject
    @Identifier(ConsumerAssignments.NAME)
    ConsumerAssignments assignments;

    /** Set by the first UP; from then on the check stays UP. */
    private final AtomicBoolean started = new AtomicBoolean();

    @Override
    public HealthCheckResponse call() {
        Map<String, List<Consumer<?, ?>>> byChannel = new TreeMap<>();
        for (String channel : clients.getConsumerChannels()) {
            List<Consumer<?, ?>> consumers = new ArrayList<>();
            for (KafkaConsumer<Object, Object> consumer : clients.<Object, Object>getConsumers(channel)) {
                consumers.add(consumer.unwrap());
            }
            byChannel.put(channel, consumers);
        }
        return check(byChannel);
    }

    /** The channels' state; UP from the first time every consumer had its assignment on. */
    HealthCheckResponse check(Map<String, List<Consumer<?, ?>>> byChannel) {
        HealthCheckResponse now = report(byChannel, assignments);
        if (now.getStatus() == HealthCheckResponse.Status.UP) {
            started.set(true);
        }
        if (now.getStatus() == HealthCheckResponse.Status.UP || !started.get()) {
            return now;
        }
        HealthCheckResponseBuilder kept = HealthCheckResponse.named(now.getName()).up();
        now.getData().ifPresent(data -> data.forEach((channel, state) -> kept.withData(channel, String.valueOf(state))));
        return kept.build();
    }

    /** UP when each channel's consumers have all been assigned once; each channel's state as data. */
    static HealthCheckResponse report(Map<String, List<Consumer<?, ?>>> byChannel, ConsumerAssignments assignments) {
        HealthCheckResponseBuilder health = HealthCheckResponse.named("consumers").up();
        byChannel.forEach((channel, consumers) -> {
            List<String> states = new ArrayList<>();
            if (consumers.isEmpty()) {
                states.add("not started");
                health.down();
            }
            for (Consumer<?, ?> consumer : consumers) {
                states.add(assignments.of(consumer)
                        .map(held -> "group " + held.group() + ": " + held.partitions())
                        .orElse("joining its group"));
                if (assignments.of(consumer).isEmpty()) {
                    health.down();
                }
            }
            health.withData(channel, String.join("; ", states));
        });
        return health.build();
    }
}
