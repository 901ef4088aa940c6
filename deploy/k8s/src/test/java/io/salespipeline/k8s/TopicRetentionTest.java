package io.salespipeline.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Retention by purpose (README "Retention"), in every overlay: a topic some service consumes is
 * kept for ever (a service rebuilds from it; the person's fields on it are crypto-shredded), a
 * business event no service consumes 365 days, a dead-letter topic 30 days, and the people's data
 * keys compacted for ever.
 */
class TopicRetentionTest {

    private static final String FOREVER = "-1";
    private static final String YEAR = "31536000000";
    private static final String THIRTY_DAYS = "2592000000";
    private static final List<String> SERVICES = List.of("lead", "prospect", "proposal", "contract", "fulfillment");

    /** Every topic a service consumes: mp.messaging.incoming.*.topic of the five services. */
    private static Set<String> consumed() throws IOException {
        Set<String> topics = new TreeSet<>();
        for (String service : SERVICES) {
            Path file = Manifests.root().resolve("../../" + service + "-service/src/main/resources/application.properties")
                    .normalize();
            Properties properties = new Properties();
            try (Reader in = Files.newBufferedReader(file)) {
                properties.load(in);
            }
            properties.stringPropertyNames().stream()
                    .filter(name -> name.startsWith("mp.messaging.incoming.") && name.endsWith(".topic"))
                    .map(properties::getProperty).forEach(topics::add);
        }
        return topics;
    }

    @Test
    void everyTopicIsKeptAsLongAsItsPurposeNeeds() throws Exception {
        Set<String> consumed = consumed();
        assertTrue(consumed.contains("sales.lead.qualified") && consumed.contains("privacy.person-keys"), consumed.toString());
        List<String> findings = new ArrayList<>();
        for (Path overlay : Manifests.overlays()) {
            int topics = 0;
            for (JsonNode o : Manifests.render(overlay)) {
                if (!"KafkaTopic".equals(o.path("kind").asString())) {
                    continue;
                }
                topics++;
                String name = o.path("spec").path("topicName").asString();
                JsonNode config = o.path("spec").path("config");
                String retention = config.path("retention.ms").asString();
                String cleanup = config.has("cleanup.policy") ? config.path("cleanup.policy").asString() : "delete";
                String expected;
                if (name.equals("privacy.person-keys")) {
                    expected = FOREVER;
                    if (!"compact".equals(cleanup)) {
                        findings.add(overlay.getFileName() + ": " + name + " is not compacted");
                    }
                } else if (name.startsWith("dead-letter-topic-")) {
                    expected = THIRTY_DAYS;
                } else {
                    expected = consumed.contains(name) ? FOREVER : YEAR;
                }
                if (!expected.equals(retention)) {
                    findings.add(overlay.getFileName() + ": " + name + " retention.ms " + retention + ", expected " + expected);
                }
            }
            assertTrue(topics > 30, overlay + ": " + topics + " topics");
        }
        assertEquals(List.of(), findings);
    }
}
