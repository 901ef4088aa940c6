package io.salespipeline.chaos;

import java.util.List;

/**
 * How the harness has its poison events re-driven once they sit on the dead-letter topic: the
 * corrected record (same CloudEvent id, true totals) published on the event's own topic, as the
 * producer of a wrong event does. The services' {@code POST /api/dead-letters/{id}/redrive}
 * re-drives the parked record unchanged, for failures fixed on the consumer's side; a tampered
 * event re-driven that way would only be parked again. The operator's listing of these dead
 * letters is checked in {@link Invariants}.
 */
interface Redrive {

    void redrive(List<Poison.Injected> poison);

    /** Re-drive by republishing the fixed record (same CloudEvent id) on its topic. */
    static Redrive republishing(Topics topics) {
        return poison -> topics.publish(poison.stream().map(Poison.Injected::fixed).toList());
    }
}
