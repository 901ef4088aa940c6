package io.salespipeline.chaos;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * Redelivery of events a consumer already processed: a seeded slice of every hand-off topic is
 * published again byte for byte (key, value, every header, so the same CloudEvent id). To the
 * consumer this is what an offset reset is — a record it has seen comes again — but it works
 * while both replicas keep their consumer group active (Kafka resets offsets of inactive groups
 * only). The inbox must drop every one of them; the final checks count what they could duplicate.
 */
final class Redelivery {

    /** The hand-off topics and the consumer group (service) that takes each in. */
    static final Map<String, String> HAND_OFFS = Map.of(
            "sales.lead.qualified", "prospect-service",
            "sales.prospect.ready-for-proposal", "proposal-service",
            "sales.proposal.accepted", "contract-service",
            "sales.deal.closed", "fulfillment-service");

    record Result(int count, Map<TopicPartition, Long> endsAfter) {
    }

    private final Topics topics;
    private final Random random;

    Redelivery(Topics topics, long seed) {
        this.topics = topics;
        this.random = new Random(seed ^ 0x5eed);
    }

    Result republish(double share, Set<String> excludedIds) {
        int count = 0;
        for (String topic : HAND_OFFS.keySet()) {
            List<ProducerRecord<String, String>> again = topics.readAll(topic).stream()
                    .filter(record -> !excludedIds.contains(Topics.header(record, "ce_id")))
                    .filter(record -> random.nextDouble() < share)
                    .map(Redelivery::copy).toList();
            topics.publish(again);
            count += again.size();
        }
        return new Result(count, ends());
    }

    private static ProducerRecord<String, String> copy(ConsumerRecord<String, String> record) {
        return new ProducerRecord<>(record.topic(), null, record.key(), record.value(), record.headers());
    }

    private Map<TopicPartition, Long> ends() {
        try (Admin admin = topics.admin()) {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (String topic : HAND_OFFS.keySet()) {
                admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()
                        .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            }
            Map<TopicPartition, Long> ends = new HashMap<>();
            admin.listOffsets(latest).all().get().forEach((partition, info) -> ends.put(partition, info.offset()));
            return ends;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read end offsets", e);
        }
    }

    /** Milliseconds until every consumer group committed past what was republished, or -1. */
    long awaitConsumed(Result result, Duration within) {
        long started = System.nanoTime();
        try (Admin admin = topics.admin()) {
            while (System.nanoTime() - started < within.toNanos()) {
                boolean caughtUp = true;
                for (Map.Entry<String, String> handOff : HAND_OFFS.entrySet()) {
                    Map<TopicPartition, OffsetAndMetadata> committed =
                            admin.listConsumerGroupOffsets(handOff.getValue()).partitionsToOffsetAndMetadata().get();
                    for (var end : result.endsAfter().entrySet()) {
                        if (end.getKey().topic().equals(handOff.getKey()) && end.getValue() > 0) {
                            OffsetAndMetadata offset = committed.get(end.getKey());
                            caughtUp &= offset != null && offset.offset() >= end.getValue();
                        }
                    }
                }
                if (caughtUp) {
                    return (System.nanoTime() - started) / 1_000_000;
                }
                Balancer.sleep(250);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read consumer offsets", e);
        }
        return -1;
    }
}
