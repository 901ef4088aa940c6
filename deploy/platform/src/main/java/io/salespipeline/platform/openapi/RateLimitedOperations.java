package io.salespipeline.platform.openapi;

import io.salespipeline.platform.web.RateLimits;
import io.smallrye.config.SmallRyeConfig;
import java.util.Collection;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;

/** The operations a configured rate limit ({@link RateLimits}) counts, which may answer 429. */
final class RateLimitedOperations {

    private final Collection<RateLimits.Config.Rule> rules;

    private RateLimitedOperations(Collection<RateLimits.Config.Rule> rules) {
        this.rules = rules;
    }

    static RateLimitedOperations configured() {
        try {
            return new RateLimitedOperations(ConfigProvider.getConfig().unwrap(SmallRyeConfig.class)
                    .getConfigMapping(RateLimits.Config.class).rules().values());
        } catch (RuntimeException e) {
            return new RateLimitedOperations(List.of());
        }
    }

    /** Whether a rule counts requests to this path template ({@code {id}} stands for any segment). */
    boolean limits(String pathTemplate, String method) {
        String path = pathTemplate.replaceAll("\\{[^}]+}", "x");
        return rules.stream().anyMatch(rule -> RateLimits.applies(rule, path, method, parameter -> true));
    }
}
