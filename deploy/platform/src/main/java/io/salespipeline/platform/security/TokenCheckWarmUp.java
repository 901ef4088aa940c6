package io.salespipeline.platform.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jose4j.jwa.AlgorithmFactoryFactory;

/**
 * Sets up the token library's algorithm registry while the service starts, before it says it is
 * ready. Left to the first request, that set-up (it probes the JDK for every JOSE algorithm)
 * blocked an event loop for 5 to 13 s on two busy cores, so the first deal after a start waited
 * seconds at every service it passed.
 */
@ApplicationScoped
class TokenCheckWarmUp {

    void onStart(@Observes StartupEvent start) {
        AlgorithmFactoryFactory.getInstance();
    }
}
