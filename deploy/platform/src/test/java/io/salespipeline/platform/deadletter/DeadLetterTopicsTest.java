package io.salespipeline.platform.deadletter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeadLetterTopicsTest {

    private final DeadLetterTopics topics = new DeadLetterTopics(new SmallRyeConfigBuilder()
            .withSources(new PropertiesConfigSource(Map.ofEntries(
                    Map.entry("quarkus.application.name", "contract-service"),
                    Map.entry("mp.messaging.connector.smallrye-kafka.failure-strategy", "dead-letter-queue-explained"),
                    Map.entry("mp.messaging.incoming.proposal-accepted.connector", "smallrye-kafka"),
                    Map.entry("mp.messaging.incoming.proposal-accepted.topic", "sales.proposal.accepted"),
                    Map.entry("mp.messaging.incoming.deal-lost.connector", "smallrye-kafka"),
                    Map.entry("mp.messaging.incoming.deal-lost.topic", "sales.deal.lost"),
                    Map.entry("mp.messaging.incoming.deal-lost.group.id", "contract-service-deal-lost"),
                    Map.entry("mp.messaging.incoming.quiet.connector", "smallrye-kafka"),
                    Map.entry("mp.messaging.incoming.quiet.failure-strategy", "ignore"),
                    Map.entry("mp.messaging.incoming.elsewhere.connector", "smallrye-kafka"),
                    Map.entry("mp.messaging.incoming.elsewhere.dead-letter-queue.topic", "parked")), "test", 100))
            .build());

    @Test
    void theDeadLetterTopicsAreThoseOfTheChannelsThatParkFailures() {
        assertEquals(Set.of("dead-letter-topic-deal-lost", "dead-letter-topic-proposal-accepted", "parked"), topics.all());
    }

    @Test
    void aDeadLetterGoesBackOnlyToWhatItsChannelConsumes() {
        assertTrue(topics.mayRedrive("dead-letter-topic-proposal-accepted", "sales.proposal.accepted"));
        assertTrue(topics.mayRedrive("parked", "elsewhere"));
        assertFalse(topics.mayRedrive("dead-letter-topic-proposal-accepted", "sales.deal.lost"));
        assertFalse(topics.mayRedrive("dead-letter-topic-proposal-accepted", null));
    }

    @Test
    void onASharedTopicOnlyTheDeadLettersOfItsOwnGroupsAreThisServices() {
        assertTrue(topics.isOurs("dead-letter-topic-deal-lost", "contract-service-deal-lost"));
        assertTrue(topics.isOurs("dead-letter-topic-proposal-accepted", "contract-service"));
        assertFalse(topics.isOurs("dead-letter-topic-deal-lost", "lead-service-deal-lost"));
        assertTrue(topics.isOurs("dead-letter-topic-deal-lost", null));
        assertFalse(topics.isOurs("dead-letter-topic-quiet", null));
    }
}
