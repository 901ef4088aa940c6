package io.salespipeline.platform.deadletter;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * This service's dead-letter topics, found in its incoming Kafka channels' configuration: each
 * channel that parks failures ({@code failure-strategy} dead-letter-queue or -explained) on
 * {@code dead-letter-queue.topic} (default {@code dead-letter-topic-<channel>}), with the topics
 * it consumes, the only ones its dead letters may be re-driven to.
 */
@ApplicationScoped
public class DeadLetterTopics {

    private static final Pattern CONNECTOR = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.connector");
    private static final Set<String> PARKING = Set.of("dead-letter-queue", ExplainedDeadLetterQueue.STRATEGY);

    private final Map<String, Set<String>> consumedByDeadLetterTopic;
    private final Map<String, Set<String>> groupsByDeadLetterTopic = new TreeMap<>();

    public DeadLetterTopics() {
        this(ConfigProvider.getConfig());
    }

    DeadLetterTopics(Config config) {
        Map<String, Set<String>> found = new TreeMap<>();
        for (String name : config.getPropertyNames()) {
            Matcher matcher = CONNECTOR.matcher(name);
            if (!matcher.matches() || !"smallrye-kafka".equals(value(config, name).orElse(null))) {
                continue;
            }
            String channel = matcher.group(1);
            String prefix = "mp.messaging.incoming." + channel + ".";
            boolean enabled = value(config, prefix + "enabled").map(Boolean::parseBoolean).orElse(true);
            String strategy = value(config, prefix + "failure-strategy")
                    .or(() -> value(config, "mp.messaging.connector.smallrye-kafka.failure-strategy")).orElse("fail");
            if (!enabled || !PARKING.contains(strategy)) {
                continue;
            }
            String deadLetterTopic = value(config, prefix + "dead-letter-queue.topic").orElse("dead-letter-topic-" + channel);
            Set<String> consumed = Arrays.stream(value(config, prefix + "topic")
                    .or(() -> value(config, prefix + "topics")).orElse(channel).split(","))
                    .map(String::strip).filter(topic -> !topic.isEmpty()).collect(Collectors.toSet());
            found.computeIfAbsent(deadLetterTopic, topic -> new TreeSet<>()).addAll(consumed);
            // The connector's default group is the application's name (as Quarkus configures it).
            String group = value(config, prefix + "group.id").or(() -> value(config, "kafka.group.id"))
                    .or(() -> value(config, "quarkus.application.name")).orElse(channel);
            groupsByDeadLetterTopic.computeIfAbsent(deadLetterTopic, topic -> new TreeSet<>()).add(group);
        }
        this.consumedByDeadLetterTopic = found;
    }

    /** The dead-letter topics, in name order. */
    public Set<String> all() {
        return consumedByDeadLetterTopic.keySet();
    }

    public boolean isOne(String topic) {
        return consumedByDeadLetterTopic.containsKey(topic);
    }

    /** Whether a dead letter on {@code deadLetterTopic} may go back to {@code topic}: a topic its channel consumes. */
    public boolean mayRedrive(String deadLetterTopic, String topic) {
        return topic != null && consumedByDeadLetterTopic.getOrDefault(deadLetterTopic, Set.of()).contains(topic);
    }

    /**
     * Whether a record of a dead-letter topic is this service's: several services' channels of one
     * name share a topic; the consumer group that parked it tells whose it is (a dead letter that
     * names none was parked before the platform recorded it, and is shown to all of them).
     */
    public boolean isOurs(String deadLetterTopic, String consumerGroup) {
        return isOne(deadLetterTopic) && (consumerGroup == null
                || groupsByDeadLetterTopic.getOrDefault(deadLetterTopic, Set.of()).contains(consumerGroup));
    }

    private static Optional<String> value(Config config, String name) {
        return config.getOptionalValue(name, String.class).filter(text -> !text.isBlank());
    }
}
