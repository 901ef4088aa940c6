package io.salespipeline.platform.consumers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

class ConsumerReadinessTest {

    private final ConsumerAssignments assignments = new ConsumerAssignments();
    private final Consumer<String, String> handOff = new MockConsumer<>("earliest");
    private final Consumer<String, String> dealLost = new MockConsumer<>("earliest");
    private final Map<String, List<Consumer<?, ?>>> channels = Map.of(
            "lead-qualified", List.of(handOff), "deal-lost", List.of(dealLost));

    @Test
    void downUntilEveryConsumerHasItsFirstAssignment() {
        HealthCheckResponse starting = ConsumerReadiness.report(channels, assignments);
        assertEquals(HealthCheckResponse.Status.DOWN, starting.getStatus());
        assertEquals("joining its group", data(starting, "lead-qualified"));

        assignments.onPartitionsAssigned(handOff, List.of(new TopicPartition("sales.lead.qualified", 0)));
        HealthCheckResponse half = ConsumerReadiness.report(channels, assignments);
        assertEquals(HealthCheckResponse.Status.DOWN, half.getStatus());
        assertEquals("joining its group", data(half, "deal-lost"));

        assignments.onPartitionsAssigned(dealLost, List.of(new TopicPartition("sales.deal.lost", 2)));
        HealthCheckResponse ready = ConsumerReadiness.report(channels, assignments);
        assertEquals(HealthCheckResponse.Status.UP, ready.getStatus());
        assertEquals("group dummy.group.id: [sales.lead.qualified-0]", data(ready, "lead-qualified"));
    }

    @Test
    void anEmptyFirstAssignmentIsReadyToo() {
        assignments.onPartitionsAssigned(handOff, List.of());
        assignments.onPartitionsAssigned(dealLost, List.of());
        HealthCheckResponse ready = ConsumerReadiness.report(channels, assignments);
        assertEquals(HealthCheckResponse.Status.UP, ready.getStatus());
        assertEquals("group dummy.group.id: []", data(ready, "deal-lost"));
    }

    @Test
    void laterRebalancesMovePartitionsWithoutTakingReadinessDown() {
        TopicPartition zero = new TopicPartition("sales.lead.qualified", 0);
        TopicPartition one = new TopicPartition("sales.lead.qualified", 1);
        assignments.onPartitionsAssigned(handOff, List.of(zero, one));
        assignments.onPartitionsAssigned(dealLost, List.of());
        assignments.onPartitionsRevoked(handOff, List.of(one));
        assertEquals(Set.of(zero.toString()), assignments.of(handOff).orElseThrow().partitions());
        assignments.onPartitionsLost(handOff, List.of(zero));

        HealthCheckResponse after = ConsumerReadiness.report(channels, assignments);
        assertEquals(HealthCheckResponse.Status.UP, after.getStatus());
        assertEquals("group dummy.group.id: []", data(after, "lead-qualified"));
    }

    @Test
    void aRevocationBeforeAnyAssignmentIsNotOne() {
        assignments.onPartitionsRevoked(handOff, List.of());
        assignments.onPartitionsAssigned(dealLost, List.of());
        assertEquals(HealthCheckResponse.Status.DOWN, ConsumerReadiness.report(channels, assignments).getStatus());
    }

    @Test
    void aChannelWithoutItsConsumerIsNotReady() {
        assertEquals(HealthCheckResponse.Status.DOWN,
                ConsumerReadiness.report(Map.of("lead-qualified", List.of()), assignments).getStatus());
    }

    @Test
    void onceReadyItStaysReadyWhateverTheConsumersSayLater() {
        ConsumerReadiness readiness = new ConsumerReadiness();
        readiness.assignments = assignments;
        assertEquals(HealthCheckResponse.Status.DOWN, readiness.check(channels).getStatus());
        assignments.onPartitionsAssigned(handOff, List.of(new TopicPartition("sales.lead.qualified", 0)));
        assertEquals(HealthCheckResponse.Status.DOWN, readiness.check(channels).getStatus());
        assignments.onPartitionsAssigned(dealLost, List.of());
        assertEquals(HealthCheckResponse.Status.UP, readiness.check(channels).getStatus());

        // The connector makes a channel's consumer anew (it failed while the broker was away): the
        // new one has not joined yet, and the service stays ready all the same.
        Consumer<String, String> anew = new MockConsumer<>("earliest");
        HealthCheckResponse later = readiness.check(Map.of("lead-qualified", List.of(anew), "deal-lost", List.of()));
        assertEquals(HealthCheckResponse.Status.UP, later.getStatus());
        assertEquals("joining its group", data(later, "lead-qualified"));
        assertEquals("not started", data(later, "deal-lost"));
    }

    private static Object data(HealthCheckResponse response, String key) {
        return response.getData().orElseThrow().get(key);
    }
}
