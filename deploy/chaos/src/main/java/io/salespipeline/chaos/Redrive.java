package io.salespipeline.chaos;

import java.util.List;

/**
 * How the harness has its fixed poison events re-driven once they sit on the dead-letter topic.
 *
 * <p>SEAM: today this publishes each fixed record on the event's own topic with plain Kafka
 * clients (what an operator's documented command does). Where the services offer
 * {@code GET /api/dead-letters} and {@code POST /api/dead-letters/{id}/redrive} (admin), this is
 * the one place to call them instead: list fulfillment-service's dead letters, re-drive the ones
 * whose CloudEvent id is an injected poison's, after the "fix" the re-drive needs.
 */
interface Redrive {

    void redrive(List<Poison.Injected> poison);

    /** Re-drive by republishing the fixed record (same CloudEvent id) on its topic. */
    static Redrive republishing(Topics topics) {
        return poison -> topics.publish(poison.stream().map(Poison.Injected::fixed).toList());
    }
}
