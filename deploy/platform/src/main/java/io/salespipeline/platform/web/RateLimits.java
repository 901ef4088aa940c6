package io.salespipeline.platform.web;

import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Rate limits (OWASP API4), one component configured per rule:
 * <pre>
 * sales.rate-limit.rules.web-forms.path-prefix=/api/web-forms/
 * sales.rate-limit.rules.web-forms.per=client-ip        # or api-key (only requests carrying X-Api-Key), or subject
 * sales.rate-limit.rules.web-forms.limit=20
 * sales.rate-limit.rules.web-forms.period=1M
 * sales.rate-limit.rules.documents.path-pattern=/api/proposals/[^/]+/document   # instead of a prefix: the whole path
 * sales.rate-limit.rules.search.query-param=q           # only requests carrying this query parameter count
 * </pre>
 * Rules match the normalised path ({@link CanonicalPaths} has refused the forms routing reads
 * differently). {@code client-ip} and {@code api-key} rules are checked first of all, before a
 * body is read or a token verified; {@code subject} rules (a signed-in user's token subject, for
 * expensive reads) once the request is authenticated, just before the operation runs; anonymous
 * requests do not count there. Over the limit: 429 problem+json with {@code Retry-After}
 * (seconds). The client IP is the request's remote address: the connection's, or the visitor's
 * as Quarkus resolves it from X-Forwarded-For when the connection comes from one of
 * {@code quarkus.http.proxy.trusted-proxies} (SALES_TRUSTED_PROXIES; none by default). The
 * buckets are shared by every replica ({@link SharedBuckets}: in the service's database), so a
 * limit of n is n whatever the number of replicas.
 */
@ApplicationScoped
public class RateLimits {

    static final String PER_SUBJECT = "subject";

    @ConfigMapping(prefix = "sales.rate-limit")
    public interface Config {
        Map<String, Rule> rules();

        interface Rule {
            /** The paths starting with this count; or see {@link #pathPattern()}. */
            Optional<String> pathPrefix();

            /** A regular expression the whole path must match (instead of, or besides, a prefix). */
            Optional<Pattern> pathPattern();

            /** Only requests carrying this query parameter count (e.g. a search's {@code q}). */
            Optional<String> queryParam();

            @WithDefault("client-ip")
            String per();

            long limit();

            @WithDefault("1M")
            Duration period();

            /** Only requests with these methods count (e.g. POST); empty: all. */
            Optional<List<String>> methods();
        }
    }

    @Inject
    Config config;

    @Inject
    Instance<CurrentIdentityAssociation> identities;

    @Inject
    SharedBuckets buckets;

    void register(@Observes Filters filters) {
        if (!config.rules().isEmpty()) {
            filters.register(this::check, 190);
        }
    }

    private void check(RoutingContext context) {
        String path = context.normalizedPath();
        String method = context.request().method().name();
        List<Counted> counted = new ArrayList<>();
        for (Map.Entry<String, Config.Rule> entry : config.rules().entrySet()) {
            Config.Rule rule = entry.getValue();
            if (PER_SUBJECT.equals(rule.per()) || !applies(rule, path, method, context.queryParams()::contains)) {
                continue;
            }
            String client = client(rule, context);
            if (client != null) {
                counted.add(new Counted(entry.getKey(), rule, client));
            }
        }
        if (counted.isEmpty()) {
            context.next();
            return;
        }
        // The buckets are in the database: counted on a worker thread, never on the event loop.
        context.vertx().executeBlocking(() -> firstRefusal(counted), false).onComplete(result -> {
            OptionalLong wait = result.succeeded() ? result.result() : OptionalLong.empty();
            if (wait.isPresent()) {
                context.response().putHeader("Retry-After", Long.toString(wait.getAsLong()));
                ProblemResponses.end(context, 429, "too-many-requests", "Too many requests", detail(wait.getAsLong()));
            } else {
                context.next();
            }
        });
    }

    /** One bucket a request counts against: its rule and its client. */
    private record Counted(String ruleName, Config.Rule rule, String client) {
    }

    /** Empty when every bucket let the request pass; else the seconds to wait of the first that did not. */
    private OptionalLong firstRefusal(List<Counted> counted) {
        for (Counted bucket : counted) {
            OptionalLong wait = consume(bucket.ruleName(), bucket.rule(), bucket.client());
            if (wait.isPresent()) {
                return wait;
            }
        }
        return OptionalLong.empty();
    }

    /** The {@code per=subject} rules, once the operation is matched and the caller known. */
    @ServerRequestFilter
    public Uni<Response> checkSubject(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        String method = request.getMethod();
        List<Map.Entry<String, Config.Rule>> rules = config.rules().entrySet().stream()
                .filter(e -> PER_SUBJECT.equals(e.getValue().per()))
                .filter(e -> applies(e.getValue(), path, method, request.getUriInfo().getQueryParameters()::containsKey))
                .toList();
        if (rules.isEmpty() || !identities.isResolvable()) {
            return Uni.createFrom().nullItem();
        }
        return identities.get().getDeferredIdentity()
                .chain(identity -> offEventLoop(() -> limitSubject(rules, identity)))
                // A refused token is not for this filter to answer: authorization does, with 401.
                .onFailure().recoverWithNull();
    }

    /** The buckets are in the database: a blocking endpoint's filter is on a worker thread already, else it moves to one. */
    private static Uni<Response> offEventLoop(java.util.function.Supplier<Response> count) {
        Uni<Response> counted = Uni.createFrom().item(count);
        return BlockingOperationControl.isBlockingAllowed() ? counted
                : counted.runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private Response limitSubject(List<Map.Entry<String, Config.Rule>> rules, SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return null;
        }
        for (Map.Entry<String, Config.Rule> entry : rules) {
            OptionalLong wait = consume(entry.getKey(), entry.getValue(), "subject:" + identity.getPrincipal().getName());
            if (wait.isPresent()) {
                return Response.fromResponse(Problem.of(429, "too-many-requests", "Too many requests",
                        detail(wait.getAsLong())).toResponse()).header("Retry-After", wait.getAsLong()).build();
            }
        }
        return null;
    }

    /** Empty when the request may pass; else the seconds until it may. */
    private OptionalLong consume(String ruleName, Config.Rule rule, String client) {
        ConsumptionProbe probe = buckets.take(ruleName, client, rule.limit(), rule.period());
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1));
    }

    private static String detail(long seconds) {
        return "The rate limit of this endpoint is reached; retry after " + seconds + " s.";
    }

    public static boolean applies(Config.Rule rule, String path, String method, java.util.function.Predicate<String> hasQueryParam) {
        if (path == null || !path.startsWith("/")) {
            path = "/" + (path == null ? "" : path);
        }
        String p = path;
        return rule.pathPrefix().map(p::startsWith).orElse(true)
                && rule.pathPattern().map(pattern -> pattern.matcher(p).matches()).orElse(true)
                && rule.queryParam().map(hasQueryParam::test).orElse(true)
                && rule.methods().map(methods -> methods.stream().anyMatch(m -> m.equalsIgnoreCase(method))).orElse(true);
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
