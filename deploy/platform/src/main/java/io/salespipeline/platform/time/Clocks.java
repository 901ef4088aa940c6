package io.salespipeline.platform.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The clock of jobs that wait for time to pass (days, weeks): UTC. A test replaces it with a clock
 * of its own (an {@code @Alternative} bean), so it moves weeks ahead without sleeping.
 */
@ApplicationScoped
public class Clocks {

    @Produces
    @Singleton
    @DefaultBean
    Clock utc() {
        return Clock.systemUTC();
    }
}
