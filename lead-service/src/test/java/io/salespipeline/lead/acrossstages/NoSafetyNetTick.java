package io.salespipeline.lead.acrossstages;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The outbox relay's safety-net tick once an hour: an event arrives only through the wake-up after
 * its commit, or the relay's own retry while the broker or another replica's lease keeps it from
 * sending. Small batches make many short relay rounds while requests commit side by side; a
 * witness on the producer counts acknowledgements that arrive while the relay holds a transaction.
 */
public class NoSafetyNetTick implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("sales.outbox.poll-interval", "1h", "sales.outbox.batch-size", "3",
                "mp.messaging.outgoing.sales-outbox.interceptor.classes", SendsOutsideTransactions.class.getName(),
                "mp.messaging.outgoing.sales-outbox.witness.jdbc.url", "${quarkus.datasource.jdbc.url}",
                "mp.messaging.outgoing.sales-outbox.witness.jdbc.user", "${quarkus.datasource.username}",
                "mp.messaging.outgoing.sales-outbox.witness.jdbc.password", "${quarkus.datasource.password}");
    }
}
