package io.salespipeline.platform.rehearsal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Not ready until the hand-offs were rehearsed; each one's outcome as data, by topic. */
@Readiness
@ApplicationScoped
public class RehearsalReadiness implements HealthCheck {

    @Inject
    Rehearsals rehearsals;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder health = HealthCheckResponse.named("hand-off rehearsals").status(rehearsals.done());
        rehearsals.outcomes().forEach(health::withData);
        return health.build();
    }
}
