package io.salespipeline.platform.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Rate limits (OWASP API4) on the intake paths, one component configured per path prefix:
 * <pre>
 * sales.rate-limit.rules.web-forms.path-prefix=/api/web-forms/
 * sales.rate-limit.rules.web-forms.per=client-ip        # or api-key (only requests carrying X-Api-Key)
 * sales.rate-limit.rules.web-forms.limit=20
 * sales.rate-limit.rules.web-forms.period=1M
 * </pre>
 * Over the limit: 429 problem+json with {@code Retry-After} (seconds). The client IP is the
 * connection's, or X-Forwarded-For's only where {@code quarkus.http.proxy.proxy-address-forwarding}
 * is on (behind a trusted proxy). Buckets are per instance (a limit of n per replica).
 */
@ApplicationScoped
public class RateLimits {

    @ConfigMapping(prefix = "sales.rate-limit")
    public interface Config {
        Map<String, Rule> rules();

        interface Rule {
            String pathPrefix();

            @WithDefault("client-ip")
            String per();

            long limit();

            @WithDefault("1M")
            Duration period();

            /** Only requests with these methods count (e.g. POST); empty: all. */
            Optional<java.util.List<String>> methods();
        }
    }

    @Inject
    Config config;

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(100_000).expireAfterAccess(1, TimeUnit.HOURS).build();

    void register(@Observes Filters filters) {
        if (!config.rules().isEmpty()) {
            filters.register(this::check, 190);
        }
    }

    private void check(RoutingContext context) {
        String path = context.normalizedPath();
        for (Map.Entry<String, Config.Rule> entry : config.rules().entrySet()) {
            Config.Rule rule = entry.getValue();
            if (!path.startsWith(rule.pathPrefix()) || !methodCounts(rule, context)) {
                continue;
            }
            String client = client(rule, context);
            if (client == null) {
                continue;
            }
            Bucket bucket = buckets.get(entry.getKey() + "|" + client, key -> Bucket.builder()
                    .addLimit(Bandwidth.builder().capacity(rule.limit())
                            .refillGreedy(rule.limit(), rule.period()).build())
                    .build());
            ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
            if (!probe.isConsumed()) {
                long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
                context.response().putHeader("Retry-After", Long.toString(seconds));
                ProblemResponses.end(context, 429, "too-many-requests", "Too many requests",
                        "The rate limit of this endpoint is reached; retry after " + seconds + " s.");
                return;
            }
        }
        context.next();
    }

    private static boolean methodCounts(Config.Rule rule, RoutingContext context) {
        return rule.methods().map(methods -> methods.stream()
                .anyMatch(m -> m.equalsIgnoreCase(context.request().method().name()))).orElse(true);
    }

    private static String client(Config.Rule rule, RoutingContext context) {
        if ("api-key".equals(rule.per())) {
            String key = context.request().getHeader("X-Api-Key");
            // The key itself is never kept in memory as a map key: its hash is.
            return key == null ? null : "key:" + io.salespipeline.platform.security.ApiKeyHash.of(key);
        }
        return "ip:" + context.request().remoteAddress().hostAddress();
    }
}
