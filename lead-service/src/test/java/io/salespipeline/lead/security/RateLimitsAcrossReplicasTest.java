package io.salespipeline.lead.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.platform.web.SharedBuckets;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * With two replicas a limit of n is still n: the buckets are rows of the service's database. Two
 * processes cannot run in one test, so "the other replica" is what it amounts to: a second
 * Bucket4j proxy manager on connections of its own (a second data source), beside this service's.
 */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "lead"))
class RateLimitsAcrossReplicasTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Inject
    DataSource dataSource;

    @Inject
    SharedBuckets buckets;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    /** The other replica: its own pool-less connections, its own proxy manager. */
    private ProxyManager<String> otherReplica() {
        PGSimpleDataSource other = new PGSimpleDataSource();
        other.setURL(url);
        other.setUser(user);
        other.setPassword(password);
        return SharedBuckets.proxyManager(other);
    }

    private static BucketProxy bucket(ProxyManager<String> replica, String key, long limit) {
        return replica.builder().build(key, () -> BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(limit).refillGreedy(limit, MINUTE).build()).build());
    }

    @Test
    void twoProxyManagersOnTwoDataSourcesTakeFromOneBucket() {
        String key = SharedBuckets.key("web-forms", "ip:" + UUID.randomUUID(), 3, MINUTE);
        ProxyManager<String> one = SharedBuckets.proxyManager(dataSource);
        ProxyManager<String> other = otherReplica();

        assertTrue(bucket(one, key, 3).tryConsume(1));
        assertTrue(bucket(other, key, 3).tryConsume(1));
        assertTrue(bucket(one, key, 3).tryConsume(1));
        assertFalse(bucket(other, key, 3).tryConsume(1), "3 taken in all: the other replica sees them");
        assertFalse(bucket(one, key, 3).tryConsume(1));
    }

    @Test
    void aVisitorWhoUsedTheLimitOnAnotherReplicaIsRefusedHere() {
        String visitor = "203.0.113.231";
        BucketProxy elsewhere = bucket(otherReplica(), SharedBuckets.key("web-forms", "ip:" + visitor, 20, MINUTE), 20);
        assertTrue(elsewhere.tryConsume(20)); // web-forms: 20 a minute per IP (application.properties)

        assertEquals(429, ForwardedClientTest.submit(visitor).statusCode());
        assertNotEquals(429, ForwardedClientTest.submit("203.0.113.232").statusCode());
    }

    @Test
    void aBucketFullAgainForAWhileIsDeleted() throws SQLException {
        String idle = SharedBuckets.key("web-forms", "ip:" + UUID.randomUUID(), 5, MINUTE);
        String busy = SharedBuckets.key("web-forms", "ip:" + UUID.randomUUID(), 5, MINUTE);
        bucket(otherReplica(), idle, 5).tryConsume(1);
        bucket(otherReplica(), busy, 5).tryConsume(1);
        // Each row says when its bucket is full again (plus a margin): a minute from now and more.
        long expiresAt = expiresAt(busy);
        assertTrue(expiresAt > System.currentTimeMillis() + 60_000, "expires_at " + expiresAt);
        // The idle one as if that moment had passed.
        update("update rate_limit_bucket set expires_at = 1 where id = ?", idle);

        assertTrue(buckets.removeExpired() >= 1);

        assertEquals(-1, expiresAt(idle));
        assertEquals(expiresAt, expiresAt(busy));
    }

    private long expiresAt(String key) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(
                "select expires_at from rate_limit_bucket where id = ?")) {
            select.setString(1, key);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getLong(1) : -1;
            }
        }
    }

    private void update(String sql, String key) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(sql)) {
            update.setString(1, key);
            update.executeUpdate();
        }
    }
}
