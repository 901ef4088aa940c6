package io.salespipeline.platform.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * The buckets {@link RateLimits} counts against, in the service's own database (table
 * {@code rate_limit_bucket}, Bucket4j's PostgreSQL backend with {@code SELECT ... FOR UPDATE}):
 * every replica takes from the same bucket. Rows of buckets left alone until full again are
 * deleted every few minutes. While the database cannot be reached a request is counted against a
 * bucket of this replica's instead (a limit of n per replica, as if there were no table), for
 * {@link #LOCAL_FOR} before the database is tried again: a rate limit never turns an outage into
 * an error of its own, and requests do not each wait for a broken database.
 */
@ApplicationScoped
public class SharedBuckets {

    /** After a failure to reach the database, how long the replica's own buckets are used. */
    static final Duration LOCAL_FOR = Duration.ofSeconds(5);

    /** How long a bucket's row outlives the moment it is full again (a full bucket is a fresh one). */
    static final Duration KEEP_AFTER_FULL = Duration.ofMinutes(1);

    private static final Logger LOG = Logger.getLogger(SharedBuckets.class);

    @Inject
    DataSource dataSource;

    @Inject
    MeterRegistry meters;

    private PostgreSQLSelectForUpdateBasedProxyManager<String> shared;

    private final Cache<String, Bucket> local = Caffeine.newBuilder()
            .maximumSize(100_000).expireAfterAccess(1, TimeUnit.HOURS).build();

    private volatile long sharedAgainAt = System.nanoTime();

    private Counter unavailable;

    @PostConstruct
    void init() {
        shared = proxyManager(dataSource);
        unavailable = Counter.builder("sales.rate.limit.database.unavailable")
                .description("Rate-limited requests counted against the replica's own bucket because the database could not be reached")
                .register(meters);
    }

    /** Bucket4j's proxy manager over {@code rate_limit_bucket} in this data source. */
    public static PostgreSQLSelectForUpdateBasedProxyManager<String> proxyManager(DataSource dataSource) {
        return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEEP_AFTER_FULL))
                .requestTimeout(Duration.ofSeconds(2))
                .build();
    }

    /**
     * The row of a rule's bucket for one client. It names the limit and period, so changing a
     * rule starts fresh buckets instead of reading old ones under the new rule.
     */
    public static String key(String rule, String client, long limit, Duration period) {
        return rule + "|" + client + "|" + limit + "/" + period;
    }

    /**
     * Takes one token from the rule's bucket for the client ({@code limit} tokens, refilled over
     * {@code period}). Blocks on the database: call it off the event loop.
     */
    public ConsumptionProbe take(String rule, String client, long limit, Duration period) {
        String bucket = key(rule, client, limit, period);
        if (System.nanoTime() - sharedAgainAt >= 0) {
            try {
                return shared.builder().build(bucket, () -> configuration(limit, period)).tryConsumeAndReturnRemaining(1);
            } catch (RuntimeException e) {
                sharedAgainAt = System.nanoTime() + LOCAL_FOR.toNanos();
                LOG.warnf("Rate-limit buckets unreachable in the database, counting per replica for %d s: %s",
                        LOCAL_FOR.toSeconds(), e.getMessage());
            }
        }
        unavailable.increment();
        return local.get(bucket, b -> Bucket.builder().addLimit(bandwidth(limit, period)).build())
                .tryConsumeAndReturnRemaining(1);
    }

    @Scheduled(identity = "rate-limit-bucket-cleanup", every = "5m", delayed = "1m",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void removeExpiredPeriodically() {
        removeExpired();
    }

    /** Deletes the rows of buckets that have been full again for a while, in batches; answers how many. */
    public int removeExpired() {
        int total = 0;
        try {
            int removed;
            do {
                removed = shared.removeExpired(1000);
                total += removed;
            } while (removed == 1000);
        } catch (RuntimeException e) {
            LOG.debugf("Expired rate-limit buckets not removed now (will try again): %s", e.getMessage());
        }
        return total;
    }

    private static BucketConfiguration configuration(long limit, Duration period) {
        return BucketConfiguration.builder().addLimit(bandwidth(limit, period)).build();
    }

    private static Bandwidth bandwidth(long limit, Duration period) {
        return Bandwidth.builder().capacity(limit).refillGreedy(limit, period).build();
    }
}
