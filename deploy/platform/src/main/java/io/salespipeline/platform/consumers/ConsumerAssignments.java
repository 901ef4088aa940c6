package io.salespipeline.platform.consumers;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;

/**
 * The partitions each Kafka consumer of this service holds, as its group's rebalances hand them
 * over. Every incoming channel uses this listener (the connector's
 * {@code consumer-rebalance-listener.name}). Kafka calls {@code onPartitionsAssigned} after every
 * rebalance, with no partitions too: a consumer that owns none (more replicas than partitions)
 * has still joined its group.
 */
@ApplicationScoped
@Identifier(ConsumerAssignments.NAME)
public class ConsumerAssignments implements KafkaConsumerRebalanceListener {

    public static final String NAME = "sales-consumer-assignments";

    /** What one consumer holds since its first assignment; empty until then. */
    public record Assignment(String group, Set<String> partitions) {
    }

    private final Map<Consumer<?, ?>, Assignment> held = Collections.synchronizedMap(new IdentityHashMap<>());

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        change(consumer, partitions, true);
    }

    @Override
    public void onPartitionsRevoked(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        change(consumer, partitions, false);
    }

    @Override
    public void onPartitionsLost(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        change(consumer, partitions, false);
    }

    /** The consumer's partitions, once its group has assigned it any (or none) for the first time. */
    public Optional<Assignment> of(Consumer<?, ?> consumer) {
        return Optional.ofNullable(held.get(consumer));
    }

    // Called on the consumer's polling thread: groupMetadata() is safe there, not elsewhere.
    private void change(Consumer<?, ?> consumer, Collection<TopicPartition> partitions, boolean assigned) {
        String group = consumer.groupMetadata().groupId();
        held.compute(consumer, (key, before) -> {
            if (before == null && !assigned) {
                return null; // a revocation before any assignment is not one
            }
            Set<String> now = new TreeSet<>(before == null ? Set.of() : before.partitions());
            partitions.forEach(partition -> {
                if (assigned) {
                    now.add(partition.toString());
                } else {
                    now.remove(partition.toString());
                }
            });
            return new Assignment(group, Collections.unmodifiableSet(now));
        });
    }
}
