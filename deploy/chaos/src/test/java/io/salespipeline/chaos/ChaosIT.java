package io.salespipeline.chaos;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The harness's short run in {@code verify}: 50 deals against two replicas of every packaged
 * service while replicas, the broker and the database are killed, events redelivered and poison
 * injected; the same invariants as the full run. The seed is fixed so a failure can be repeated
 * ({@code ./deploy/chaos/run.sh --short --seed 17}); -Dchaos.seed picks another.
 */
class ChaosIT {

    @Test
    void fiftyDealsThroughKillsABrokerCrashAndADatabaseStopLoseAndDuplicateNothing() throws Exception {
        Path root = Path.of(System.getProperty("sales.root", "../..")).toAbsolutePath().normalize();
        Chaos.Result result = Chaos.run(new String[] {"--short", "--seed", System.getProperty("chaos.seed", "17")}, root);
        assertTrue(result.whole(), result.summary() + "\n" + String.join("\n", result.broken()));
    }
}
