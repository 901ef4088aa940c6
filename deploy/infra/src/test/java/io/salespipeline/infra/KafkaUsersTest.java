package io.salespipeline.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * deploy/k8s/base/kafka-users.yaml against what the services consume: each service reads exactly the
 * topics of its incoming channels and their dead-letter topics (dead-letter-topic-channel), writes
 * those dead-letter topics and, to re-drive a dead letter, the topics it consumes: all named one by
 * one, never by prefix; and nothing more: no user creates, deletes or reconfigures anything, and each
 * joins only consumer groups named after it.
 */
class KafkaUsersTest {

    private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
    private static final Pattern INCOMING = Pattern.compile("^mp\\.messaging\\.incoming\\.([\\w-]+)\\.topic=(\\S+)$");
    private static final Pattern ACL = Pattern.compile(
            "\\{type: topic, name: ([\\w.-]+), patternType: (\\w+)}, operations: \\[([^\\]]+)]");

    @Test
    void eachServiceReadsItsIncomingTopicsAndTheirDeadLetterTopicsAndMayReDriveToWhatItConsumes() throws IOException {
        Map<String, String> users = users();
        try (Stream<Path> services = Files.list(ROOT)) {
            for (Path service : services.filter(dir -> dir.getFileName().toString().endsWith("-service")).sorted()
                    .toList()) {
                String name = service.getFileName().toString();
                Map<String, String> incoming = incoming(service.resolve("src/main/resources/application.properties"));
                String user = users.get(name);
                assertTrue(user != null, "no KafkaUser for " + name);

                Set<String> reads = new TreeSet<>();
                Set<String> writes = new TreeSet<>();
                Set<String> deadLetterTopics = new TreeSet<>();
                Matcher acl = ACL.matcher(user);
                while (acl.find()) {
                    assertEquals("literal", acl.group(2), name + ": topic ACLs name their topics: " + acl.group());
                    if (acl.group(3).contains("Read")) {
                        reads.add(acl.group(1));
                    }
                    if (acl.group(3).contains("Write")) {
                        writes.add(acl.group(1));
                    }
                    if (acl.group(1).startsWith("dead-letter-topic-")) {
                        deadLetterTopics.add(acl.group(1));
                    }
                }
                Set<String> expectedDeadLetterTopics = new TreeSet<>(incoming.keySet().stream()
                        .map(channel -> "dead-letter-topic-" + channel).toList());
                Set<String> expectedReads = new TreeSet<>(incoming.values());
                expectedReads.addAll(expectedDeadLetterTopics);
                assertEquals(expectedDeadLetterTopics, deadLetterTopics, name + ": dead-letter topics");
                assertEquals(expectedReads, reads, name + ": topics read (consumed, and its dead letters)");
                assertTrue(writes.containsAll(expectedReads), name + ": writes its dead letters and re-drives them "
                        + "to what it consumes; writes " + writes);
            }
        }
    }

    @Test
    void noUserMayCreateDeleteOrReconfigureAndEachJoinsOnlyItsOwnGroups() throws IOException {
        Pattern anyAcl = Pattern.compile("\\{resource: \\{type: (\\w+), name: ([\\w.-]+), patternType: (\\w+)}, "
                + "operations: \\[([^\\]]+)]}");
        for (Map.Entry<String, String> user : users().entrySet()) {
            String name = user.getKey();
            assertTrue(user.getValue().contains("apiVersion: kafka.strimzi.io/v1\n"), name + ": Strimzi's v1 API");
            Set<String> topics = new TreeSet<>();
            Matcher acl = anyAcl.matcher(user.getValue());
            int acls = 0;
            while (acl.find()) {
                acls++;
                Set<String> operations = new TreeSet<>(Stream.of(acl.group(4).split(",")).map(String::strip).toList());
                switch (acl.group(1)) {
                    case "topic" -> {
                        assertTrue(Set.of("Read", "Write", "Describe").containsAll(operations), name + ": " + acl.group());
                        assertTrue(topics.add(acl.group(2)), name + ": one ACL per topic: " + acl.group(2));
                    }
                    case "group" -> assertEquals(List.of(name, "prefix", "[Read]"),
                            List.of(acl.group(2), acl.group(3), operations.toString()), name + ": its own groups only");
                    default -> throw new AssertionError(name + ": no " + acl.group(1) + " ACL: " + acl.group());
                }
            }
            assertEquals(acls, user.getValue().split("- \\{resource:", -1).length - 1, name + ": every ACL in the checked form");
        }
    }

    @Test
    void everyConsumerGroupIsOneItsUserMayJoin() throws IOException {
        Pattern group = Pattern.compile("^(?:%[\\w-]+\\.)?(mp\\.messaging\\.incoming\\.[\\w-]+\\.group\\.id|quarkus\\.application\\.name)=(\\S+)$");
        for (String name : users().keySet()) {
            Path properties = ROOT.resolve(name).resolve("src/main/resources/application.properties");
            int groups = 0;
            for (String line : Files.readAllLines(properties)) {
                Matcher matcher = group.matcher(line.strip());
                if (matcher.matches()) {
                    groups++;
                    assertTrue(matcher.group(2).startsWith(name), name + ": its group ACL is the prefix " + name
                            + ", so Kafka refuses " + line);
                }
            }
            // The application's name is the default consumer group of every channel without its own.
            assertTrue(groups > 0, name + ": no quarkus.application.name in " + properties);
        }
    }

    /** Each KafkaUser's text by its name. */
    private static Map<String, String> users() throws IOException {
        Map<String, String> users = new TreeMap<>();
        for (String document : Files.readString(ROOT.resolve("deploy/k8s/base/kafka-users.yaml")).split("\n---\n")) {
            Matcher name = Pattern.compile("(?m)^  name: (\\S+)$").matcher(document);
            if (document.contains("kind: KafkaUser") && name.find()) {
                users.put(name.group(1), document);
            }
        }
        return users;
    }

    /** Channel to topic, of the service's incoming channels (any profile). */
    private static Map<String, String> incoming(Path properties) throws IOException {
        Map<String, String> channels = new TreeMap<>();
        for (String line : Files.readAllLines(properties)) {
            Matcher matcher = INCOMING.matcher(line.strip());
            if (matcher.matches()) {
                channels.put(matcher.group(1), matcher.group(2));
            }
        }
        return channels;
    }
}
