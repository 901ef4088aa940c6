package io.salespipeline.chaos;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.TopicDescription;

/** Waits until every partition of every topic on the broker (internal ones too) has a leader. */
final class PartitionLeaders {

    private PartitionLeaders() {
    }

    /** True once every partition has a leader; false if {@code within} passed first. */
    static boolean await(String bootstrapServers, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        try (Admin admin = Admin.create(config)) {
            while (System.nanoTime() < deadline) {
                try {
                    Set<String> topics = admin.listTopics(new ListTopicsOptions().listInternal(true)).names()
                            .get(3, TimeUnit.SECONDS);
                    Map<String, TopicDescription> described = admin.describeTopics(topics).allTopicNames()
                            .get(3, TimeUnit.SECONDS);
                    boolean led = described.values().stream().flatMap(topic -> topic.partitions().stream())
                            .allMatch(partition -> partition.leader() != null && !partition.leader().isEmpty());
                    if (led) {
                        return true;
                    }
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                    // not answering yet
                }
                Balancer.sleep(100);
            }
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
