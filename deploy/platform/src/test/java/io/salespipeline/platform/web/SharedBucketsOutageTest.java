package io.salespipeline.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * While the database cannot be reached, a rate-limited request is still counted, against a bucket
 * of the replica's own (a limit per replica), instead of failing: and the database is not tried
 * again for every request, each of which would wait for it.
 */
class SharedBucketsOutageTest {

    @Test
    void withoutTheDatabaseTheReplicaCountsOnItsOwnAndSaysSo() {
        AtomicInteger attempts = new AtomicInteger();
        SharedBuckets buckets = new SharedBuckets();
        buckets.dataSource = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        attempts.incrementAndGet();
                        throw new SQLException("Connection refused", "08001");
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        buckets.meters = meters;
        buckets.init();

        assertTrue(buckets.take("web-forms", "ip:203.0.113.9", 2, Duration.ofMinutes(1)).isConsumed());
        assertTrue(buckets.take("web-forms", "ip:203.0.113.9", 2, Duration.ofMinutes(1)).isConsumed());
        assertFalse(buckets.take("web-forms", "ip:203.0.113.9", 2, Duration.ofMinutes(1)).isConsumed());
        assertTrue(buckets.take("web-forms", "ip:203.0.113.10", 2, Duration.ofMinutes(1)).isConsumed());

        assertEquals(1, attempts.get(), "the database is tried again only after " + SharedBuckets.LOCAL_FOR);
        assertEquals(4.0, meters.counter("sales.rate.limit.database.unavailable").count());
        assertEquals(0, buckets.removeExpired(), "the clean-up waits for the database too");
    }
}
