package io.salespipeline.platform.webhooks;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How webhooks are delivered ({@code sales.webhooks.*}). */
@ConfigMapping(prefix = "sales.webhooks")
public interface WebhookSettings {

    /** Targets may be plain http (only for tests and the local run; production keeps https only). */
    @WithDefault("false")
    boolean allowHttp();

    /**
     * Targets may resolve to private, loopback, link-local or otherwise internal addresses (only
     * for tests and the local run: in production that would let an admin's URL reach inside the
     * cluster).
     */
    @WithDefault("false")
    boolean allowPrivateTargets();

    /** Failed attempts in a row after which a subscription is dead-lettered (disabled until enabled again). */
    @WithDefault("10")
    int maxFailures();

    /** Wait before the first retry; it doubles with every further failure, up to {@link #maxBackoff()}. */
    @WithDefault("PT5S")
    Duration initialBackoff();

    @WithDefault("PT10M")
    Duration maxBackoff();

    /** Connecting to a receiver gives up after this. */
    @WithDefault("PT3S")
    Duration connectTimeout();

    /** A receiver must answer within this, or the attempt failed. */
    @WithDefault("PT10S")
    Duration requestTimeout();

    /** How often due subscriptions are looked for; read by the dispatcher's {@code @Scheduled} expression. */
    @WithDefault("1s")
    String pollInterval();

    /** Events delivered per subscription before it lets the others have a turn. */
    @WithDefault("50")
    int batchSize();

    /** Subscriptions delivered side by side by one replica. */
    @WithDefault("4")
    int concurrency();
}
