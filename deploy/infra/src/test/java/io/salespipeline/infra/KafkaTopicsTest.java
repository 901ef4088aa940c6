package io.salespipeline.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * deploy/k8s/base/topics.yaml against the code: the Kafka cluster creates no topic by itself
 * (auto.create.topics.enable=false), so every topic a channel names (any profile, in any service's
 * application.properties or the platform's defaults), every dead-letter topic a channel parks its
 * failures on, and every event's topic (the {@code TOPIC} constants the outbox publishes to) has its
 * KafkaTopic; and every KafkaTopic is one of those.
 */
class KafkaTopicsTest {

    private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
    private static final Path PLATFORM_DEFAULTS =
            ROOT.resolve("deploy/platform/src/main/resources/META-INF/microprofile-config.properties");
    /** The outbox relay's channel: each record names its own topic (an event's TOPIC), never the channel's. */
    private static final String RELAY_CHANNEL = "mp.messaging.outgoing.sales-outbox.";
    private static final Pattern CHANNEL_TOPIC =
            Pattern.compile("^(mp\\.messaging\\.(incoming|outgoing)\\.([^.]+)\\.)(topic|topics)$");
    private static final Pattern EVENT_TOPIC = Pattern.compile("String TOPIC = \"([^\"]+)\"");
    private static final Set<String> PARKING = Set.of("dead-letter-queue", "dead-letter-queue-explained");

    @Test
    void everyTopicTheServicesUseIsDeclaredAndNothingElse() throws IOException {
        Set<String> declared = declared();
        Set<String> used = new TreeSet<>();
        for (Path service : services()) {
            Map<String, String> config = config(PLATFORM_DEFAULTS);
            config.putAll(config(service.resolve("src/main/resources/application.properties")));
            Set<String> named = channelTopics(config);
            Set<String> missing = new TreeSet<>(named);
            missing.removeAll(declared);
            assertEquals(Set.of(), missing, service.getFileName() + ": channels name topics with no KafkaTopic");
            used.addAll(named);
        }
        Set<String> published = eventTopics();
        Set<String> unpublished = new TreeSet<>(published);
        unpublished.removeAll(declared);
        assertEquals(Set.of(), unpublished, "events are published to topics with no KafkaTopic");
        used.addAll(published);

        Set<String> unused = new TreeSet<>(declared);
        unused.removeAll(used);
        assertEquals(Set.of(), unused, "KafkaTopics no channel and no event uses");
    }

    @Test
    void aChannelWithoutItsDeadLetterTopicIsNoticed() {
        Map<String, String> config = new TreeMap<>(Map.of(
                "mp.messaging.connector.smallrye-kafka.failure-strategy", "dead-letter-queue-explained",
                "mp.messaging.incoming.proposal-rejected.connector", "smallrye-kafka",
                "mp.messaging.incoming.proposal-rejected.topic", "sales.proposal.rejected",
                "mp.messaging.incoming.quiet.connector", "smallrye-kafka",
                "mp.messaging.incoming.quiet.topic", "sales.quiet",
                "mp.messaging.incoming.quiet.failure-strategy", "ignore",
                "mp.messaging.incoming.elsewhere.connector", "smallrye-kafka",
                "mp.messaging.incoming.elsewhere.topics", "a.one, a.two",
                "mp.messaging.incoming.elsewhere.dead-letter-queue.topic", "parked"));
        assertEquals(new TreeSet<>(Set.of("sales.proposal.rejected", "dead-letter-topic-proposal-rejected",
                "sales.quiet", "a.one", "a.two", "parked")), channelTopics(config));
    }

    /** The topics the channels of one service's configuration name, with their dead-letter topics. */
    private static Set<String> channelTopics(Map<String, String> config) {
        Set<String> topics = new TreeSet<>();
        for (Map.Entry<String, String> entry : config.entrySet()) {
            Matcher channel = CHANNEL_TOPIC.matcher(entry.getKey());
            if (!channel.matches() || channel.group(1).equals(RELAY_CHANNEL)) {
                continue;
            }
            for (String topic : entry.getValue().split(",")) {
                topics.add(topic.strip());
            }
            String prefix = channel.group(1);
            String strategy = config.getOrDefault(prefix + "failure-strategy",
                    config.getOrDefault("mp.messaging.connector.smallrye-kafka.failure-strategy", "fail"));
            if (channel.group(2).equals("incoming") && PARKING.contains(strategy)) {
                topics.add(config.getOrDefault(prefix + "dead-letter-queue.topic", "dead-letter-topic-" + channel.group(3)));
            }
        }
        return topics;
    }

    /** The topicName of every KafkaTopic of the cluster "sales". */
    private static Set<String> declared() throws IOException {
        Set<String> topics = new TreeSet<>();
        for (String document : Files.readString(ROOT.resolve("deploy/k8s/base/topics.yaml")).split("\n---\n")) {
            Matcher name = Pattern.compile("(?m)^  topicName: (\\S+)$").matcher(document);
            if (document.contains("kind: KafkaTopic")) {
                assertTrue(document.contains("strimzi.io/cluster: sales"), "a KafkaTopic of another cluster: " + document);
                assertTrue(name.find(), "a KafkaTopic without topicName: " + document);
                assertTrue(topics.add(name.group(1)), "declared twice: " + name.group(1));
            }
        }
        return topics;
    }

    /** Every event's topic: the TOPIC constants of the services' and the platform's main sources. */
    private static Set<String> eventTopics() throws IOException {
        Set<String> topics = new TreeSet<>();
        Stream.Builder<Path> sources = Stream.builder();
        services().forEach(service -> sources.add(service.resolve("src/main/java")));
        sources.add(ROOT.resolve("deploy/platform/src/main/java"));
        for (Path sourceRoot : sources.build().toList()) {
            try (Stream<Path> files = Files.walk(sourceRoot)) {
                for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                    Matcher topic = EVENT_TOPIC.matcher(Files.readString(file));
                    while (topic.find()) {
                        topics.add(topic.group(1));
                    }
                }
            }
        }
        assertTrue(!topics.isEmpty(), "no TOPIC constant found");
        return topics;
    }

    private static Set<Path> services() throws IOException {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            Set<Path> services = new TreeSet<>(dirs.filter(dir -> dir.getFileName().toString().endsWith("-service")).toList());
            assertTrue(services.size() >= 5, "services under " + ROOT + ": " + services);
            return services;
        }
    }

    /** A properties file with its profile prefixes (%test., %prod.) dropped: a topic of any profile counts. */
    private static Map<String, String> config(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        Map<String, String> config = new TreeMap<>();
        properties.forEach((key, value) -> config.put(key.toString().replaceFirst("^%[^.]+\\.", ""), value.toString().strip()));
        return config;
    }
}
