package io.salespipeline.infra;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.TopicDescription;

/**
 * Whether every partition of every topic on the broker (internal ones too) has a leader. A broker
 * restarted after a SIGKILL answers before it has taken up all its partitions again; until then
 * its clients' sends and fetches fail, so it is still starting, as a readiness probe would say.
 */
final class PartitionLeaders {

    private PartitionLeaders() {
    }

    static boolean led(Admin admin) throws InterruptedException {
        try {
            Set<String> topics = admin.listTopics(new ListTopicsOptions().listInternal(true)).names()
                    .get(3, TimeUnit.SECONDS);
            Map<String, TopicDescription> described = admin.describeTopics(topics).allTopicNames()
                    .get(3, TimeUnit.SECONDS);
            return described.values().stream().flatMap(topic -> topic.partitions().stream())
                    .allMatch(partition -> partition.leader() != null && !partition.leader().isEmpty());
        } catch (ExecutionException | TimeoutException e) {
            return false; // not answering yet
        }
    }
}
